import { ApiInteger } from '@artbridge/platform-service';
import { MoneyDto } from '@artbridge/contracts';
import type { StatementFormat } from './domain/statement-format.error';
import type { BalanceCheck } from './domain/statement.types';

/**
 * One statement's balance check: opening + credits − debits = closing (booked entries, signed
 * balances), or why it was not checked. The amounts are there when it was checked.
 */
export class BalanceCheckResponse {
  /** The bank's id of the statement. */
  statementId!: string;
  /** Our account: its IBAN, else the bank's account id (a CSV's is `?account=`). */
  account!: string;
  status!: BalanceCheck['status'];
  /** The check in words. */
  description!: string;
  /** BALANCED, MISMATCH: the opening booked balance, signed (negative: overdrawn). */
  opening?: MoneyDto;
  /** BALANCED, MISMATCH: the booked credits. */
  credits?: MoneyDto;
  /** BALANCED, MISMATCH: the booked debits. */
  debits?: MoneyDto;
  /** BALANCED, MISMATCH: the closing booked balance, signed (negative: overdrawn). */
  closing?: MoneyDto;
  /** MISMATCH: opening + credits − debits. */
  expectedClosing?: MoneyDto;
  /** MISMATCH: closing − expectedClosing, signed. */
  difference?: MoneyDto;
  /** NOT_CHECKED: why not. */
  reason?: string;
}

/** The balance checks of a file's statements. */
export class StatementBalanceChecksResponse {
  /** The file's verdict: MISMATCH if any statement mismatches, BALANCED if all balance, else NOT_CHECKED. */
  status!: BalanceCheck['status'];
  statements!: BalanceCheckResponse[];
}

/** What a statement import booked and how its payments were reconciled. */
export class StatementImportResponse {
  /** This import's id. */
  statementId!: string;
  format!: StatementFormat;
  /** camt.053 message version, e.g. "001.04"; absent for a CSV. */
  version?: string;
  /** Entries in the file. */
  @ApiInteger()
  entries!: number;
  /** Entries imported before: not booked again. */
  @ApiInteger()
  duplicates!: number;
  /** Payments: new booked entries, a batch entry counting once per transaction detail. */
  @ApiInteger()
  payments!: number;
  /** Applied to an invoice (REC-EXACT, REC-FEE, REC-OVER, REC-PARTIAL) or paid out (REC-PAYOUT). */
  @ApiInteger()
  matched!: number;
  /** Of those, REC-PARTIAL: the invoice still expects money. */
  @ApiInteger()
  partiallyPaid!: number;
  /** REC-REVERSAL: debits taking back a payment an invoice had received (not matches). */
  @ApiInteger()
  reversed!: number;
  /** REC-FUZZY: waiting for a person to confirm. */
  @ApiInteger()
  suggested!: number;
  /** REC-FX, REC-NONE: for finance. */
  @ApiInteger()
  exceptions!: number;
  balanceCheck!: StatementBalanceChecksResponse;
}
