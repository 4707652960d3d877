import { formatAmount, MAX_AMOUNT_MINOR, type Money } from '@artbridge/money';
import type { CurrencyConversion, IsoDate } from '../model';
import { addDays } from './dates';
import {
  divideRatios,
  multiplyRatios,
  parseDecimal,
  ratioOfMoney,
  toMoneyRoundHalfUp,
  type Ratio,
} from './exact-decimal';

/** An ECB euro reference rate: units of the currency per 1 EUR, as the decimal string ECB publishes. */
export interface FxRate {
  readonly rate: string;
  /** The day the rate was published for. */
  readonly date: IsoDate;
}

/**
 * Where the engine reads rates. It may return the rate of exactly that day or the latest one at or
 * before it; the engine accepts either, and walks back day by day when there is none.
 */
export type FxRateLookup = (currency: string, date: IsoDate) => FxRate | undefined;

export interface FxPolicy {
  /** How far back "the previous business day with a rate" may be (weekends, TARGET holidays). */
  readonly maxLookBackDays: number;
}

export interface ResolvedRate {
  readonly currency: string;
  readonly rate: Ratio;
  readonly published: FxRate;
}

export interface MissingRate {
  readonly missing: true;
  readonly currency: string;
  readonly reason: string;
}

/** An exact amount in the target currency, not rounded, with the rates it came from. */
export interface ExactConversion {
  readonly missing?: undefined;
  readonly value: Ratio;
  readonly conversion?: CurrencyConversion;
}

export interface FxConverter {
  rateOf(currency: string): ResolvedRate | MissingRate;
  /**
   * value × rate(target) / rate(source), exact; EUR has rate 1. A result no real rate gives
   * (see implausibleConversion) is a missing rate, as none published.
   */
  convert(value: Money, targetCurrency: string): ExactConversion | MissingRate;
}

const EUR_RATE: Ratio = { numerator: 1n, denominator: 1n };

/** One converter per assessment: rates are looked up once per currency. */
export function createFxConverter(
  lookup: FxRateLookup,
  declarationDate: IsoDate,
  policy: FxPolicy,
): FxConverter {
  const cache = new Map<string, ResolvedRate | MissingRate>();

  function rateOf(currency: string): ResolvedRate | MissingRate {
    let resolved = cache.get(currency);
    if (!resolved) {
      resolved = resolveRate(lookup, currency, declarationDate, policy);
      cache.set(currency, resolved);
    }
    return resolved;
  }

  function convert(value: Money, targetCurrency: string): ExactConversion | MissingRate {
    if (value.currency === targetCurrency) return { value: ratioOfMoney(value) };
    const source = value.currency === 'EUR' ? undefined : rateOf(value.currency);
    const target = targetCurrency === 'EUR' ? undefined : rateOf(targetCurrency);
    if (source && 'missing' in source) return source;
    if (target && 'missing' in target) return target;
    const inEur = divideRatios(ratioOfMoney(value), source?.rate ?? EUR_RATE);
    const converted = multiplyRatios(inEur, target?.rate ?? EUR_RATE);
    const rates = [source, target]
      .filter((rate): rate is ResolvedRate => rate !== undefined)
      .map((rate) => ({
        currency: rate.currency,
        rate: rate.published.rate,
        date: rate.published.date,
      }));
    const conversion = { from: value, rates };
    const implausible = implausibleConversion(converted, targetCurrency, conversion);
    if (implausible) {
      const currency = (source ?? target)!.currency;
      return { missing: true, currency, reason: implausible };
    }
    return { value: converted, conversion };
  }

  return { rateOf, convert };
}

const moneyText = (minor: bigint, currency: string) =>
  `${currency} ${formatAmount({ minor, currency })}`;

/**
 * Why a conversion is one no real rate gives, if it is: its result, rounded to the target's minor
 * unit, beyond the most an amount may be (MAX_AMOUNT_MINOR, what every service stores: such a
 * customs value failed the declaration's insert, retried until dead-lettered), or a value that is
 * not nothing coming to nothing (a customs value of 0.00 that cleared a work duty-free and below
 * every licence threshold). The rates are then as good as missing: an officer values the item.
 */
function implausibleConversion(
  converted: Ratio,
  targetCurrency: string,
  { from, rates }: CurrencyConversion,
): string | undefined {
  const minor = toMoneyRoundHalfUp(converted, targetCurrency).minor;
  const magnitude = minor < 0n ? -minor : minor;
  const beyondBound = magnitude > MAX_AMOUNT_MINOR;
  if (!beyondBound && (magnitude !== 0n || from.minor === 0n)) return undefined;
  const result = beyondBound
    ? `more than ${moneyText(MAX_AMOUNT_MINOR, targetCurrency)} (the most an amount may be)`
    : `${moneyText(0n, targetCurrency)} (less than half its minor unit)`;
  const rateText = rates
    .map(({ currency, rate, date }) => `${currency} ${rate} per EUR of ${date}`)
    .join(', ');
  const plural = rates.length > 1 ? 's' : '';
  return `${moneyText(from.minor, from.currency)} at the ECB reference rate${plural} ${rateText} comes to ${result}, which no real rate gives`;
}

function resolveRate(
  lookup: FxRateLookup,
  currency: string,
  declarationDate: IsoDate,
  policy: FxPolicy,
): ResolvedRate | MissingRate {
  for (let daysBack = 0; daysBack <= policy.maxLookBackDays; daysBack++) {
    const day = daysBack === 0 ? declarationDate : addDays(declarationDate, -daysBack);
    const published = lookup(currency, day);
    // A lookup that answers with a later day's rate must not be used; one older than the window is stale.
    if (!published || published.date > declarationDate) continue;
    if (
      published.date !== day &&
      published.date < addDays(declarationDate, -policy.maxLookBackDays)
    )
      break;
    const rate = parseDecimal(published.rate);
    if (!rate || rate.numerator <= 0n) {
      return {
        missing: true,
        currency,
        reason: `the ${currency} rate of ${published.date} is not a positive decimal ('${published.rate}')`,
      };
    }
    return { currency, rate, published };
  }
  return {
    missing: true,
    currency,
    reason: `no ECB reference rate for ${currency} on ${declarationDate} or in the ${policy.maxLookBackDays} days before`,
  };
}
