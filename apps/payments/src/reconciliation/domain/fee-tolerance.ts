import { Money, formatAmount } from '@artbridge/money';
import { convert, createRateTable } from '../../fx-rates/domain/currency-conversion';
import { EcbRate } from '../../fx-rates/domain/ecb-rates.parser';
import { isIsoDate } from '../../shared/domain/iso-date';
import type { ReconciliationSettings } from './reconciliation.types';

/**
 * The REC-FEE cap in a payment's currency. The cap is set in EUR (50 EUR): as many major units of
 * every currency it would be 0.27 EUR in JPY and 140 EUR in KWD. It is converted at the ECB
 * reference rate of the booking date, or the latest in the days before it (weekends, TARGET
 * holidays), rounded down to the currency's minor unit: a conversion never raises a limit. A
 * currency without such a rate has no cap, and then no shortfall is written off automatically.
 */
export type FeeToleranceCap =
  | {
      readonly cap: Money;
      /** the rate it was converted at; absent in the cap's own currency */
      readonly rate?: EcbRate;
    }
  | { readonly cap?: undefined; readonly why: string };

/** The caps of one run of the cascade (an import, a manual match), by currency and booking date. */
export interface FeeToleranceCaps {
  capOn(currency: string, bookingDate: string | undefined): FeeToleranceCap;
}

/**
 * Caps from the ECB rates the caller read once for the run (those of the payments' currencies,
 * from `feeToleranceRateMaxAgeDays` before the earliest booking date to the latest). No rates: the
 * cap's own currency (EUR) only.
 */
export function feeToleranceCaps(
  rates: readonly EcbRate[],
  settings: Pick<ReconciliationSettings, 'feeToleranceCap' | 'feeToleranceRateMaxAgeDays'>,
): FeeToleranceCaps {
  const { feeToleranceCap: cap, feeToleranceRateMaxAgeDays: maxAgeDays } = settings;
  const table = createRateTable(rates, { maxAgeDays });
  const known = new Map<string, FeeToleranceCap>();
  const capText = `${formatAmount(cap)} ${cap.currency}`;
  return {
    capOn(currency, bookingDate) {
      if (currency === cap.currency) return { cap };
      if (bookingDate === undefined || !isIsoDate(bookingDate)) {
        return {
          why: `the payment has no booking date to take the ECB reference rate of, to convert the fee cap of ${capText} into ${currency}`,
        };
      }
      const key = `${currency} ${bookingDate}`;
      let found = known.get(key);
      if (!found) {
        const rate = table.rateOn(currency, bookingDate);
        found = rate
          ? {
              cap: convert(
                cap,
                currency,
                { date: rate.date, rates: new Map([[currency, rate]]) },
                'DOWN',
              ),
              rate,
            }
          : {
              why: `there is no ECB reference rate for ${currency} on ${bookingDate} or in the ${maxAgeDays} days before, to convert the fee cap of ${capText} into ${currency}`,
            };
        known.set(key, found);
      }
      return found;
    },
  };
}
