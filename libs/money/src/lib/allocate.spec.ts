import fc from 'fast-check';
import { allocate } from './allocate';
import { Money } from './money';

const eur = (minor: bigint): Money => ({ minor, currency: 'EUR' });
const minors = (parts: Money[]): bigint[] => parts.map((part) => part.minor);
const sum = (parts: Money[]): bigint => parts.reduce((total, part) => total + part.minor, 0n);

describe('allocate', () => {
  it('splits 100.00 in thirds, the extra cent going to the first part', () => {
    expect(minors(allocate(eur(10000n), [1, 1, 1]))).toEqual([3334n, 3333n, 3333n]);
  });

  it('gives the left-over unit to the part with the largest cut-off fraction', () => {
    // exact shares of 0.05 by 3:7 are 1.5 and 3.5 -> tie on the fraction, earlier part wins
    expect(minors(allocate(eur(5n), [3n, 7n]))).toEqual([2n, 3n]);
    // exact shares of 0.10 by 1:2:3 are 1.67, 3.33, 5 -> the 0.67 fraction gets the unit
    expect(minors(allocate(eur(10n), [1, 2, 3]))).toEqual([2n, 3n, 5n]);
  });

  it('never gives anything to a zero ratio', () => {
    expect(minors(allocate(eur(1n), [0, 1, 0]))).toEqual([0n, 1n, 0n]);
  });

  it('splits negative amounts symmetrically', () => {
    expect(minors(allocate(eur(-10000n), [1, 1, 1]))).toEqual([-3334n, -3333n, -3333n]);
  });

  it('keeps the currency, including zero-decimal ones', () => {
    expect(allocate({ minor: 1001n, currency: 'JPY' }, [1, 1])).toEqual([
      { minor: 501n, currency: 'JPY' },
      { minor: 500n, currency: 'JPY' },
    ]);
  });

  it('refuses ratios that are not whole, negative, empty or all zero', () => {
    expect(() => allocate(eur(100n), [0.5, 0.5])).toThrow('ratios must be whole numbers');
    expect(() => allocate(eur(100n), [1, -1])).toThrow('negative');
    expect(() => allocate(eur(100n), [])).toThrow('zero parts');
    expect(() => allocate(eur(100n), [0n, 0n])).toThrow('sum to zero');
  });

  it('loses nothing and keeps each part within one unit of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 12 }),
        (minor, ratios) => {
          fc.pre(ratios.some((ratio) => ratio > 0n));
          const parts = allocate(eur(minor), ratios);
          const total = ratios.reduce((a, b) => a + b, 0n);
          expect(parts).toHaveLength(ratios.length);
          expect(sum(parts)).toBe(minor);
          parts.forEach((part, index) => {
            const exactTimesTotal = minor * ratios[index];
            const error = part.minor * total - exactTimesTotal;
            expect(error < total && error > -total).toBe(true);
            if (ratios[index] === 0n) expect(part.minor).toBe(0n);
            expect(part.currency).toBe('EUR');
          });
          expect(allocate(eur(minor), ratios)).toEqual(parts);
        },
      ),
    );
  });
});
