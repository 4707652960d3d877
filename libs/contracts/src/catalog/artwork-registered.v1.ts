import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ARTWORK_CATEGORIES, ArtworkCategory } from '../lib/artwork-category';
import { defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { Streams } from '../lib/streams';
import { IsCountryCode } from '../lib/validators';

export class ArtistV1 {
  @IsString()
  @Length(1, 300)
  name!: string;

  @IsOptional()
  @IsInt()
  birthYear?: number;

  @IsOptional()
  @IsInt()
  deathYear?: number;
}

export class ArtworkRegisteredV1 {
  @IsUUID()
  artworkId!: string;

  @IsString()
  @Length(1, 200)
  exporterId!: string;

  @IsString()
  @Length(1, 500)
  title!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ArtistV1)
  artist!: ArtistV1;

  /** Negative for BCE. */
  @IsInt()
  @Min(-10000)
  @Max(9999)
  creationYear!: number;

  @IsIn(ARTWORK_CATEGORIES)
  category!: ArtworkCategory;

  @IsBoolean()
  handExecuted!: boolean;

  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;

  @IsBoolean()
  ownedByCreator!: boolean;

  @IsCountryCode()
  originCountry!: string;

  @IsISO8601()
  registeredAt!: string;
}

/** An exporter registered an artwork in the catalog; it is AVAILABLE for shipments. */
export const ArtworkRegistered = defineEvent(
  'catalog.artwork.registered',
  1,
  Streams.catalogArtwork,
  ArtworkRegisteredV1,
);
