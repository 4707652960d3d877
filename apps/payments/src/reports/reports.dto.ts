import { IsIn, IsOptional, Matches } from 'class-validator';
import { AGE_BASES, AgeBasis } from './domain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class OpenInvoicesByAgeQuery {
  /** age in days past the due date (default) or the issue date */
  @IsOptional()
  @IsIn(AGE_BASES, { message: `basis must be one of ${AGE_BASES.join(', ')}` })
  basis?: AgeBasis;

  /** the day ages are counted to (YYYY-MM-DD, UTC); today by default */
  @IsOptional()
  @Matches(ISO_DATE, { message: 'asOf must be a date (YYYY-MM-DD)' })
  asOf?: string;
}

export class EscrowHeldQuery {
  /** with `to`: a daily series of escrow held at the end of each day (UTC), both inclusive */
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;
}
