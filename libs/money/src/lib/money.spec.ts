import fc from 'fast-check';
const oneCurrencyPerExponent = ['JPY', 'EUR', 'KWD', 'CLF'];
import { currencyExponent, isCurrencyCode } from './currency';
import { formatAmount, MAX_AMOUNT_MINOR, parseMoney } from './money';

describe('currency exponents (ISO 4217)', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['EUR', 2],
    ['CNY', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (code, digits) => {
    expect(currencyExponent(code)).toBe(digits);
  });

  it('refuses codes that are not tender', () => {
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(isCurrencyCode('ABC')).toBe(false);
    expect(isCurrencyCode('eur')).toBe(false);
  });
});

describe('parseMoney', () => {
  it('reads decimal strings into minor units', () => {
    expect(parseMoney('1250000.00', 'CNY')).toEqual({ minor: 125000000n, currency: 'CNY' });
    expect(parseMoney('1500', 'JPY')).toEqual({ minor: 1500n, currency: 'JPY' });
    expect(parseMoney('0.5', 'EUR')).toEqual({ minor: 50n, currency: 'EUR' });
    expect(parseMoney('-3.125', 'KWD')).toEqual({ minor: -3125n, currency: 'KWD' });
  });

  it('refuses more decimals than the currency has', () => {
    expect(() => parseMoney('10.001', 'EUR')).toThrow('has 3 decimals but EUR has 2');
    expect(() => parseMoney('1.5', 'JPY')).toThrow('JPY has 0');
  });

  it('refuses what is not a decimal', () => {
    for (const bad of ['', '1e5', '1,5', ' 1', '1.', '.5', 'NaN', '0x10']) {
      expect(() => parseMoney(bad, 'EUR')).toThrow('is not a decimal amount');
    }
  });

  it('refuses an amount no bigint column holds, either way', () => {
    expect(parseMoney('92233720368547758.07', 'EUR').minor).toBe(MAX_AMOUNT_MINOR);
    expect(parseMoney('-92233720368547758.07', 'EUR').minor).toBe(-MAX_AMOUNT_MINOR);
    for (const large of ['92233720368547758.08', '-99999999999999999.00', '9'.repeat(40)]) {
      expect(() => parseMoney(large, 'EUR')).toThrow(
        `'${large}' is too large: EUR amounts go up to 92233720368547758.07`,
      );
    }
    expect(() => parseMoney('9223372036854775808', 'JPY')).toThrow('up to 9223372036854775807');
  });

  it('parse(format(m)) is the identity for every exponent', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -MAX_AMOUNT_MINOR, max: MAX_AMOUNT_MINOR }),
        fc.constantFrom(...oneCurrencyPerExponent),
        (minor, currency) => {
          const value = { minor, currency };
          expect(parseMoney(formatAmount(value), currency)).toEqual(value);
        },
      ),
    );
  });
});
