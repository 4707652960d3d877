import { ARTWORK_CATEGORIES, ArtworkCategory, IsCountryCode, MoneyDto } from '@artbridge/contracts';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class ArtistDto {
  @IsString()
  @Length(1, 300)
  name!: string;

  @IsOptional()
  @IsInt()
  @Min(-10000)
  @Max(9999)
  birthYear?: number;

  @IsOptional()
  @IsInt()
  @Min(-10000)
  @Max(9999)
  deathYear?: number;
}

/** POST /artworks: the artwork attributes of API.md that the skeleton keeps so far. */
export class RegisterArtworkDto {
  @IsString()
  @Length(1, 500)
  title!: string;

  @ValidateNested()
  @Type(() => ArtistDto)
  artist!: ArtistDto;

  @IsInt()
  @Min(-10000)
  @Max(9999)
  creationYear!: number;

  @IsIn(ARTWORK_CATEGORIES, { message: `category must be one of ${ARTWORK_CATEGORIES.join(', ')}` })
  category!: ArtworkCategory;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  technique?: string;

  @IsOptional()
  @IsString()
  @Length(1, 1000)
  medium?: string;

  @IsOptional()
  @IsBoolean()
  handExecuted?: boolean;

  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;

  @IsBoolean()
  ownedByCreator!: boolean;

  @IsCountryCode()
  originCountry!: string;
}
