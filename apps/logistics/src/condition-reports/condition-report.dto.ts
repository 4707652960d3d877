import { IsNotBlank, ValidateNestedObjects } from '@artbridge/contracts';
import { IsDateTime } from '@artbridge/platform-service';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';
import {
  CONDITION_STAGES,
  ConditionStage,
  DAMAGE_SEVERITIES,
  DamageSeverity,
} from './domain/condition-report';

const oneOf = (values: readonly string[]) => ({
  message: `$property must be one of ${values.join(', ')}`,
});

export class DamageDto {
  /** Where on the work, its frame or mount: damages are matched across reports by it. */
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  location!: string;

  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  description!: string;

  @IsIn(DAMAGE_SEVERITIES, oneOf(DAMAGE_SEVERITIES))
  severity!: DamageSeverity;
}

/** POST /shipments/:id/condition-reports */
export class ConditionReportDto {
  @IsIn(CONDITION_STAGES, oneOf(CONDITION_STAGES))
  stage!: ConditionStage;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  inspector!: string;

  @IsDateTime()
  at!: string;

  @IsOptional()
  @IsString()
  @Length(1, 10_000)
  @IsNotBlank()
  notes?: string;

  /** RULES.md section 7: condition reports are taken with photographs. */
  @IsArray()
  @ArrayMinSize(1, {
    message:
      'photoRefs must name at least one photograph: a condition report is taken with photographs',
  })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  @IsNotBlank({ each: true })
  photoRefs!: string[];

  /** None: the works are in perfect condition. */
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNestedObjects()
  @Type(() => DamageDto)
  damages!: DamageDto[];
}
