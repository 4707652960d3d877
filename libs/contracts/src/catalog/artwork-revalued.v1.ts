import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { Streams } from '../lib/streams';
import { IsNestedObject } from '../lib/validators';

export class ArtworkRevaluedV1 {
  @IsUUID()
  artworkId!: string;

  @IsString()
  @Length(1, 200)
  exporterId!: string;

  /** The artwork's value from now on (what ArtworkRegistered said, or the last revaluation, no more). */
  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;

  /** When catalog took the new value: a copy keeps the value of the latest revaluation it heard. */
  @IsISO8601()
  revaluedAt!: string;
}

/**
 * The exporter set an AVAILABLE artwork's value (an imported work comes in at 0.00: the records
 * carry none). Same stream and key (the artwork id) as ArtworkRegistered, so it follows it.
 */
export const ArtworkRevalued = defineEvent(
  'catalog.artwork.revalued',
  1,
  Streams.catalogArtwork,
  ArtworkRevaluedV1,
);
