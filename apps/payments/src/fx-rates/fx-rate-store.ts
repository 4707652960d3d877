import type { EntityManager } from 'typeorm';
import { EcbRate } from './domain/ecb-rates.parser';

/**
 * The stored ECB rates of `currencies` dated from `lookBackDays` before `from` to `to`, in one
 * read: what a rate table needs to give each date in between its rate, or the latest before it.
 */
export async function loadFxRates(
  manager: EntityManager,
  currencies: readonly string[],
  from: string,
  to: string,
  lookBackDays: number,
): Promise<EcbRate[]> {
  if (currencies.length === 0) return [];
  return manager.query(
    `SELECT rate_date::text AS date, currency, rate
       FROM fx_rate
      WHERE currency = ANY($1::text[])
        AND rate_date BETWEEN $2::date - $4::int AND $3::date`,
    [currencies, from, to, lookBackDays],
  );
}
