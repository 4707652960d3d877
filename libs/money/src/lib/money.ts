import { currencyExponent } from './currency';

/** An exact amount: an integer count of the currency's minor units. Never a float. */
export interface Money {
  readonly minor: bigint;
  readonly currency: string;
}

export class MoneyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyFormatError';
  }
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * The most minor units an amount may have, either way: what a PostgreSQL bigint holds, the column
 * every service keeps amounts in (92233720368547758.07 EUR). A larger one was parsed, then failed
 * at the insert.
 */
export const MAX_AMOUNT_MINOR = 2n ** 63n - 1n;

export function money(minor: bigint, currency: string): Money {
  currencyExponent(currency); // rejects unknown codes
  return { minor, currency };
}

/**
 * Parses a decimal string ("1250000.00", "15", "-3.5") in the given currency. More decimals than
 * the currency has is an error, not a rounding: "10.001 EUR" is refused; so is an amount beyond
 * MAX_AMOUNT_MINOR.
 */
export function parseMoney(amount: string, currency: string): Money {
  const exponent = currencyExponent(currency);
  const match = DECIMAL.exec(amount);
  if (!match) throw new MoneyFormatError(`'${amount}' is not a decimal amount`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new MoneyFormatError(
      `'${amount}' has ${fraction.length} decimals but ${currency} has ${exponent}`,
    );
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  if (minor > MAX_AMOUNT_MINOR) {
    const most = formatAmount({ minor: MAX_AMOUNT_MINOR, currency });
    throw new MoneyFormatError(`'${amount}' is too large: ${currency} amounts go up to ${most}`);
  }
  return { minor: sign ? -minor : minor, currency };
}

/** Formats with exactly the currency's number of decimals: 1250000.00 EUR, 1500 JPY. */
export function formatAmount(value: Money): string {
  const exponent = currencyExponent(value.currency);
  const negative = value.minor < 0n;
  const digits = (negative ? -value.minor : value.minor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? '.' + fraction : ''}`;
}

export function toMoneyJson(value: Money): { amount: string; currency: string } {
  return { amount: formatAmount(value), currency: value.currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyFormatError(`cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor + b.minor, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor - b.minor, currency: a.currency };
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}
