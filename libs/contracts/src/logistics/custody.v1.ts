import { IsIn, IsISO8601, IsString, Length } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { Streams } from '../lib/streams';
import { IsNotBlank } from '../lib/validators';
import { ShipmentEventV1 } from './shipment.v1';

/** What a carrier reports while the works travel. */
export const TRACKING_EVENT_TYPES = [
  'PICKED_UP',
  'DEPARTED',
  'ARRIVED',
  'HELD',
  'DELIVERED',
] as const;
export type TrackingEventTypeV1 = (typeof TRACKING_EVENT_TYPES)[number];

/** Who hands the crate to whom, and who signed for it. */
export class CustodyV1 {
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  from!: string;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  to!: string;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  signedBy!: string;
}

/** The works changed hands (a tracking event with a custody hand-over). */
export class ShipmentCustodyTransferredV1 extends ShipmentEventV1 {
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  from!: string;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  to!: string;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  signedBy!: string;

  /** The tracking event it came with. */
  @IsIn(TRACKING_EVENT_TYPES)
  trackingType!: TrackingEventTypeV1;

  @IsString()
  @Length(1, 300)
  location!: string;

  @IsISO8601()
  at!: string;
}

export const ShipmentCustodyTransferred = defineEvent(
  'logistics.shipment.custody-transferred',
  1,
  Streams.logisticsShipment,
  ShipmentCustodyTransferredV1,
);
