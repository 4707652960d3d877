import { IsNestedObject, MoneyDto } from '@artbridge/contracts';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';

/**
 * PATCH /artworks/:id: the artwork's new value, checked as a registration's (a decimal string
 * with the currency's minor digits at most, not negative, an ISO 4217 currency).
 */
export class RevalueArtworkDto {
  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  value!: MoneyDto;
}
