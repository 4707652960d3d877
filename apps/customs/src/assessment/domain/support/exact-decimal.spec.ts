import fc from 'fast-check';
import {
  compareRatios,
  decimal,
  divideRatios,
  divideRoundHalfUp,
  formatRatio,
  parseDecimal,
  percentOf,
  toMoneyRoundHalfUp,
} from './exact-decimal';

describe('exact decimals', () => {
  it('parses plain decimals only', () => {
    expect(parseDecimal('1.0860')).toEqual({ numerator: 10860n, denominator: 10000n });
    expect(parseDecimal('-3.5')).toEqual({ numerator: -35n, denominator: 10n });
    expect(parseDecimal('186')).toEqual({ numerator: 186n, denominator: 1n });
    for (const bad of ['', 'N/A', '1e5', '1,5', '.5', '1.', 'NaN'])
      expect(parseDecimal(bad)).toBeUndefined();
    expect(() => decimal('abc')).toThrow("'abc' is not a decimal number");
  });

  it.each([
    [5n, 10n, 1n], // 0.5 → 1
    [4n, 10n, 0n],
    [15n, 10n, 2n],
    [25n, 10n, 3n], // half up, not half even
    [-5n, 10n, -1n], // half away from zero on the magnitude
    [-4n, 10n, 0n],
    [0n, 7n, 0n],
  ])('rounds %p/%p half up to %p', (numerator, denominator, expected) => {
    expect(divideRoundHalfUp(numerator, denominator)).toBe(expected);
  });

  it('rounds to the minor unit of each currency', () => {
    const third = { numerator: 1000n, denominator: 3n };
    expect(toMoneyRoundHalfUp(third, 'EUR')).toEqual({ minor: 33333n, currency: 'EUR' });
    expect(toMoneyRoundHalfUp(third, 'JPY')).toEqual({ minor: 333n, currency: 'JPY' });
    expect(toMoneyRoundHalfUp(third, 'KWD')).toEqual({ minor: 333333n, currency: 'KWD' });
  });

  it('takes a percentage rounded half up: 13 % of CNY 50.50 is 6.565 → 6.57', () => {
    expect(percentOf({ minor: 5050n, currency: 'CNY' }, decimal('13'))).toEqual({
      minor: 657n,
      currency: 'CNY',
    });
    expect(percentOf({ minor: 12345n, currency: 'CNY' }, decimal('1'))).toEqual({
      minor: 123n,
      currency: 'CNY',
    });
    expect(percentOf({ minor: 10000n, currency: 'EUR' }, decimal('5.5'))).toEqual({
      minor: 550n,
      currency: 'EUR',
    });
  });

  it('compares and divides exactly', () => {
    expect(
      compareRatios(decimal('150000'), divideRatios(decimal('175260.00'), decimal('1.1684'))),
    ).toBe(0);
    expect(
      compareRatios(decimal('150000'), divideRatios(decimal('175259.99'), decimal('1.1684'))),
    ).toBe(1);
    expect(divideRatios(decimal('1'), decimal('-2'))).toEqual({ numerator: -1n, denominator: 2n });
    expect(() => divideRatios(decimal('1'), decimal('0'))).toThrow(RangeError);
    expect(formatRatio(decimal('2.345'), 2)).toBe('2.35');
    expect(formatRatio(decimal('-0.005'), 2)).toBe('-0.01');
  });

  it('percentOf equals an independent half-up computation for any amount and rate', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 100_000 }),
        (minor, basisPoints) => {
          // rate = basisPoints / 1000 percent → amount × basisPoints / 100000, half up by adding half the divisor
          const expected = (minor * BigInt(basisPoints) + 50_000n) / 100_000n;
          const rate = { numerator: BigInt(basisPoints), denominator: 1000n };
          expect(percentOf({ minor, currency: 'EUR' }, rate).minor).toBe(expected);
        },
      ),
    );
  });
});
