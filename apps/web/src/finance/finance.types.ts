import type { BodyOf, Schema } from '@artbridge/public-api';
import { everyValue } from '../api/every-value';

/**
 * What the payments service answers to finance alone, as the public API's document has it;
 * invoices, which exporters read too, are in api/.
 */

/** POST /api/payments/statements */
export type StatementImportResult = Schema<'payments.StatementImportResponse'>;

/** Where in a refused statement file the problem is (the 400's `location`). */
export type StatementErrorLocation = NonNullable<Schema<'ErrorResponse'>['location']>;

/** POST /api/payments/fx-rates */
export type FxRatesImportResult = Schema<'payments.FxRatesImportResponse'>;

/** One payment in the reconciliation queue; `entryId` is what match and dismiss take. */
export type ReconciliationEntry = Schema<'payments.ReconciliationItemResponse'>;

/** GET /api/payments/reconciliation */
export type ReconciliationEntryPage = Schema<'payments.ReconciliationPageResponse'>;

export type ReconciliationDecision = Schema<'payments.ReconciliationDecisionResponse'>;

/** GET /api/payments/reconciliation/{entryId}: the payment with every decision on it. */
export type ReconciliationEntryDetail = Schema<'payments.ReconciliationItemDetailResponse'>;

/** POST …/{entryId}/match: the invoice a person applies the payment to. */
export type ManualMatchBody = BodyOf<'payments_ReconciliationController_match'>;

/** POST …/{entryId}/dismiss: why the payment is not for any invoice. */
export type DismissBody = BodyOf<'payments_ReconciliationController_dismiss'>;

export type ReconciliationStatus = ReconciliationEntry['status'];
export const RECONCILIATION_STATUSES = everyValue<ReconciliationStatus>()([
  'SUGGESTED',
  'EXCEPTION',
  'MATCHED',
  'PARTIALLY_PAID',
  'DISMISSED',
]);

export type ReconciliationRule = ReconciliationEntry['rule'];
export const RECONCILIATION_RULES = everyValue<ReconciliationRule>()([
  'REC-EXACT',
  'REC-FEE',
  'REC-PARTIAL',
  'REC-OVER',
  'REC-FUZZY',
  'REC-FX',
  'REC-REVERSAL',
  'REC-PAYOUT',
  'REC-NONE',
]);

export type DecisionAction = ReconciliationDecision['action'];
export const DECISION_ACTIONS = everyValue<DecisionAction>()([
  'AUTOMATIC',
  'MANUAL_MATCH',
  'CONFIRMED',
  'DISMISSED',
]);

/** GET /api/payments/ledger/balances */
export type LedgerBalances = Schema<'payments.LedgerBalancesResponse'>;

/** A ledger account, by its key in the chart of accounts. */
export type AccountKey = LedgerBalances['accounts'][number]['account'];

/** GET /api/payments/reports/escrow-held (with from and to: `series`). */
export type EscrowHeldReport = Schema<'payments.EscrowHeldResponse'>;

export type StatusCounts = Schema<'payments.ReconciliationStatusCountsResponse'>;

/** GET /api/payments/reports/match-rate */
export type MatchRateReport = Schema<'payments.MatchRateResponse'>;

/** GET /api/payments/reports/open-invoices-by-age */
export type OpenInvoicesByAgeReport = Schema<'payments.OpenInvoicesByAgeResponse'>;

export type AgeBucket = OpenInvoicesByAgeReport['buckets'][number];
export const AGE_BUCKETS = everyValue<AgeBucket>()(['0-30', '31-60', '61-90', '>90']);

export type AgeBasis = OpenInvoicesByAgeReport['basis'];
export const AGE_BASES = everyValue<AgeBasis>()(['due', 'issue']);
