import { IsNestedObject, IsNotBlank } from '@artbridge/contracts';
import { IsDateTime } from '@artbridge/platform-service';
import { Type } from 'class-transformer';
import { IsDefined, IsString, Length, ValidateNested } from 'class-validator';
import { NamedPlaceDto } from '../shipments/shipment-requests.dto';

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

  @IsDateTime()
  at!: string;
}

/** POST /shipments/:id/bonded-storage/release */
export class BondedReleaseDto {
  @IsDateTime()
  at!: string;
}

/** POST /shipments/:id/bonded-storage/re-export */
export class BondedReExportDto {
  @IsDateTime()
  at!: string;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => NamedPlaceDto)
  destination!: NamedPlaceDto;
}
