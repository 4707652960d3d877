import {
  IncotermDto,
  IsNestedObject,
  IsNotBlank,
  PartyDto,
  TRANSPORT_MODES,
  TransportMode,
} from '@artbridge/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { InsuranceDto, PackageDto } from '../shipments/shipment-requests.dto';

/** POST /shipments/:id/admission/extensions */
export class AdmissionExtensionDto {
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason!: string;
}

/**
 * POST /shipments/:id/return: every field optional. The return leg runs from the outbound's
 * destination back to its origin, by the same mode, in the same packages, with the same cover,
 * under the same Incoterms rule at the origin's place, to the exporter (the lender) there.
 */
export class ReturnLegDto {
  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => PartyDto)
  consignee?: PartyDto;

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => IncotermDto)
  incoterm?: IncotermDto;

  @IsOptional()
  @IsIn(TRANSPORT_MODES, { message: `$property must be one of ${TRANSPORT_MODES.join(', ')}` })
  transportMode?: TransportMode;

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => InsuranceDto)
  insurance?: InsuranceDto;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PackageDto)
  packages?: PackageDto[];
}
