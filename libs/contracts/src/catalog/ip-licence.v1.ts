import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { Streams } from '../lib/streams';
import { IsLicenceTerritory, IsPercentRate } from '../lib/validators';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The work or collection item an institution licenses the rights of. */
export class LicensedSourceItemV1 {
  @IsString()
  @Length(1, 500)
  title!: string;

  @IsOptional()
  @IsString()
  @Length(1, 300)
  artist?: string;

  /** The institution's own reference (accession or inventory number). */
  @IsString()
  @Length(1, 200)
  institutionRef!: string;
}

/**
 * An exporter (the licensee) recorded an IP licence from an institution (the licensor): it may
 * make and sell creative cultural products of the source item in the territories, from
 * `validFrom` to `validTo` (calendar dates, both included), paying `royaltyRate` percent of each
 * unit's value. Key: the licence id.
 */
export class IpLicenceRegisteredV1 {
  @IsUUID()
  licenceId!: string;

  @IsString()
  @Length(1, 200)
  licenseeId!: string;

  @IsString()
  @Length(1, 300)
  licensor!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => LicensedSourceItemV1)
  sourceItem!: LicensedSourceItemV1;

  @Matches(ISO_DATE)
  validFrom!: string;

  @Matches(ISO_DATE)
  validTo!: string;

  /** ISO 3166-1 alpha-2 countries, or ["WORLD"]. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @IsLicenceTerritory({ each: true })
  territories!: string[];

  /** Percent, as a decimal string: "8.5". */
  @IsPercentRate()
  royaltyRate!: string;

  @IsISO8601()
  registeredAt!: string;
}

/**
 * A product (SKU) made under an IP licence was registered as a catalog entry (category
 * REPRODUCTION, not hand-executed; ArtworkRegistered announces the entry itself). Key: the
 * artwork id.
 */
export class IpProductRegisteredV1 {
  @IsUUID()
  artworkId!: string;

  @IsUUID()
  licenceId!: string;

  @IsString()
  @Length(1, 200)
  exporterId!: string;

  @IsString()
  @Length(1, 64)
  sku!: string;

  @IsString()
  @Length(1, 500)
  title!: string;

  @IsString()
  @Length(1, 50)
  productType!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  unitValue!: MoneyDto;

  @IsPercentRate()
  royaltyRate!: string;

  /** unitValue × royaltyRate, rounded half up to the currency's minor unit. */
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  royaltyPerUnit!: MoneyDto;

  @IsISO8601()
  registeredAt!: string;
}

export const IpLicenceRegistered = defineEvent(
  'catalog.ip-licence.registered',
  1,
  Streams.catalogArtwork,
  IpLicenceRegisteredV1,
);

export const IpProductRegistered = defineEvent(
  'catalog.ip-product.registered',
  1,
  Streams.catalogArtwork,
  IpProductRegisteredV1,
);
