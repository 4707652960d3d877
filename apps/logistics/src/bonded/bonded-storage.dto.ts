import { IsNestedObject, IsNotBlank, PlaceDto } from '@artbridge/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsString, Length, ValidateNested } from 'class-validator';

const isoAt = {
  message: 'at must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z',
};

/** POST /shipments/:id/bonded-storage: the works enter bond on arrival. */
export class BondedEntryDto {
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  zone!: string;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  warehouse!: string;

  /** Where in the warehouse: bay, rack, vault. */
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  location!: string;

  @IsISO8601({ strict: true }, isoAt)
  at!: string;
}

/** POST /shipments/:id/bonded-storage/release */
export class BondedReleaseDto {
  @IsISO8601({ strict: true }, isoAt)
  at!: string;
}

/** POST /shipments/:id/bonded-storage/re-export */
export class BondedReExportDto {
  @IsISO8601({ strict: true }, isoAt)
  at!: string;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => PlaceDto)
  destination!: PlaceDto;
}
