import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { ShipmentTermsV1 } from '../lib/shipment-terms.dto';
import { Streams } from '../lib/streams';

export class ShipmentEventV1 {
  @IsUUID()
  shipmentId!: string;
}

export class ShipmentSubmittedV1 extends ShipmentEventV1 {
  @IsString()
  @Length(1, 200)
  exporterId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  artworkIds!: string[];

  @IsDefined()
  @ValidateNested()
  @Type(() => ShipmentTermsV1)
  terms!: ShipmentTermsV1;

  /** A return leg (purpose RETURN): the outbound shipment whose works it brings back. */
  @IsOptional()
  @IsUUID()
  returnOfShipmentId?: string;
}

export class ShipmentAcceptanceV1 extends ShipmentEventV1 {
  @IsBoolean()
  accepted!: boolean;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class ShipmentCancelledV1 extends ShipmentEventV1 {
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

// The shipment's own story (key: the shipment id).
export const ShipmentSubmitted = defineEvent(
  'logistics.shipment.submitted',
  1,
  Streams.logisticsShipment,
  ShipmentSubmittedV1,
);
export const ShipmentDispatched = defineEvent(
  'logistics.shipment.dispatched',
  1,
  Streams.logisticsShipment,
  ShipmentEventV1,
);
export const ShipmentDelivered = defineEvent(
  'logistics.shipment.delivered',
  1,
  Streams.logisticsShipment,
  ShipmentEventV1,
);
export const ShipmentAccepted = defineEvent(
  'logistics.shipment.accepted',
  1,
  Streams.logisticsShipment,
  ShipmentAcceptanceV1,
);
export const ShipmentCompleted = defineEvent(
  'logistics.shipment.completed',
  1,
  Streams.logisticsShipment,
  ShipmentEventV1,
);
export const ShipmentCancelled = defineEvent(
  'logistics.shipment.cancelled',
  1,
  Streams.logisticsShipment,
  ShipmentCancelledV1,
);
