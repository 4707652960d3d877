import {
  AGE_BUCKETS,
  type AgeBucket,
  type EscrowHeldReport,
  type MatchRateReport,
  type OpenInvoicesByAgeReport,
  type ReconciliationRule,
} from '../finance.types';

/**
 * The reports' figures shaped for the charts and their tables. Each point keeps the exact
 * decimal string (`amount`) for what people read (tables, tooltips through formatMoney); the
 * float (`value`) is only the height of a bar or line, never shown as money.
 */

/** A decimal string as a float, for plotting only. */
export function plotValue(amount: string): number {
  const value = Number(amount);
  return Number.isFinite(value) ? value : 0;
}

/** The last `days` days up to `today` (both inclusive), as the report's from and to. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  const end = new Date(`${today}T00:00:00Z`);
  const start = new Date(end.getTime() - (days - 1) * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** Every currency the escrow report knows: held now, or moved within the series. */
export function escrowCurrencies(report: EscrowHeldReport | undefined): string[] {
  if (!report) return [];
  const codes = new Set([
    ...report.currencies.map((entry) => entry.currency),
    ...(report.series?.currencies ?? []).map((entry) => entry.currency),
  ]);
  return [...codes].sort();
}

export interface EscrowPoint {
  date: string;
  amount: string;
  value: number;
}

/**
 * Escrow held at the end of each day in one currency. Without a series (the service answered
 * only what is held now) there is one point: today's balance.
 */
export function escrowSeries(
  report: EscrowHeldReport | undefined,
  currency: string,
  today: string,
): EscrowPoint[] {
  if (!report) return [];
  if (report.series) {
    const days = report.series.currencies.find((entry) => entry.currency === currency)?.days ?? [];
    return days.map((day) => ({ date: day.date, amount: day.held, value: plotValue(day.held) }));
  }
  const now = report.currencies.find((entry) => entry.currency === currency);
  return now ? [{ date: today, amount: now.held, value: plotValue(now.held) }] : [];
}

/** The statuses the cascade decides on its own, in the order a stacked bar shows them. */
export const CASCADE_STATUSES = ['MATCHED', 'PARTIALLY_PAID', 'SUGGESTED', 'EXCEPTION'] as const;

export interface MatchRateRow {
  rule: ReconciliationRule;
  MATCHED: number;
  PARTIALLY_PAID: number;
  SUGGESTED: number;
  EXCEPTION: number;
  total: number;
  /** applied to an invoice (matched or partially paid) per decision of the rule; null for none */
  rate: number | null;
}

/** One row per rule, in cascade order, with its decisions by status and its match rate. */
export function matchRateRows(report: MatchRateReport | undefined): MatchRateRow[] {
  return (report?.rules ?? []).map(({ rule, total, statuses }) => {
    const applied = statuses.MATCHED + statuses.PARTIALLY_PAID;
    return {
      rule,
      MATCHED: statuses.MATCHED,
      PARTIALLY_PAID: statuses.PARTIALLY_PAID,
      SUGGESTED: statuses.SUGGESTED,
      EXCEPTION: statuses.EXCEPTION,
      total,
      rate: total === 0 ? null : applied / total,
    };
  });
}

export interface AgeRow {
  bucket: AgeBucket;
  count: number;
  amount: string;
  value: number;
}

/** Every age bucket of one currency, in age order, present even when nothing is in it. */
export function ageRows(report: OpenInvoicesByAgeReport | undefined, currency: string): AgeRow[] {
  const figures = report?.currencies.find((entry) => entry.currency === currency);
  if (!figures) return [];
  return AGE_BUCKETS.map((bucket) => {
    const figure = figures.buckets.find((entry) => entry.bucket === bucket);
    const amount = figure?.open ?? zeroLike(figures.open);
    return { bucket, count: figure?.count ?? 0, amount, value: plotValue(amount) };
  });
}

/** "0" with as many decimals as `sample` has ("0.00" for "12.50", "0" for "1500"). */
function zeroLike(sample: string): string {
  const decimals = sample.split('.')[1]?.length ?? 0;
  return decimals ? `0.${'0'.repeat(decimals)}` : '0';
}

/** The currency to show first: the one kept if still there, else the first. */
export function pickCurrency(currencies: readonly string[], kept: string | undefined): string {
  return kept && currencies.includes(kept) ? kept : (currencies[0] ?? '');
}
