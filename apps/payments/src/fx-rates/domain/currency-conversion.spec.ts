import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { sampleDataDirectory } from '../../testing/sample-data';
import {
  DayRates,
  FxRateUnavailableError,
  convert,
  createRateTable,
  divideRounded,
} from './currency-conversion';
import { EcbRate, parseEcbRates } from './ecb-rates.parser';

const RATES: EcbRate[] = [
  { date: '2026-04-02', currency: 'USD', rate: '1.1525' },
  { date: '2026-04-07', currency: 'USD', rate: '1.1557' },
  { date: '2026-04-13', currency: 'USD', rate: '1.1684' },
  { date: '2026-04-13', currency: 'JPY', rate: '186.75' },
  { date: '2026-04-13', currency: 'KWD', rate: '0.3589' },
  { date: '2026-04-13', currency: 'CNY', rate: '7.9827' },
  { date: '2022-03-01', currency: 'RUB', rate: '117.201' },
];

const table = createRateTable(RATES);
const on13April = table.ratesOn('2026-04-13');

describe('rateOn', () => {
  it('takes the rate of the day, else of the latest earlier day (Easter 2026 had none from 3 to 6 April)', () => {
    expect(table.rateOn('USD', '2026-04-13')?.rate).toBe('1.1684');
    expect(table.rateOn('USD', '2026-04-05')).toEqual({
      date: '2026-04-02',
      currency: 'USD',
      rate: '1.1525',
    });
    expect(table.rateOn('USD', '2026-04-12')?.date).toBe('2026-04-07');
    expect(table.rateOn('USD', '2026-04-01')).toBeUndefined();
  });

  it('does not reach back further than the allowed age (RUB is no longer quoted)', () => {
    expect(table.rateOn('RUB', '2026-04-13')).toBeUndefined();
    expect(createRateTable(RATES, { maxAgeDays: Infinity }).rateOn('RUB', '2026-04-13')?.rate).toBe(
      '117.201',
    );
  });

  it('knows EUR is 1 and nothing about unknown currencies', () => {
    expect(table.rateOn('EUR', '1999-01-01')).toEqual({
      date: '1999-01-01',
      currency: 'EUR',
      rate: '1',
    });
    expect(table.rateOn('CHF', '2026-04-13')).toBeUndefined();
    expect(() => table.rateOn('USD', '13/04/2026')).toThrow('not a calendar date');
  });
});

describe('convert', () => {
  it('converts from and to the euro exactly', () => {
    // 1000.00 EUR * 1.1684 = 1168.40 USD
    expect(convert({ minor: 100000n, currency: 'EUR' }, 'USD', on13April)).toEqual({
      minor: 116840n,
      currency: 'USD',
    });
    // 1168.40 USD / 1.1684 = 1000.00 EUR
    expect(convert({ minor: 116840n, currency: 'USD' }, 'EUR', on13April)).toEqual({
      minor: 100000n,
      currency: 'EUR',
    });
  });

  it('crosses through the euro and respects each exponent', () => {
    // 100 USD -> JPY: 100 / 1.1684 * 186.75 = 15983.39...
    expect(convert({ minor: 10000n, currency: 'USD' }, 'JPY', on13April)).toEqual({
      minor: 15983n,
      currency: 'JPY',
    });
    // 15983 JPY -> KWD: 15983 / 186.75 * 0.3589 = 30.71645...
    expect(convert({ minor: 15983n, currency: 'JPY' }, 'KWD', on13April)).toEqual({
      minor: 30716n,
      currency: 'KWD',
    });
  });

  it('rounds half away from zero by default, half to even on request', () => {
    const halfCent: DayRates = {
      date: '2026-04-13',
      rates: new Map([['USD', { date: '2026-04-13', currency: 'USD', rate: '1.5' }]]),
    };
    // 0.01 EUR * 1.5 = 0.015 USD
    expect(convert({ minor: 1n, currency: 'EUR' }, 'USD', halfCent).minor).toBe(2n);
    expect(convert({ minor: -1n, currency: 'EUR' }, 'USD', halfCent).minor).toBe(-2n);
    expect(convert({ minor: 1n, currency: 'EUR' }, 'USD', halfCent, 'HALF_EVEN').minor).toBe(2n);
    // 0.03 EUR * 1.5 = 0.045 USD
    expect(convert({ minor: 3n, currency: 'EUR' }, 'USD', halfCent).minor).toBe(5n);
    expect(convert({ minor: 3n, currency: 'EUR' }, 'USD', halfCent, 'HALF_EVEN').minor).toBe(4n);
    // down, towards zero: a limit converted never grows
    expect(convert({ minor: 3n, currency: 'EUR' }, 'USD', halfCent, 'DOWN').minor).toBe(4n);
    expect(convert({ minor: -3n, currency: 'EUR' }, 'USD', halfCent, 'DOWN').minor).toBe(-4n);
  });

  it('returns the amount unchanged in its own currency, refuses missing rates', () => {
    const amount = { minor: 123n, currency: 'CNY' };
    expect(convert(amount, 'CNY', on13April)).toBe(amount);
    expect(() => convert(amount, 'CHF', on13April)).toThrow(FxRateUnavailableError);
    expect(() => convert(amount, 'XAU', on13April)).toThrow('unknown currency');
  });

  it('divideRounded agrees with exact rounding of the true quotient (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        (n, d) => {
          for (const rounding of ['HALF_UP', 'HALF_EVEN'] as const) {
            const q = divideRounded(n, d, rounding);
            // |n - q*d| <= d/2, i.e. q is a nearest integer
            const error = n - q * d;
            expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
            if (2n * (error < 0n ? -error : error) === d) {
              const magnitude = (value: bigint): bigint => (value < 0n ? -value : value);
              if (rounding === 'HALF_EVEN') expect(q % 2n).toBe(0n);
              else expect(magnitude(q) * d > magnitude(n)).toBe(true); // away from zero
            }
          }
        },
      ),
    );
  });

  it('converts with the real ECB history on a date without rates', () => {
    const sample = sampleDataDirectory('ecb');
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    const history = createRateTable(
      parseEcbRates(
        readFileSync(join(sample.directory, 'eurofxref-hist.csv'), 'utf8'),
        new Date().toISOString().slice(0, 10),
      ).rates,
    );
    // Saturday 2026-04-11: Friday's rates, CNY 7.9967 and USD 1.1711
    const weekend = history.ratesOn('2026-04-11');
    expect(weekend.rates.get('CNY')).toEqual({
      date: '2026-04-10',
      currency: 'CNY',
      rate: '7.9967',
    });
    // 1,250,000.00 CNY -> EUR: 1250000 / 7.9967 = 156314.48...
    expect(convert({ minor: 125000000n, currency: 'CNY' }, 'EUR', weekend)).toEqual({
      minor: 15631448n,
      currency: 'EUR',
    });
  });
});
