import { ArtistDto, ArtworkAttributesV1, IsNotBlank } from '@artbridge/contracts';
import { OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

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

/**
 * POST /artworks: the artwork attributes of API.md, validated by the same classes that check
 * them on the bus; `handExecuted` may be left out (true by default). The title and the artist's
 * name must be more than white space: a rule of this edge, not of the contract, so that no
 * consumer refuses an artwork event already accepted.
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
}
