import { Money } from '@artbridge/money';
import type { AccountKey } from '../../ledger/domain/chart-of-accounts';
import { ChargeBearer, CreditDebit } from '../../statements/domain/statement.types';
import type { FeeToleranceCaps } from './fee-tolerance';

export type ReconciliationRule =
  | 'REC-EXACT'
  | 'REC-FEE'
  | 'REC-PARTIAL'
  | 'REC-OVER'
  | 'REC-FUZZY'
  | 'REC-FX'
  | 'REC-REVERSAL'
  | 'REC-PAYOUT'
  | 'REC-NONE';

export type ReconciliationStatus = 'MATCHED' | 'PARTIALLY_PAID' | 'SUGGESTED' | 'EXCEPTION';

/** One payment as the bank reported it: a statement entry, or one transaction of a batch entry. */
export interface IncomingPayment {
  /** the statement entry's idempotency key, plus the transaction number for a batch */
  readonly entryId: string;
  readonly amount: Money;
  readonly creditDebit: CreditDebit;
  readonly reversal?: boolean;
  readonly bookingDate?: string;
  /** structured creditor reference first, then end-to-end id: the order they are tried in */
  readonly references: readonly string[];
  /** unstructured remittance text, searched for RF references a payer typed in by hand */
  readonly remittanceText?: string;
  readonly payerName?: string;
  readonly payerIban?: string;
  /** who bears the bank charges, if the statement says */
  readonly chargeBearer?: ChargeBearer;
  /**
   * Set for a batch entry taken as one payment although its transaction details name several
   * different references, because the details cannot split it (amounts missing, or in another
   * currency than the entry): never matched automatically (REC-NONE), a person decides.
   */
  readonly unsplitBatch?: UnsplitBatch;
}

export interface UnsplitBatch {
  /** how many transaction details the entry has */
  readonly details: number;
  /** the different references they name, in order */
  readonly references: readonly string[];
  /** why the amounts cannot split the entry, e.g. "they carry no amounts" */
  readonly why: string;
}

/** What reconciliation needs to know of an invoice that still expects money. */
export interface OpenInvoice {
  readonly id: string;
  /** ISO 11649 RF reference printed on the invoice */
  readonly reference: string;
  /** total minus what has been paid so far */
  readonly openAmount: Money;
  /** YYYY-MM-DD */
  readonly dueDate: string;
  readonly buyerName?: string;
  readonly buyerIbans?: readonly string[];
  /** false for an invoice of duties and taxes only (import duty): paying it funds no escrow */
  readonly holdsEscrow?: boolean;
}

/**
 * A payment from a buyer the cascade (or a person) matched to an invoice and that no reversal
 * took back yet: what a bank reversal, or the debit reversing it, may undo (REC-REVERSAL).
 */
export interface MatchedPayment {
  /** the payment's entryId (its reconciliation item's payment key; its postings carry it) */
  readonly entryId: string;
  readonly amount: Money;
  /** what the payment carried, as stored on its reconciliation item */
  readonly references: readonly string[];
  readonly remittanceText?: string;
  /** what it counted as paid on the invoice: the applied amount plus any fee written off */
  readonly paid: Money;
  /** the invoice as it stands now (open amount zero when paid in full) */
  readonly invoice: OpenInvoice;
  readonly invoiceStatus: string;
  readonly escrowStatus: string;
}

/**
 * The accounts on which the platform owes money on an invoice until finance pays it out by bank
 * transfer (REC-PAYOUT): escrow released to the exporter, a refund on cancellation, an
 * over-payment's credit owed back to the payer.
 */
export const PAYABLE_ACCOUNTS = [
  'EXPORTER_PAYABLE',
  'REFUNDS_PAYABLE',
  'PAYER_CREDITS',
] as const satisfies readonly AccountKey[];
export type PayableAccount = (typeof PAYABLE_ACCOUNTS)[number];

/** What reconciliation needs to know of an invoice a debit names: what the platform owes on it. */
export interface InvoicePayables {
  readonly id: string;
  /** ISO 11649 RF reference printed on the invoice */
  readonly reference: string;
  readonly currency: string;
  /** the invoice's balance on each payable account, in its currency; absent or zero: nothing owed */
  readonly owed: Partial<Record<PayableAccount, Money>>;
}

export interface ReconciliationSettings {
  /** fee tolerance as a share of the open amount, in basis points: 50 = 0.5 % */
  readonly feeToleranceBasisPoints: bigint;
  /**
   * ... but never more than this, in EUR, converted into the payment's currency at the ECB
   * reference rate (domain/fee-tolerance.ts): no rate, no automatic write-off
   */
  readonly feeToleranceCap: Money;
  /** how many days before the booking date that rate may be from (weekends, TARGET holidays) */
  readonly feeToleranceRateMaxAgeDays: number;
  /**
   * The cap in each currency for this run, from the rates the caller read once (an import, a
   * manual match); absent: the cap in EUR only, none in any other currency.
   */
  readonly feeToleranceCaps?: FeeToleranceCaps;
  /** REC-FUZZY: booking date at most this many business days before or after the due date */
  readonly fuzzyWindowBusinessDays: number;
  /** dates (YYYY-MM-DD) that are not business days besides weekends */
  readonly holidays: ReadonlySet<string>;
  /**
   * Charge bearer assumed when the statement does not say (most do not). SHAR by default: SEPA
   * transfers are SLEV, which shares charges, and a short payment within the tolerance is in
   * practice a bank charge. Set DEBT to accept no shortfall without an explicit bearer.
   */
  readonly assumedChargeBearer: ChargeBearer;
}

export const DEFAULT_RECONCILIATION_SETTINGS: ReconciliationSettings = {
  feeToleranceBasisPoints: 50n,
  feeToleranceCap: { minor: 5000n, currency: 'EUR' },
  // as customs looks back for a declaration's rate
  feeToleranceRateMaxAgeDays: 7,
  fuzzyWindowBusinessDays: 5,
  holidays: new Set<string>(),
  assumedChargeBearer: 'SHAR',
};

/**
 * A decision and the rule that made it (RULES.md section 8). Amounts are in the invoice currency
 * except for REC-FX, where nothing is applied.
 */
export interface ReconciliationDecision {
  readonly entryId: string;
  readonly rule: ReconciliationRule;
  readonly status: ReconciliationStatus;
  readonly invoiceId?: string;
  /**
   * money from this payment applied to the invoice (the whole payment, or the open amount for
   * REC-OVER); REC-REVERSAL: what comes off the invoice's paid amount; REC-PAYOUT: what was paid
   * out
   */
  readonly applied?: Money;
  /** REC-FEE: the shortfall written off to bank fees, settling the invoice */
  readonly fee?: Money;
  /** REC-OVER: what was paid beyond the open amount, owed back to the payer as a credit */
  readonly excess?: Money;
  /** REC-PARTIAL: what stays open on the invoice */
  readonly remaining?: Money;
  /** REC-REVERSAL: the entryId of the matched payment this one reverses */
  readonly reverses?: string;
  /** REC-PAYOUT: the account whose balance on the invoice the debit pays out (`applied`) */
  readonly pays?: PayableAccount;
  /** true when the invoice is now fully paid, so its escrow is funded */
  readonly fundsEscrow: boolean;
  readonly explanation: string;
}
