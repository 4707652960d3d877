import {
  IsNestedObject,
  IsNotBlank,
  TRANSPORT_MODES,
  TransportMode,
  ValidateNestedObjects,
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
import {
  ConsigneeDto,
  InsuranceDto,
  NamedIncotermDto,
  PackageDto,
} from '../shipments/shipment-requests.dto';

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
  @Type(() => ConsigneeDto)
  consignee?: ConsigneeDto;

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => NamedIncotermDto)
  incoterm?: NamedIncotermDto;

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
  @ValidateNestedObjects()
  @Type(() => PackageDto)
  packages?: PackageDto[];
}
