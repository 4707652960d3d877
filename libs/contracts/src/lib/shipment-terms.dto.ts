import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { IsCountryCode } from './validators';

export const PURPOSES = ['SALE', 'TEMPORARY_EXHIBITION', 'RETURN'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const TRANSPORT_MODES = ['AIR', 'SEA', 'ROAD', 'RAIL'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** Incoterms 2020: any mode first, then the four for sea and inland waterway only. */
export const INCOTERM_RULES = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;
export type IncotermRule = (typeof INCOTERM_RULES)[number];

export class PartyDto {
  /** @example "Galerie Lumière" */
  @IsString()
  @Length(1, 300)
  name!: string;

  /**
   * ISO 3166-1 alpha-2.
   * @example "FR"
   */
  @IsCountryCode()
  country!: string;

  /** @example "12 rue de Seine, 75006 Paris" */
  @IsString()
  @Length(1, 1000)
  address!: string;
}

export class PlaceDto {
  /**
   * ISO 3166-1 alpha-2.
   * @example "GB"
   */
  @IsCountryCode()
  country!: string;

  /** @example "London" */
  @IsString()
  @Length(1, 300)
  place!: string;
}

export class IncotermDto {
  /** @example "DAP" */
  @IsIn(INCOTERM_RULES, { message: `rule must be one of ${INCOTERM_RULES.join(', ')}` })
  rule!: IncotermRule;

  /**
   * The named place of the rule.
   * @example "Paris"
   */
  @IsString()
  @Length(1, 300)
  place!: string;
}

/** The commercial and transport terms of a shipment that customs and payments need. */
export class ShipmentTermsV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => PartyDto)
  consignee!: PartyDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => PlaceDto)
  origin!: PlaceDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => PlaceDto)
  destination!: PlaceDto;

  @IsIn(PURPOSES)
  purpose!: Purpose;

  @IsDefined()
  @ValidateNested()
  @Type(() => IncotermDto)
  incoterm!: IncotermDto;

  @IsIn(TRANSPORT_MODES)
  transportMode!: TransportMode;
}
