import { isCurrencyCode } from '@artbridge/money';
import { EcbRate } from './ecb-rates.parser';

export interface DailyRateSet {
  readonly date: string;
  readonly rates: readonly { readonly currency: string; readonly rate: string }[];
}

/**
 * The parsed rates grouped by day, oldest first, as the FX-rates event carries them (one message
 * per day). Currencies that are no longer tender (CYP, EEK, HRK, LTL, LVL, MTL, ROL, SIT, SKK,
 * TRL in the ECB history) are left out: nothing can be invoiced in them, and the event's currency
 * check would refuse them. Days left with no rate are dropped.
 */
export function dailyRateSets(rates: readonly EcbRate[]): DailyRateSet[] {
  const byDate = new Map<string, { currency: string; rate: string }[]>();
  for (const { date, currency, rate } of rates) {
    if (!isCurrencyCode(currency)) continue;
    let day = byDate.get(date);
    if (!day) byDate.set(date, (day = []));
    day.push({ currency, rate });
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, dayRates]) => ({ date, rates: dayRates }));
}
