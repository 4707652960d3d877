import {
  ArtworkAttributesV1,
  DimensionsDto,
  IsAboveZero,
  IsCountryCode,
  Purpose,
  PURPOSES,
  ValidateNestedObjects,
} from '@artbridge/contracts';
import { ApiPropertyOverride } from '@artbridge/platform-service';
import { OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  Max,
} from 'class-validator';
import { DECLARATION_KINDS, type DeclarationKind } from './domain';
import { IsCalendarDate } from './validators';

/**
 * Sizes as an assessment takes them: above zero, at most ARTWORK_LIMITS.centimetres (a kilometre,
 * what catalog registers or imports at most, and 1e308 refused). The decorators say it in
 * literals, which the swagger plugin reads; assessment-request.dto.spec.ts holds them equal.
 */
// class-validator lets a subclass's rules for a property replace the parent's, so the
// contract's are repeated with the bound added.
export class AssessedDimensionsDto extends DimensionsDto {
  /** @example 60 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(100000)
  declare heightCm: number;

  /** @example 80 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(100000)
  declare widthCm: number;

  /** @example 3.5 */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(100000)
  declare depthCm?: number;
}

/** The artwork attributes of API.md; handExecuted may be left out and then means true. */
export class AssessedArtworkDto extends OmitType(ArtworkAttributesV1, ['handExecuted'] as const) {
  @IsOptional()
  @IsBoolean()
  handExecuted?: boolean;

  // the plugin's metadata for a redeclared property would lose to the parent's
  @ApiPropertyOverride({ type: () => AssessedDimensionsDto })
  @Type(() => AssessedDimensionsDto)
  declare dimensions?: AssessedDimensionsDto;
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
  @ValidateNestedObjects()
  @Type(() => AssessedArtworkDto)
  items!: AssessedArtworkDto[];
}
