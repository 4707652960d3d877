import { ArtworkAttributesV1 } from '@artbridge/contracts';
import { OmitType } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/**
 * POST /artworks: the artwork attributes of API.md, validated by the same classes that check
 * them on the bus; `handExecuted` may be left out (true by default).
 */
export class RegisterArtworkDto extends OmitType(ArtworkAttributesV1, ['handExecuted'] as const) {
  @IsOptional()
  @IsBoolean()
  handExecuted?: boolean;
}
