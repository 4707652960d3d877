import type { EntityManager } from 'typeorm';
import type { FxRateLookup, IsoDate } from '../assessment/domain';
import { rateTable, type StoredRate } from './domain/rate-table';

/**
 * Every rate the engine may ask for on `date`: that day and the `lookBackDays` before it (all
 * currencies: thresholds and duties cross through currencies the request does not name).
 */
export async function loadFxRates(
  manager: EntityManager,
  date: IsoDate,
  lookBackDays: number,
): Promise<FxRateLookup> {
  const rows: StoredRate[] = await manager.query(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, currency, rate
       FROM fx_rate
      WHERE date BETWEEN $1::date - $2::int AND $1::date`,
    [date, lookBackDays],
  );
  return rateTable(rows);
}
