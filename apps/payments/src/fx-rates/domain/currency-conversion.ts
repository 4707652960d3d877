import { Money, currencyExponent } from '@artbridge/money';
import { dayNumber } from '../../shared/domain/iso-date';
import { EcbRate } from './ecb-rates.parser';

/**
 * Conversion between currencies through ECB euro reference rates (units per 1 EUR), in exact
 * rational arithmetic on bigints: the only rounding is the final one to the target currency's
 * minor unit.
 *
 * Rounding rule: HALF_UP by default, meaning half away from zero (0.5 cent -> 1 cent,
 * -0.5 -> -1). It is the commercial convention a buyer or customs officer reproduces with a
 * calculator, and the rule EU law prescribes for currency conversions (Council Regulation (EC)
 * No 1103/97, art. 5). HALF_EVEN (banker's rounding) is available for aggregate reporting, where
 * it avoids a systematic upward drift over many conversions. DOWN (towards zero) is for limits,
 * which a conversion must never raise (the REC-FEE cap).
 */
export type Rounding = 'HALF_UP' | 'HALF_EVEN' | 'DOWN';

const EURO = 'EUR';

export class FxRateUnavailableError extends Error {
  constructor(
    readonly currency: string,
    readonly date: string,
  ) {
    super(`no ECB reference rate for ${currency} on or shortly before ${date}`);
    this.name = 'FxRateUnavailableError';
  }
}

/** The rates that apply on one date, each with the date it was actually published for. */
export interface DayRates {
  readonly date: string;
  readonly rates: ReadonlyMap<string, EcbRate>;
}

export interface RateTable {
  /** The rate of that date, else of the latest earlier date within maxAgeDays; EUR is always 1. */
  rateOn(currency: string, date: string): EcbRate | undefined;
  /** Every currency's rate as rateOn gives it for that date. */
  ratesOn(date: string): DayRates;
  readonly currencies: readonly string[];
}

export interface RateTableOptions {
  /**
   * How many calendar days back a missing rate may be taken from. The ECB publishes nothing on
   * weekends and TARGET holidays (Easter: Thursday to Tuesday), so 10 covers every gap; a longer
   * gap means the currency is no longer quoted (RUB stops on 2022-03-01) and a rate years old
   * must not be used silently. Infinity disables the limit.
   */
  readonly maxAgeDays?: number;
}

const DEFAULT_MAX_AGE_DAYS = 10;

interface DatedRate {
  readonly day: number;
  readonly rate: EcbRate;
}

export function createRateTable(
  rates: readonly EcbRate[],
  options: RateTableOptions = {},
): RateTable {
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const byCurrency = new Map<string, DatedRate[]>();
  for (const rate of rates) {
    const day = dayNumber(rate.date);
    if (day === undefined) throw new RangeError(`rate dated '${rate.date}' is not a calendar date`);
    let series = byCurrency.get(rate.currency);
    if (!series) byCurrency.set(rate.currency, (series = []));
    series.push({ day, rate });
  }
  for (const series of byCurrency.values()) series.sort((a, b) => a.day - b.day);

  const rateOn = (currency: string, date: string): EcbRate | undefined => {
    const day = dayNumber(date);
    if (day === undefined) throw new RangeError(`'${date}' is not a calendar date (YYYY-MM-DD)`);
    if (currency === EURO) return { date, currency, rate: '1' };
    const series = byCurrency.get(currency);
    if (!series) return undefined;
    const found = latestAtOrBefore(series, day);
    return found && day - found.day <= maxAgeDays ? found.rate : undefined;
  };

  return {
    rateOn,
    ratesOn: (date) => {
      const rates = new Map<string, EcbRate>();
      for (const currency of [EURO, ...byCurrency.keys()]) {
        const rate = rateOn(currency, date);
        if (rate) rates.set(currency, rate);
      }
      return { date, rates };
    },
    currencies: [...byCurrency.keys()].sort(),
  };
}

/** Binary search in a series sorted by day. */
function latestAtOrBefore(series: readonly DatedRate[], day: number): DatedRate | undefined {
  let low = 0;
  let high = series.length - 1;
  let found: DatedRate | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (series[middle].day <= day) {
      found = series[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * amount in `from` / (from per EUR) * (to per EUR), as one fraction of bigints:
 *   minorTo = minorFrom * 10^expTo * toRate / (10^expFrom * fromRate)
 */
export function convert(
  amount: Money,
  toCurrency: string,
  rates: DayRates,
  rounding: Rounding = 'HALF_UP',
): Money {
  const fromExponent = currencyExponent(amount.currency);
  const toExponent = currencyExponent(toCurrency);
  if (amount.currency === toCurrency) return amount;

  const fromRate = exactRate(amount.currency, rates);
  const toRate = exactRate(toCurrency, rates);
  const numerator =
    amount.minor * 10n ** BigInt(toExponent) * toRate.digits * 10n ** BigInt(fromRate.scale);
  const denominator = 10n ** BigInt(fromExponent) * fromRate.digits * 10n ** BigInt(toRate.scale);
  return { minor: divideRounded(numerator, denominator, rounding), currency: toCurrency };
}

/** A decimal rate as digits / 10^scale, e.g. "1.1684" -> 11684 / 10^4. */
function exactRate(currency: string, rates: DayRates): { digits: bigint; scale: number } {
  const rate = rates.rates.get(currency)?.rate ?? (currency === EURO ? '1' : undefined);
  if (rate === undefined) throw new FxRateUnavailableError(currency, rates.date);
  const [whole, fraction = ''] = rate.split('.');
  const digits = BigInt(whole + fraction);
  if (digits <= 0n) throw new RangeError(`${currency} rate '${rate}' is not positive`);
  return { digits, scale: fraction.length };
}

/** numerator / denominator (denominator > 0) rounded to an integer by the given rule. */
export function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if (rounding === 'DOWN') return negative ? -quotient : quotient;
  const twiceRemainder = (magnitude % denominator) * 2n;
  if (twiceRemainder > denominator) {
    quotient += 1n;
  } else if (twiceRemainder === denominator) {
    if (rounding === 'HALF_UP' || quotient % 2n === 1n) quotient += 1n;
  }
  return negative ? -quotient : quotient;
}
