import currencyCodes from 'currency-codes';

// ISO 4217 lists units that are not money one can invoice in: precious metals, bond-market
// units, SDR, the testing and "no currency" codes. currency-codes reports a digit count for
// them, but an invoice in ounces of gold is a mistake, not a payment.
const NOT_TENDER = new Set([
  'XAU',
  'XAG',
  'XPD',
  'XPT',
  'XBA',
  'XBB',
  'XBC',
  'XBD',
  'XDR',
  'XSU',
  'XUA',
  'XTS',
  'XXX',
]);

export class UnknownCurrencyError extends Error {
  constructor(readonly currency: string) {
    super(`unknown currency '${currency}': expected an ISO 4217 code such as EUR, CNY, JPY`);
    this.name = 'UnknownCurrencyError';
  }
}

export function isCurrencyCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    /^[A-Z]{3}$/.test(code) &&
    !NOT_TENDER.has(code) &&
    currencyCodes.code(code) !== undefined
  );
}

// currency-codes looks codes up by a linear search; money is formatted on every hot path.
const exponents = new Map<string, number>();

/** Number of decimals of a currency's minor unit (ISO 4217 exponent): JPY 0, EUR 2, KWD 3, CLF 4. */
export function currencyExponent(code: string): number {
  let exponent = exponents.get(code);
  if (exponent === undefined) {
    if (!isCurrencyCode(code)) throw new UnknownCurrencyError(code);
    exponent = currencyCodes.code(code)!.digits;
    exponents.set(code, exponent);
  }
  return exponent;
}
