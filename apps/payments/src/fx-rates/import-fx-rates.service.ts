import { FxRatesPublished } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addToOutbox, announce } from '../shared/announcements';
import { today } from '../shared/settings';
import { dailyRateSets } from './domain/daily-rate-sets';
import { EcbRates, EcbRatesFormatError, parseEcbRates } from './domain/ecb-rates.parser';
import { FxRatesImportResponse } from './fx-rates-import.response';

const RATES_PER_INSERT = 10_000;

/**
 * Stores an ECB reference-rate file (either layout) and announces each new or changed day with
 * one FxRatesPublished, all in one transaction. Rates stay exact decimal text end to end.
 */
@Injectable()
export class ImportFxRatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async import(content: string, importedBy: string): Promise<FxRatesImportResponse> {
    let parsed: EcbRates;
    try {
      parsed = parseEcbRates(content, today());
    } catch (error) {
      if (error instanceof EcbRatesFormatError) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: [error.message],
          ...(error.line !== undefined && { line: error.line }),
        });
      }
      throw error;
    }
    const dates = parsed.rates.map((rate) => rate.date).sort();
    return this.dataSource.transaction(async (manager) => {
      const changed = new Set<string>();
      const importedAt = new Date().toISOString();
      for (let start = 0; start < parsed.rates.length; start += RATES_PER_INSERT) {
        const batch = parsed.rates.slice(start, start + RATES_PER_INSERT);
        // only rows that are new or differ come back: they decide which days are announced
        const rows: { rate_date: string }[] = await manager.query(
          `INSERT INTO fx_rate (rate_date, currency, rate, source, imported_by, imported_at)
           SELECT d, c, r, 'ECB', $4, $5 FROM unnest($1::date[], $2::text[], $3::text[]) AS u (d, c, r)
           ON CONFLICT (rate_date, currency) DO UPDATE
              SET rate = EXCLUDED.rate, imported_by = EXCLUDED.imported_by,
                  imported_at = EXCLUDED.imported_at
            WHERE fx_rate.rate IS DISTINCT FROM EXCLUDED.rate
           RETURNING rate_date::text`,
          [
            batch.map((rate) => rate.date),
            batch.map((rate) => rate.currency),
            batch.map((rate) => rate.rate),
            importedBy,
            importedAt,
          ],
        );
        for (const row of rows) changed.add(row.rate_date);
      }
      const days = dailyRateSets(parsed.rates).filter((day) => changed.has(day.date));
      await addToOutbox(
        this.outbox,
        manager,
        days.map((day) =>
          announce(
            FxRatesPublished,
            {
              source: 'ECB',
              base: 'EUR',
              date: day.date,
              rates: day.rates.map(({ currency, rate }) => ({ currency, rate })),
            },
            day.date,
          ),
        ),
      );
      return {
        days: parsed.days,
        currencies: [...parsed.currencies],
        rates: parsed.rates.length,
        published: days.length,
        from: dates[0],
        to: dates[dates.length - 1],
      };
    });
  }
}
