import { MoneyDto } from '@artbridge/contracts';
import type { AccountKey, AccountType } from './domain/chart-of-accounts';

/** One account's movements in one currency. */
export class LedgerAccountBalanceResponse {
  account!: AccountKey;
  /** The account's number in the chart of accounts, e.g. "1000". */
  code!: string;
  name!: string;
  type!: AccountType;
  /** ISO 4217 */
  currency!: string;
  debits!: MoneyDto;
  credits!: MoneyDto;
  /** On the account's normal side: debits − credits for an asset or expense, credits − debits for a liability. */
  balance!: MoneyDto;
}

/** Every account's debits and credits summed in one currency. */
export class LedgerCurrencyTotalResponse {
  /** ISO 4217 */
  currency!: string;
  debits!: MoneyDto;
  credits!: MoneyDto;
  /** debits = credits */
  balanced!: boolean;
}

/** The ledger's balances per account and currency, in chart order, and per currency. */
export class LedgerBalancesResponse {
  accounts!: LedgerAccountBalanceResponse[];
  totals!: LedgerCurrencyTotalResponse[];
  /** debits = credits in every currency */
  balanced!: boolean;
}
