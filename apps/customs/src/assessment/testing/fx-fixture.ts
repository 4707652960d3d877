import type { FxRate, FxRateLookup } from '../domain';

/**
 * A small fixed table of ECB-style reference rates (units per 1 EUR) for tests and benchmarks.
 * 2026-04-11/12 is a weekend with no rates; nothing is published before 2026-04-01.
 */
export const FIXTURE_RATES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '2026-04-01': {
    USD: '1.0800',
    GBP: '0.8400',
    CNY: '7.8000',
    JPY: '160',
    CHF: '0.9500',
    SGD: '1.4500',
  },
  '2026-04-10': {
    USD: '1.1711',
    GBP: '0.87105',
    CNY: '7.9967',
    JPY: '186.43',
    CHF: '0.9241',
    SGD: '1.4919',
    DKK: '7.4727',
    SEK: '10.836',
    PLN: '4.2435',
    CZK: '24.365',
    HUF: '377.2',
    RON: '5.0915',
  },
  '2026-04-13': {
    USD: '1.1684',
    GBP: '0.87058',
    CNY: '7.9827',
    JPY: '186.75',
    CHF: '0.9242',
    SGD: '1.4912',
    DKK: '7.4727',
    SEK: '10.892',
    PLN: '4.2543',
    CZK: '24.378',
    HUF: '366.9',
    RON: '5.092',
  },
};

/** Exact-day lookup: the engine walks back to the previous business day itself. */
export const fixtureFx: FxRateLookup = (currency, date) => {
  const rate = FIXTURE_RATES[date]?.[currency];
  return rate === undefined ? undefined : { rate, date };
};

/** "At or before" lookup, the other contract a rate store may offer. */
export const fixtureFxAtOrBefore: FxRateLookup = (currency, date): FxRate | undefined => {
  const day = Object.keys(FIXTURE_RATES)
    .filter((candidate) => candidate <= date && FIXTURE_RATES[candidate][currency] !== undefined)
    .sort()
    .pop();
  return day === undefined ? undefined : { rate: FIXTURE_RATES[day][currency], date: day };
};

export const noFx: FxRateLookup = () => undefined;
