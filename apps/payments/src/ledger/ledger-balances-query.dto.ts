import { IsCurrencyCode } from '@artbridge/contracts';
import { IsOptional } from 'class-validator';

export class LedgerBalancesQuery {
  /** Only the balances in this currency (ISO 4217). */
  @IsOptional()
  @IsCurrencyCode()
  currency?: string;
}
