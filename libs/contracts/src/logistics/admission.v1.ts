import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { Streams } from '../lib/streams';
import { ShipmentEventV1 } from './shipment.v1';

/**
 * The temporary-admission clock of an exhibition loan (purpose TEMPORARY_EXHIBITION): it starts
 * when the works are delivered; they must leave again by `deadline`, which customs may extend a
 * few times. Key: the outbound shipment's id.
 */
export class AdmissionClockV1 extends ShipmentEventV1 {
  /** By when the works must have left again. */
  @IsISO8601()
  deadline!: string;

  @IsInt()
  @Min(0)
  @Max(100)
  extensionsUsed!: number;

  @IsInt()
  @Min(0)
  @Max(100)
  extensionsLeft!: number;
}

export class AdmissionStartedV1 extends AdmissionClockV1 {
  /** The delivery that started it. */
  @IsISO8601()
  startedAt!: string;
}

/** A reminder before the deadline; `key` identifies it (one per deadline and lead time). */
export class AdmissionReminderV1 extends AdmissionClockV1 {
  @IsString()
  @Length(1, 100)
  key!: string;

  /** When it was due to go out. */
  @IsISO8601()
  dueAt!: string;
}

/** The deadline passed and the works have not left. */
export class AdmissionOverdueV1 extends AdmissionClockV1 {}

export class AdmissionExtendedV1 extends AdmissionClockV1 {
  @IsISO8601()
  previousDeadline!: string;

  @IsString()
  @Length(1, 2000)
  reason!: string;

  @IsString()
  @Length(1, 200)
  grantedBy!: string;
}

/** The works left on the return leg: the clock stops. */
export class AdmissionDischargedV1 extends AdmissionClockV1 {
  @IsUUID()
  returnShipmentId!: string;

  @IsISO8601()
  dischargedAt!: string;

  /** They left after the deadline. */
  @IsBoolean()
  overdue!: boolean;
}

/** The return leg of a temporary exhibition was created, as its own shipment. */
export class ReturnLegCreatedV1 extends ShipmentEventV1 {
  @IsUUID()
  returnShipmentId!: string;

  @IsString()
  @Length(1, 200)
  requestedBy!: string;
}

/**
 * The return leg of a temporary exhibition completed: the works are home. `shipmentId` is the
 * outbound shipment (the loan), `returnShipmentId` the return leg; key: the outbound shipment's id.
 */
export class ReturnLegCompletedV1 extends ShipmentEventV1 {
  @IsUUID()
  returnShipmentId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  artworkIds!: string[];

  @IsISO8601()
  completedAt!: string;
}

export const AdmissionStarted = defineEvent(
  'logistics.shipment.admission-started',
  1,
  Streams.logisticsCustomsRegime,
  AdmissionStartedV1,
);
export const AdmissionReminder = defineEvent(
  'logistics.shipment.admission-reminder',
  1,
  Streams.logisticsCustomsRegime,
  AdmissionReminderV1,
);
export const AdmissionOverdue = defineEvent(
  'logistics.shipment.admission-overdue',
  1,
  Streams.logisticsCustomsRegime,
  AdmissionOverdueV1,
);
export const AdmissionExtended = defineEvent(
  'logistics.shipment.admission-extended',
  1,
  Streams.logisticsCustomsRegime,
  AdmissionExtendedV1,
);
export const AdmissionDischarged = defineEvent(
  'logistics.shipment.admission-discharged',
  1,
  Streams.logisticsCustomsRegime,
  AdmissionDischargedV1,
);
export const ReturnLegCreated = defineEvent(
  'logistics.shipment.return-leg-created',
  1,
  Streams.logisticsCustomsRegime,
  ReturnLegCreatedV1,
);
export const ReturnLegCompleted = defineEvent(
  'logistics.shipment.return-leg-completed',
  1,
  Streams.logisticsCustomsRegime,
  ReturnLegCompletedV1,
);
