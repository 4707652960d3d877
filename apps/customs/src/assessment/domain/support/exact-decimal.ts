import { currencyExponent, type Money } from '@artbridge/money';

/**
 * An exact rational number. Thresholds, FX rates and percentages are compared and applied as
 * ratios of bigints so that no float ever decides a licence or a cent of duty.
 */
export interface Ratio {
  readonly numerator: bigint;
  /** Always > 0. */
  readonly denominator: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** "1.0860" → 10860/10000; undefined for anything that is not a plain decimal. */
export function parseDecimal(text: string): Ratio | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt(whole + fraction);
  return { numerator: sign ? -magnitude : magnitude, denominator: pow10(fraction.length) };
}

/** Like parseDecimal, for figures in the rule book, where a typo is a programming error. */
export function decimal(text: string): Ratio {
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(`'${text}' is not a decimal number`);
  return parsed;
}

const minorUnitScales = new Map<string, bigint>();

/** 10^exponent of a currency, looked up once per currency: it sits on the hot path of every item. */
function minorUnitScale(currency: string): bigint {
  let scale = minorUnitScales.get(currency);
  if (scale === undefined) {
    scale = pow10(currencyExponent(currency));
    minorUnitScales.set(currency, scale);
  }
  return scale;
}

export function ratioOfMoney(value: Money): Ratio {
  return { numerator: value.minor, denominator: minorUnitScale(value.currency) };
}

export function multiplyRatios(a: Ratio, b: Ratio): Ratio {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** a / b; b must not be zero. */
export function divideRatios(a: Ratio, b: Ratio): Ratio {
  if (b.numerator === 0n) throw new RangeError('division by zero');
  const negative = b.numerator < 0n;
  return {
    numerator: a.numerator * b.denominator * (negative ? -1n : 1n),
    denominator: a.denominator * (negative ? -b.numerator : b.numerator),
  };
}

export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Integer division rounding half away from zero ("half up" on the magnitude). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** Rounds a ratio half up to the minor unit of a currency. */
export function toMoneyRoundHalfUp(value: Ratio, currency: string): Money {
  const scale = minorUnitScale(currency);
  return { minor: divideRoundHalfUp(value.numerator * scale, value.denominator), currency };
}

/** `percent` % of `base`, rounded half up to the base currency's minor unit. */
export function percentOf(base: Money, percent: Ratio): Money {
  return {
    minor: divideRoundHalfUp(base.minor * percent.numerator, percent.denominator * 100n),
    currency: base.currency,
  };
}

/** Decimal text of a ratio with `decimals` places, rounded half up: for messages. */
export function formatRatio(value: Ratio, decimals: number): string {
  const scaled = divideRoundHalfUp(value.numerator * pow10(decimals), value.denominator);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? '.' + digits.slice(digits.length - decimals) : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
