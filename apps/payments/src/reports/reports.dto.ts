import { IsIn, IsOptional, ValidateBy, ValidationOptions } from 'class-validator';
import { isIsoDate } from '../shared/domain/iso-date';
import { AGE_BASES, AgeBasis } from './domain';

/**
 * A real calendar day, YYYY-MM-DD (2026-02-30 is not one), named in the message: the shape alone
 * let 2026-13-45 through to the report, whose "'2026-13-45' is not a calendar date" did not say
 * which parameter it was.
 */
function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a calendar date (YYYY-MM-DD)`,
      },
    },
    options,
  );
}

export class OpenInvoicesByAgeQuery {
  /** age in days past the due date (default) or the issue date */
  @IsOptional()
  @IsIn(AGE_BASES, { message: `basis must be one of ${AGE_BASES.join(', ')}` })
  basis?: AgeBasis;

  /** the day ages are counted to (YYYY-MM-DD, UTC); today by default */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class EscrowHeldQuery {
  /** with `to`: a daily series of escrow held at the end of each day (UTC), both inclusive */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
