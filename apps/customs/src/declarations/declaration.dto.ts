import { PageQueryOf } from '@artbridge/platform-service';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { DECLARATION_KINDS, type DeclarationKind } from '../assessment/domain';
import { IsCalendarDate } from '../assessment/validators';
import {
  DECISIONS,
  DECLARATION_STATUSES,
  REASON_MAX_LENGTH,
  type Decision,
  type DeclarationStatus,
} from './domain/review';

/** Text a person has to write: present, not blank, bounded. One message saying which. */
function IsText(maxLength: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim() !== '' && value.length <= maxLength,
        defaultMessage: ({ property, value }: ValidationArguments) => {
          if (value === undefined || value === null) return `${property} is required`;
          if (typeof value !== 'string') return `${property} must be text`;
          if (value.trim() === '') return `${property} must not be blank`;
          return `${property} must be at most ${maxLength} characters`;
        },
      },
    });
}

const NEEDS_REASON: readonly Decision[] = ['REJECT', 'REQUEST_INFO'];

export class DecisionDto {
  @IsIn(DECISIONS, { message: `decision must be one of ${DECISIONS.join(', ')}` })
  decision!: Decision;

  /** Required to reject or to ask for information; optional to approve. */
  @ValidateIf((dto: DecisionDto) => dto.reason !== undefined || NEEDS_REASON.includes(dto.decision))
  @IsText(REASON_MAX_LENGTH, {
    message: ({ value }: ValidationArguments) =>
      value === undefined || value === null
        ? 'reason is required for REJECT and REQUEST_INFO'
        : typeof value !== 'string' || value.trim() === ''
          ? 'reason must be text that is not blank'
          : `reason must be at most ${REASON_MAX_LENGTH} characters`,
  })
  reason?: string;
}

export class AttachLicenceDto {
  /** A licence type the rules ask for, e.g. EU_EXPORT_LICENCE, CN_EXIT_PERMIT. */
  @IsString()
  @Length(1, 100)
  type!: string;

  @IsString()
  @Length(1, 200)
  number!: string;

  @IsString()
  @Length(1, 300)
  issuer!: string;

  @IsCalendarDate()
  validUntil!: string;

  /** The item it covers; absent, it covers every item of the declaration. */
  @IsOptional()
  @IsUUID()
  artworkId?: string;
}

export class AnswerDto {
  @IsText(REASON_MAX_LENGTH)
  message!: string;
}

export const QUEUE_SORTS = ['deadline', 'filed'] as const;

export class DeclarationQueryDto extends PageQueryOf({ maxPageSize: 200, defaultPageSize: 50 }) {
  @IsOptional()
  @IsIn(DECLARATION_STATUSES, {
    message: `status must be one of ${DECLARATION_STATUSES.join(', ')}`,
  })
  status?: DeclarationStatus;

  /** EXPORT, or IMPORT (filed when works leave a free-trade zone's bonded storage). */
  @IsOptional()
  @IsIn(DECLARATION_KINDS, { message: `kind must be one of ${DECLARATION_KINDS.join(', ')}` })
  kind?: DeclarationKind;

  /** deadline: soonest review deadline first; filed (default): newest first. */
  @IsOptional()
  @IsIn(QUEUE_SORTS, { message: `sort must be one of ${QUEUE_SORTS.join(', ')}` })
  sort?: (typeof QUEUE_SORTS)[number];
}
