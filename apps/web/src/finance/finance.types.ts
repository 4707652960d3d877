import type { Money } from '../api/types';

/**
 * What the payments service answers to finance alone, as docs/API.md and its views
 * (apps/payments/src/**) shape it; invoices, which exporters read too, are in api/.
 */

/** POST /api/payments/statements */
export interface StatementImportResult {
  statementId: string;
  format: string;
  version?: string;
  entries: number;
  duplicates: number;
  payments: number;
  matched: number;
  partiallyPaid: number;
  suggested: number;
  exceptions: number;
  balanceCheck?: { status: 'BALANCED' | 'MISMATCH' | 'NOT_CHECKED'; statements: unknown[] };
}

/** Where in a refused statement file the problem is (the 400's `location`). */
export interface StatementErrorLocation {
  format: 'camt.053' | 'csv' | string;
  path?: string;
  statement?: number;
  entry?: number;
  transaction?: number;
  line?: number;
  column?: number;
}

/** POST /api/payments/fx-rates */
export interface FxRatesImportResult {
  days: number;
  currencies: string[];
  rates: number;
  published: number;
  from?: string;
  to?: string;
}

export const RECONCILIATION_STATUSES = [
  'SUGGESTED',
  'EXCEPTION',
  'MATCHED',
  'PARTIALLY_PAID',
  'DISMISSED',
] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

export const RECONCILIATION_RULES = [
  'REC-EXACT',
  'REC-FEE',
  'REC-PARTIAL',
  'REC-OVER',
  'REC-FUZZY',
  'REC-FX',
  'REC-NONE',
] as const;
export type ReconciliationRule = (typeof RECONCILIATION_RULES)[number];

export const DECISION_ACTIONS = ['AUTOMATIC', 'MANUAL_MATCH', 'CONFIRMED', 'DISMISSED'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** One payment in the reconciliation queue; `entryId` is what match and dismiss take. */
export interface ReconciliationEntry {
  entryId: string;
  statementEntryId: string;
  transaction?: number;
  amount: Money;
  creditDebit: 'CRDT' | 'DBIT';
  reversal: boolean;
  bookingDate: string | null;
  references: string[];
  remittanceText: string | null;
  payer: { name: string | null; iban: string | null };
  status: ReconciliationStatus;
  rule: ReconciliationRule;
  /** for SUGGESTED: the invoice the cascade proposes */
  invoiceId: string | null;
  explanation: string;
  decidedBy: string;
  decidedAt: string;
}

export interface ReconciliationDecision {
  action: DecisionAction;
  rule: ReconciliationRule;
  status: ReconciliationStatus;
  invoiceId: string | null;
  applied?: Money;
  fee?: Money;
  excess?: Money;
  remaining?: Money;
  explanation: string;
  reason: string | null;
  decidedBy: string;
  decidedAt: string;
}

export interface ReconciliationEntryDetail extends ReconciliationEntry {
  decisions: ReconciliationDecision[];
}

export const ACCOUNT_KEYS = [
  'BANK',
  'BUYER_RECEIVABLE',
  'ESCROW_AWAITING_FUNDS',
  'ESCROW_LIABILITY',
  'EXPORTER_PAYABLE',
  'DUTIES_PAYABLE',
  'VAT_PAYABLE',
  'PAYER_CREDITS',
  'REFUNDS_PAYABLE',
  'BANK_SUSPENSE',
  'BANK_FEES',
] as const;
export type AccountKey = (typeof ACCOUNT_KEYS)[number];

/** GET /api/payments/ledger/balances */
export interface LedgerBalances {
  accounts: {
    account: AccountKey | string;
    code: string;
    name: string;
    type: 'ASSET' | 'LIABILITY' | 'EXPENSE';
    currency: string;
    debits: Money;
    credits: Money;
    balance: Money;
  }[];
  totals: { currency: string; debits: Money; credits: Money; balanced: boolean }[];
  balanced: boolean;
}

/** GET /api/payments/reports/escrow-held (with from and to: `series`). */
export interface EscrowHeldReport {
  currencies: { currency: string; held: string }[];
  series?: {
    from: string;
    to: string;
    currencies: { currency: string; days: { date: string; held: string }[] }[];
  };
}

export type StatusCounts = Record<ReconciliationStatus, number>;

/** GET /api/payments/reports/match-rate */
export interface MatchRateReport {
  rules: { rule: ReconciliationRule; total: number; statuses: StatusCounts }[];
  automatic: { decisions: number; matched: number; share: number | null };
  manual: { action: DecisionAction; rule: ReconciliationRule; count: number }[];
}

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '>90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export const AGE_BASES = ['due', 'issue'] as const;
export type AgeBasis = (typeof AGE_BASES)[number];

/** GET /api/payments/reports/open-invoices-by-age */
export interface OpenInvoicesByAgeReport {
  asOf: string;
  basis: AgeBasis;
  buckets: AgeBucket[];
  currencies: {
    currency: string;
    count: number;
    open: string;
    buckets: { bucket: AgeBucket; count: number; open: string }[];
  }[];
}
