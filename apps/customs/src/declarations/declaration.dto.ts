import { IsNestedObject, MoneyDto } from '@artbridge/contracts';
import { LowerCaseUuid, PageQueryOf } from '@artbridge/platform-service';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  registerDecorator,
  ValidateIf,
  ValidateNested,
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

/** A field only an APPROVE takes. */
function OnlyToApprove(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'onlyToApprove',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (_value: unknown, { object }: ValidationArguments) =>
          (object as DecisionDto).decision === 'APPROVE',
        defaultMessage: ({ property }: ValidationArguments) =>
          `${property} may be given only to APPROVE`,
      },
    });
}

/**
 * The duty and VAT an officer assessed for the whole declaration (the lines the engine computed
 * included), in the currency of the declaration's duties: what is invoiced.
 */
export class AssessedDutiesDto {
  @IsDefined({ message: 'duty is required' })
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  duty!: MoneyDto;

  @IsDefined({ message: 'vat is required' })
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  vat!: MoneyDto;
}

export class DecisionDto {
  @IsIn(DECISIONS, { message: `decision must be one of ${DECISIONS.join(', ')}` })
  decision!: Decision;

  /** Required to reject or to ask for information; optional to approve (null: none). */
  @ValidateIf(
    (dto: DecisionDto) =>
      (dto.reason !== undefined && dto.reason !== null) || NEEDS_REASON.includes(dto.decision),
  )
  @IsText(REASON_MAX_LENGTH, {
    message: ({ value }: ValidationArguments) =>
      value === undefined || value === null
        ? 'reason is required for REJECT and REQUEST_INFO'
        : typeof value !== 'string' || value.trim() === ''
          ? 'reason must be text that is not blank'
          : `reason must be at most ${REASON_MAX_LENGTH} characters`,
  })
  reason?: string | null;

  /**
   * APPROVE only, and only while the declaration's duties are incomplete (a line the engine
   * could not compute sent its item to review): the duty and VAT the officer assessed, which
   * the clearance event carries for invoicing. Refused (400) when the engine computed them.
   */
  @ValidateIf((dto: DecisionDto) => dto.duties !== undefined && dto.duties !== null)
  @OnlyToApprove()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => AssessedDutiesDto)
  duties?: AssessedDutiesDto | null;
}

export class AttachLicenceDto {
  /** A licence type the declaration requires (the item's, with `artworkId`), e.g. CN_EXIT_PERMIT. */
  @IsString()
  @Length(1, 100)
  type!: string;

  @IsText(200)
  number!: string;

  @IsText(300)
  issuer!: string;

  @IsCalendarDate()
  validUntil!: string;

  /** The item it covers; absent, it covers every item of the declaration. Any case, kept lower. */
  @IsOptional()
  @LowerCaseUuid()
  @IsUUID()
  artworkId?: string;
}

export class AnswerDto {
  @IsText(REASON_MAX_LENGTH)
  message!: string;
}

export const QUEUE_SORTS = ['deadline', 'filed'] as const;

/** A parameter sent empty (`?status=`, as a form sends an empty field) is taken as not sent. */
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
