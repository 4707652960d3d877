import { ApiInteger } from '@artbridge/platform-service';
import type {
  DecisionAction,
  ReconciliationItemStatus,
} from '../reconciliation/reconciliation.entity';
import type { ReconciliationRule } from '../reconciliation/domain/reconciliation.types';
import type { AgeBasis, AgeBucket } from './domain/open-invoices-by-age';

/** Open invoices of one currency in one age bucket. */
export class AgeBucketFigureResponse {
  bucket!: AgeBucket;
  @ApiInteger()
  count!: number;
  /** Total minus paid, summed: a decimal string in the currency's exponent. */
  open!: string;
}

/** Open invoices of one currency, in total and by age. */
export class OpenInvoicesCurrencyResponse {
  /** ISO 4217 */
  currency!: string;
  @ApiInteger()
  count!: number;
  /** Total minus paid, summed: a decimal string in the currency's exponent. */
  open!: string;
  /** Every bucket, in the order of `buckets`, empty ones included. */
  buckets!: AgeBucketFigureResponse[];
}

/** Open and partially paid invoices by age, per currency (alphabetical). */
export class OpenInvoicesByAgeResponse {
  /** The day ages are counted to, YYYY-MM-DD (UTC). */
  asOf!: string;
  /** Ages count from the due date or the issue date. */
  basis!: AgeBasis;
  /** The age buckets in days, in order. */
  buckets!: AgeBucket[];
  currencies!: OpenInvoicesCurrencyResponse[];
}

/** Escrow held now in one currency. */
export class EscrowHeldCurrencyResponse {
  /** ISO 4217 */
  currency!: string;
  /** A decimal string in the currency's exponent. */
  held!: string;
}

/** Escrow held at the end of one day (UTC). */
export class EscrowHeldDayResponse {
  /** YYYY-MM-DD */
  date!: string;
  /** A decimal string in the currency's exponent. */
  held!: string;
}

/** One currency's escrow held at the end of each day of the series. */
export class EscrowHeldSeriesCurrencyResponse {
  /** ISO 4217 */
  currency!: string;
  /** Every day from `from` to `to`, in order. */
  days!: EscrowHeldDayResponse[];
}

/** Escrow held at the end of each day from `from` to `to` (both inclusive), per currency. */
export class EscrowHeldSeriesResponse {
  /** YYYY-MM-DD */
  from!: string;
  /** YYYY-MM-DD */
  to!: string;
  /** Every currency that moved on or before `to`, alphabetical. */
  currencies!: EscrowHeldSeriesCurrencyResponse[];
}

/** Escrow held now per currency (alphabetical); with from and to, also the daily series. */
export class EscrowHeldResponse {
  currencies!: EscrowHeldCurrencyResponse[];
  /** Only when the request gave `from` and `to`. */
  series?: EscrowHeldSeriesResponse;
}

/** Counts per reconciliation status. */
export class ReconciliationStatusCountsResponse implements Record<
  ReconciliationItemStatus,
  number
> {
  @ApiInteger()
  MATCHED!: number;
  @ApiInteger()
  PARTIALLY_PAID!: number;
  @ApiInteger()
  SUGGESTED!: number;
  @ApiInteger()
  EXCEPTION!: number;
  @ApiInteger()
  DISMISSED!: number;
}

/** The cascade's decisions of one rule. */
export class MatchRateRuleResponse {
  rule!: ReconciliationRule;
  @ApiInteger()
  total!: number;
  statuses!: ReconciliationStatusCountsResponse;
}

/** What the cascade decided on its own. */
export class MatchRateAutomaticResponse {
  /** The cascade's decisions: one per payment (bank reversals, REC-REVERSAL, left out). */
  @ApiInteger()
  decisions!: number;
  /** Applied to an invoice (MATCHED or PARTIALLY_PAID) by the cascade alone. */
  @ApiInteger()
  matched!: number;
  /** matched / decisions, rounded to 4 places; null when there is no decision yet. */
  share!: number | null;
}

/** Decisions people took afterwards, of one action on payments of one rule. */
export class MatchRateManualResponse {
  action!: DecisionAction;
  rule!: ReconciliationRule;
  @ApiInteger()
  count!: number;
}

/** The cascade's decisions by rule and status, and the share it matched on its own. */
export class MatchRateResponse {
  /** Every rule, in cascade order (RULES.md section 8). */
  rules!: MatchRateRuleResponse[];
  automatic!: MatchRateAutomaticResponse;
  /** Manual matches, confirmed suggestions and dismissals, by action and rule. */
  manual!: MatchRateManualResponse[];
}
