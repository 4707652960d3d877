import type { FxRate, FxRateLookup, IsoDate } from '../../assessment/domain';

export interface StoredRate {
  readonly date: IsoDate;
  readonly currency: string;
  readonly rate: string;
}

/**
 * The engine's FxRateLookup is synchronous, so the rates it may ask for are read first and
 * answered from memory: exact day only, the engine itself walks back to the previous business day.
 */
export function rateTable(rows: readonly StoredRate[]): FxRateLookup {
  const rates = new Map<string, FxRate>();
  for (const row of rows) {
    rates.set(`${row.currency}@${row.date}`, { rate: row.rate, date: row.date });
  }
  return (currency, date) => rates.get(`${currency}@${date}`);
}

/** One day's rates as published: the last figure for a currency listed twice wins. */
export function latestPerCurrency<T extends { readonly currency: string }>(
  rates: readonly T[],
): T[] {
  return [...new Map(rates.map((rate) => [rate.currency, rate])).values()];
}
