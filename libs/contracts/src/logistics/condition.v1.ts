import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { ValidateNestedObjects } from '../lib/validators';
import { defineEvent } from '../lib/message-definition';
import { Streams } from '../lib/streams';
import { ShipmentEventV1 } from './shipment.v1';

/** Condition reports are taken at origin before packing and at destination after unpacking. */
export const CONDITION_STAGES = ['ORIGIN', 'DESTINATION'] as const;
export type ConditionStage = (typeof CONDITION_STAGES)[number];

/** From the least to the worst: a damage that got worse in transit is new damage. */
export const DAMAGE_SEVERITIES = ['MINOR', 'MODERATE', 'SEVERE'] as const;
export type DamageSeverity = (typeof DAMAGE_SEVERITIES)[number];

export class DamageV1 {
  /** Where on the work or its frame, e.g. "lower left corner of the frame". */
  @IsString()
  @Length(1, 300)
  location!: string;

  @IsString()
  @Length(1, 2000)
  description!: string;

  @IsIn(DAMAGE_SEVERITIES)
  severity!: DamageSeverity;
}

/** A condition report was recorded; `newDamages` are those no earlier report of the shipment had. */
export class ShipmentConditionReportedV1 extends ShipmentEventV1 {
  @IsUUID()
  reportId!: string;

  @IsIn(CONDITION_STAGES)
  stage!: ConditionStage;

  @IsString()
  @Length(1, 300)
  inspector!: string;

  /** When the inspection took place. */
  @IsISO8601()
  at!: string;

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNestedObjects()
  @Type(() => DamageV1)
  damages!: DamageV1[];

  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNestedObjects()
  @Type(() => DamageV1)
  newDamages!: DamageV1[];
}

/**
 * New damage found at destination opened a claim: the shipment is DISPUTED and escrow, if any,
 * is held until the claim is settled.
 */
export class ShipmentClaimOpenedV1 extends ShipmentEventV1 {
  @IsUUID()
  claimId!: string;

  /** The destination report that found the damage. */
  @IsUUID()
  reportId!: string;

  @IsString()
  @Length(1, 2000)
  reason!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNestedObjects()
  @Type(() => DamageV1)
  damages!: DamageV1[];
}

export const ShipmentConditionReported = defineEvent(
  'logistics.shipment.condition-reported',
  1,
  Streams.logisticsShipment,
  ShipmentConditionReportedV1,
);
export const ShipmentClaimOpened = defineEvent(
  'logistics.shipment.claim-opened',
  1,
  Streams.logisticsShipment,
  ShipmentClaimOpenedV1,
);
