import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleDataDirectory } from '../../testing/sample-data';
import { dailyRateSets } from './daily-rate-sets';
import { EcbRatesFormatError, parseEcbRates } from './ecb-rates.parser';

const SINGLE_DAY = `Date, USD, JPY, GBP, KWD, \n13 April 2026, 1.1684, 186.75, 0.87058, N/A, \n`;
const HISTORY = [
  'Date,USD,JPY,CYP,RUB,',
  '2026-04-13,1.1684,186.75,N/A,N/A,',
  '2026-04-10,1.1711,186.43,N/A,N/A,',
  '2008-01-02,1.4700,163.50,0.585274,N/A,',
  '',
].join('\n');

function expectEcbError(csv: string, line: number | undefined, message: string): void {
  let caught: unknown;
  try {
    parseEcbRates(csv);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EcbRatesFormatError);
  expect((caught as EcbRatesFormatError).line).toBe(line);
  expect((caught as EcbRatesFormatError).message).toContain(message);
}

describe('ECB reference-rate CSV parser', () => {
  const sample = sampleDataDirectory('ecb');

  it('reads the real single-day file (eurofxref.csv)', () => {
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    const parsed = parseEcbRates(readFileSync(join(sample.directory, 'eurofxref.csv'), 'utf8'));
    expect(parsed.days).toBe(1);
    expect(parsed.currencies).toHaveLength(29);
    expect(parsed.rates).toHaveLength(29);
    expect(parsed.rates[0]).toEqual({ date: '2026-04-13', currency: 'USD', rate: '1.1684' });
    // written "366.90" in this layout; the trailing zero is notation, not precision
    expect(parsed.rates.find((r) => r.currency === 'HUF')?.rate).toBe('366.9');
    expect(parsed.rates.find((r) => r.currency === 'IDR')?.rate).toBe('20082.05');
  });

  it('reads the real history file (eurofxref-hist.csv): every day, N/A skipped, legacy currencies kept', () => {
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    const parsed = parseEcbRates(
      readFileSync(join(sample.directory, 'eurofxref-hist.csv'), 'utf8'),
    );
    expect(parsed.days).toBe(6983);
    expect(parsed.currencies).toHaveLength(41);
    expect(parsed.currencies).toEqual(
      expect.arrayContaining(['CYP', 'ROL', 'TRL', 'RUB', 'HRK', 'BGN']),
    );
    const on = (date: string, currency: string): string | undefined =>
      parsed.rates.find((r) => r.date === date && r.currency === currency)?.rate;
    expect(on('2026-04-13', 'USD')).toBe('1.1684');
    expect(on('1999-01-04', 'USD')).toBe('1.1789');
    expect(on('1999-01-04', 'ROL')).toBe('13111');
    expect(on('2026-04-13', 'RUB')).toBeUndefined(); // N/A since 2022-03-02
    expect(on('2022-03-01', 'RUB')).toBe('117.201');
    // the two layouts agree on the day they share
    const singleDay = parseEcbRates(readFileSync(join(sample.directory, 'eurofxref.csv'), 'utf8'));
    for (const rate of singleDay.rates) expect(on(rate.date, rate.currency)).toBe(rate.rate);
  });

  it('reads the single-day layout: spaces after commas, long date, trailing comma', () => {
    expect(parseEcbRates(SINGLE_DAY)).toEqual({
      days: 1,
      currencies: ['GBP', 'JPY', 'USD'],
      rates: [
        { date: '2026-04-13', currency: 'USD', rate: '1.1684' },
        { date: '2026-04-13', currency: 'JPY', rate: '186.75' },
        { date: '2026-04-13', currency: 'GBP', rate: '0.87058' },
      ],
    });
  });

  it('reads the history layout and canonicalises rates without changing them', () => {
    const parsed = parseEcbRates(HISTORY);
    expect(parsed.days).toBe(3);
    expect(parsed.currencies).toEqual(['CYP', 'JPY', 'USD']);
    expect(parsed.rates.filter((r) => r.date === '2008-01-02')).toEqual([
      { date: '2008-01-02', currency: 'USD', rate: '1.47' },
      { date: '2008-01-02', currency: 'JPY', rate: '163.5' },
      { date: '2008-01-02', currency: 'CYP', rate: '0.585274' },
    ]);
  });

  it('accepts ISO dates in the single-day layout and a file without trailing commas', () => {
    expect(parseEcbRates('Date,USD\n2026-04-13,1.1684\n').rates).toEqual([
      { date: '2026-04-13', currency: 'USD', rate: '1.1684' },
    ]);
  });

  it('groups rates by day for publishing, oldest first, without currencies no longer tender', () => {
    expect(dailyRateSets(parseEcbRates(HISTORY).rates)).toEqual([
      {
        date: '2008-01-02',
        rates: [
          { currency: 'USD', rate: '1.47' },
          { currency: 'JPY', rate: '163.5' },
        ],
      },
      {
        date: '2026-04-10',
        rates: [
          { currency: 'USD', rate: '1.1711' },
          { currency: 'JPY', rate: '186.43' },
        ],
      },
      {
        date: '2026-04-13',
        rates: [
          { currency: 'USD', rate: '1.1684' },
          { currency: 'JPY', rate: '186.75' },
        ],
      },
    ]);
  });

  it('refuses what is not an ECB rate file, naming the line', () => {
    expectEcbError('', undefined, 'the file is empty');
    expectEcbError('Day,USD,\n', 1, 'must start with Date');
    expectEcbError('Date,US Dollar,\n', 1, "'US Dollar' in the header is not a currency code");
    expectEcbError('Date,USD,\n', 1, 'no rates');
    expectEcbError(
      'Date,USD,JPY,\n2026-04-13,1.1,186,\n2026-04-10,1.1,\n',
      3,
      'expected 3 columns',
    );
    expectEcbError(
      'Date,USD,\n2026-04-13,1.1,\n31 Smarch 2026,1.1,\n',
      3,
      "'31 Smarch 2026' is not a date",
    );
    expectEcbError('Date,USD,\n2026-04-13,1.1e0,\n', 2, "USD rate '1.1e0' is not a decimal number");
    expectEcbError('Date,USD,\n2026-04-13,-1.1,\n', 2, 'is not a decimal number');
    expectEcbError('Date,USD,\n2026-04-13,0.000,\n', 2, 'USD rate is zero');
    expectEcbError(
      'Date,USD,\n2026-04-13,1.1,\n2026-04-13,1.2,\n',
      3,
      'date 2026-04-13 appears twice',
    );
    expectEcbError('Date,USD,USD,\n', 1, 'USD appears twice');
  });
});
