import {
  ArtistDto,
  ArtworkAttributesV1,
  DimensionsDto,
  IsAboveZero,
  IsNotBlank,
  MaterialDto,
  ProvenanceEntryDto,
} from '@artbridge/contracts';
import { ApiPropertyOverride } from '@artbridge/platform-service';
import { applyDecorators } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsNumber, IsOptional, IsString, Length, Max } from 'class-validator';
import { MAX_ARTWORK_CENTIMETRES } from './domain/artwork';

/** An artist as an exporter names one: not only white space (stricter than the contract). */
// class-validator lets a subclass's rules for a property replace the parent's, so the
// contract's are repeated with the one added.
export class RegisteredArtistDto extends ArtistDto {
  /** @example "Clara Whitcombe" */
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  declare name: string;
}

/** A material as an exporter names one: not only white space (stricter than the contract). */
export class RegisteredMaterialDto extends MaterialDto {
  /**
   * IVORY, TORTOISESHELL, ROSEWOOD, DALBERGIA_NIGRA, CORAL, or any other material.
   * @example "LINEN"
   */
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  declare material: string;
}

/** A provenance entry as an exporter gives one: owner and event not only white space. */
export class RegisteredProvenanceEntryDto extends ProvenanceEntryDto {
  /** @example "the artist" */
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  declare owner: string;

  /** @example "Painted in the studio" */
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  declare event: string;
}

/** `@Max(MAX_ARTWORK_CENTIMETRES)`, documented (the swagger plugin reads only literal bounds). */
const AtMostMaxArtworkCentimetres = () =>
  applyDecorators(
    Max(MAX_ARTWORK_CENTIMETRES),
    ApiPropertyOverride({ maximum: MAX_ARTWORK_CENTIMETRES }),
  );

/** Sizes as an exporter gives them: at most MAX_ARTWORK_CENTIMETRES, as an import takes. */
export class RegisteredDimensionsDto extends DimensionsDto {
  /** @example 60 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @AtMostMaxArtworkCentimetres()
  declare heightCm: number;

  /** @example 80 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @AtMostMaxArtworkCentimetres()
  declare widthCm: number;

  /** @example 3.5 */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @AtMostMaxArtworkCentimetres()
  declare depthCm?: number;
}

/**
 * POST /artworks: the artwork attributes of API.md, validated by the same classes that check
 * them on the bus; `handExecuted` may be left out (true by default). The title, the artist's
 * name, the technique, the medium, each material and each provenance owner and event must be
 * more than white space, and no side longer than a kilometre: rules of this edge, not of the
 * contract, so that no consumer refuses an artwork event already accepted. An import's native
 * record is read with the same edge classes.
 * `musicalInstrument` (the UK Ivory Act's exemption) is stored in its own column, materials'
 * `volumePercent` with the materials.
 */
export class RegisterArtworkDto extends OmitType(ArtworkAttributesV1, ['handExecuted'] as const) {
  @IsOptional()
  @IsBoolean()
  handExecuted?: boolean;

  /** @example "Estuary at Dusk" */
  @IsString()
  @Length(1, 500)
  @IsNotBlank()
  declare title: string;

  @Type(() => RegisteredArtistDto)
  declare artist: RegisteredArtistDto;

  /** @example "OIL" */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsNotBlank()
  declare technique?: string;

  /** @example "Oil on linen" */
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  declare medium?: string;

  // the array's own rules (at most 50, each an object) stay the contract's
  @Type(() => RegisteredMaterialDto)
  declare materials?: RegisteredMaterialDto[];

  // the plugin's metadata for a redeclared property would lose to the parent's
  @ApiPropertyOverride({ type: () => RegisteredDimensionsDto })
  @Type(() => RegisteredDimensionsDto)
  declare dimensions?: RegisteredDimensionsDto;

  // the array's own rules (at most 200, each an object) stay the contract's
  @Type(() => RegisteredProvenanceEntryDto)
  declare provenance?: RegisteredProvenanceEntryDto[];
}
