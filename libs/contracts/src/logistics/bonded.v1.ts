import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { PartyDto, PlaceDto } from '../lib/shipment-terms.dto';
import { Streams } from '../lib/streams';
import { IsCountryCode } from '../lib/validators';
import { ShipmentEventV1 } from './shipment.v1';

/**
 * Bonded storage in a free-trade zone (key: the shipment id): the works enter bond without an
 * import declaration, and leave it released to the domestic market (an import declaration is
 * to be filed, duties become due) or re-exported (without import duty).
 */
export class BondedStorageEventV1 extends ShipmentEventV1 {
  /** The free-trade zone, e.g. "China (Shanghai) Pilot Free Trade Zone, Waigaoqiao". */
  @IsString()
  @Length(1, 300)
  zone!: string;

  /** The zone's country, whose customs territory the works are outside of while in bond. */
  @IsCountryCode()
  country!: string;

  @IsString()
  @Length(1, 300)
  warehouse!: string;
}

export class BondedEnteredV1 extends BondedStorageEventV1 {
  /** Where in the warehouse: bay, rack, vault. */
  @IsString()
  @Length(1, 300)
  location!: string;

  @IsISO8601()
  enteredAt!: string;
}

/**
 * Released to the domestic market: customs is to file the import declaration for these works
 * (importer: the consignee), and import duty and VAT become due.
 */
export class BondedReleasedV1 extends BondedStorageEventV1 {
  @IsISO8601()
  releasedAt!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  artworkIds!: string[];

  /** Who imports them. */
  @IsDefined()
  @ValidateNested()
  @Type(() => PartyDto)
  importer!: PartyDto;
}

/** Re-exported from bond to another country: no import duty is due in the zone's country. */
export class BondedReExportedV1 extends BondedStorageEventV1 {
  @IsISO8601()
  reExportedAt!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => PlaceDto)
  destination!: PlaceDto;
}

export const BondedEntered = defineEvent(
  'logistics.shipment.bonded-entered',
  1,
  Streams.logisticsCustomsRegime,
  BondedEnteredV1,
);
export const BondedReleased = defineEvent(
  'logistics.shipment.bonded-released',
  1,
  Streams.logisticsCustomsRegime,
  BondedReleasedV1,
);
export const BondedReExported = defineEvent(
  'logistics.shipment.bonded-re-exported',
  1,
  Streams.logisticsCustomsRegime,
  BondedReExportedV1,
);
