import { ArtworkAttributesV1, IsCountryCode, Purpose, PURPOSES } from '@artbridge/contracts';
import { OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { DECLARATION_KINDS, type DeclarationKind } from './domain';
import { IsCalendarDate } from './validators';

/** The artwork attributes of API.md; handExecuted may be left out and then means true. */
export class AssessedArtworkDto extends OmitType(ArtworkAttributesV1, ['handExecuted'] as const) {
  @IsOptional()
  @IsBoolean()
  handExecuted?: boolean;
}

/** POST /assessments: a dry run of the rules on a shipment that need not exist yet. */
export class AssessmentRequestDto {
  @IsCountryCode()
  exportCountry!: string;

  @IsCountryCode()
  importCountry!: string;

  @IsIn(PURPOSES, { message: `purpose must be one of ${PURPOSES.join(', ')}` })
  purpose!: Purpose;

  /** Declaration date; today when absent. */
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  /** Goods enter the Shanghai FTZ bonded art warehouse (CN-FTZ-BONDED). */
  @IsOptional()
  @IsBoolean()
  ftzBonded?: boolean;

  /** Goods leave the FTZ bonded warehouse for the domestic market (CN-FTZ-RELEASE). */
  @IsOptional()
  @IsBoolean()
  ftzReleased?: boolean;

  /** EXPORT (default): export and import side; IMPORT: import controls, duty and tax only. */
  @IsOptional()
  @IsIn(DECLARATION_KINDS, {
    message: `declarationKind must be one of ${DECLARATION_KINDS.join(', ')}`,
  })
  declarationKind?: DeclarationKind;

  @IsArray()
  @ArrayMinSize(1, { message: 'items must list at least one artwork' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssessedArtworkDto)
  items!: AssessedArtworkDto[];
}
