import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ARTWORK_CATEGORIES, ArtworkCategory } from './artwork-category';
import { MoneyDto } from './money.dto';
import { IsAboveZero, IsCountryCode, IsNestedObject, ValidateNestedObjects } from './validators';

/** Years are integers, negative for BCE: an archaeological object of 200 BC is -200. */
const YEAR = { min: -10000, max: 9999 } as const;

export class ArtistDto {
  /** @example "Clara Whitcombe" */
  @IsString()
  @Length(1, 300)
  name!: string;

  /** @example 1938 */
  @IsOptional()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  birthYear?: number;

  /** @example 2021 */
  @IsOptional()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  deathYear?: number;

  /**
   * A representative item of an ethnic minority (China's 1966 rule).
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  ethnicMinority?: boolean;
}

export class MaterialDto {
  /**
   * IVORY, TORTOISESHELL, ROSEWOOD, DALBERGIA_NIGRA, CORAL, or any other material.
   * @example "LINEN"
   */
  @IsString()
  @Length(1, 100)
  material!: string;

  /**
   * Up to 1,000 tonnes: more is a unit slipped, not a work that travels.
   * @example 900
   */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  weightGrams?: number;

  /** @example 2018 */
  @IsOptional()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  acquiredYear?: number;

  /**
   * Share of the item's volume this material makes up, in per cent, more than 0 and at most
   * 100 (the UK Ivory Act's de minimis and musical instrument exemptions).
   * @example 5
   */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(100)
  volumePercent?: number;
}

export class DimensionsDto {
  /** @example 60 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  heightCm!: number;

  /** @example 80 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  widthCm!: number;

  /** @example 3.5 */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  depthCm?: number;
}

export class ProvenanceEntryDto {
  /** @example 2019 */
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  year!: number;

  /** @example "the artist" */
  @IsString()
  @Length(1, 300)
  owner!: string;

  /** @example "Painted in the studio" */

  // as long as catalog accepts on import (a Tate record's event runs to 814 characters): a
  // registered artwork must always fit in its own reservation event
  @IsString()
  @Length(1, 1000)
  event!: string;
}

/**
 * The facts about an artwork the customs rules need (API.md "Artwork attributes"), as they
 * travel between services: in catalog's reservation event and customs' declarations.
 */
export class ArtworkAttributesV1 {
  /** @example "Estuary at Dusk" */
  @IsString()
  @Length(1, 500)
  title!: string;

  // required: @ValidateNested() alone lets a missing one through (registering it failed, a 500)
  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => ArtistDto)
  artist!: ArtistDto;

  /** @example 2019 */
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  creationYear!: number;

  /**
   * The later year of a range; age counts from it.
   * @example 2020
   */
  @IsOptional()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  creationYearEnd?: number;

  @IsIn(ARTWORK_CATEGORIES, { message: `category must be one of ${ARTWORK_CATEGORIES.join(', ')}` })
  category!: ArtworkCategory;

  /** @example "OIL" */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  technique?: string;

  @IsBoolean()
  handExecuted!: boolean;

  @IsOptional()
  @IsBoolean()
  portrait?: boolean;

  /** A musical instrument (the UK Ivory Act's musical instrument exemption). */
  @IsOptional()
  @IsBoolean()
  musicalInstrument?: boolean;

  /** @example "Oil on linen" */
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  medium?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNestedObjects()
  @Type(() => MaterialDto)
  materials?: MaterialDto[];

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => DimensionsDto)
  dimensions?: DimensionsDto;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;

  @IsBoolean()
  ownedByCreator!: boolean;

  /**
   * Where it was made: ISO 3166-1 alpha-2.
   * @example "GB"
   */
  @IsCountryCode()
  originCountry!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNestedObjects()
  @Type(() => ProvenanceEntryDto)
  provenance?: ProvenanceEntryDto[];
}
