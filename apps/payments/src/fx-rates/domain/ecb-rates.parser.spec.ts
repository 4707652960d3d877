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
/** The day the inline files are read on: the day after their newest rates. */
const TODAY = '2026-04-14';
/** The real files are read on the real date: they end on a day already past. */
const REAL_TODAY = new Date().toISOString().slice(0, 10);

function expectEcbError(
  csv: string,
  line: number | undefined,
  message: string,
  today = TODAY,
): void {
  let caught: unknown;
  try {
    parseEcbRates(csv, today);
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
    const parsed = parseEcbRates(
      readFileSync(join(sample.directory, 'eurofxref.csv'), 'utf8'),
      REAL_TODAY,
    );
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
      REAL_TODAY,
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
    const singleDay = parseEcbRates(
      readFileSync(join(sample.directory, 'eurofxref.csv'), 'utf8'),
      REAL_TODAY,
    );
    for (const rate of singleDay.rates) expect(on(rate.date, rate.currency)).toBe(rate.rate);
  });

  it('reads the single-day layout: spaces after commas, long date, trailing comma', () => {
    expect(parseEcbRates(SINGLE_DAY, TODAY)).toEqual({
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
    const parsed = parseEcbRates(HISTORY, TODAY);
    expect(parsed.days).toBe(3);
    expect(parsed.currencies).toEqual(['CYP', 'JPY', 'USD']);
    expect(parsed.rates.filter((r) => r.date === '2008-01-02')).toEqual([
      { date: '2008-01-02', currency: 'USD', rate: '1.47' },
      { date: '2008-01-02', currency: 'JPY', rate: '163.5' },
      { date: '2008-01-02', currency: 'CYP', rate: '0.585274' },
    ]);
  });

  it('accepts ISO dates in the single-day layout and a file without trailing commas', () => {
    expect(parseEcbRates('Date,USD\n2026-04-13,1.1684\n', TODAY).rates).toEqual([
      { date: '2026-04-13', currency: 'USD', rate: '1.1684' },
    ]);
  });

  it('groups rates by day for publishing, oldest first, without currencies no longer tender', () => {
    expect(dailyRateSets(parseEcbRates(HISTORY, TODAY).rates)).toEqual([
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

  it('refuses rates that cannot be units per 1 EUR, naming the line and currency', () => {
    // 0.<300 zeros>1 and 400 nines: customs would convert declared values with them
    expectEcbError(
      `Date,USD,JPY,\n2026-04-13,1.1684,0.${'0'.repeat(300)}1,\n`,
      2,
      'JPY rate 0.0000000000...00000001 (303 characters) is below 0.000001 per EUR',
    );
    expectEcbError(
      `Date,USD,\n2026-04-13,1.1,\n2026-04-10,${'9'.repeat(400)},\n`,
      3,
      'USD rate 999999999999...99999999 (400 characters) has 400 significant digits, more than 10',
    );
    expectEcbError(
      'Date,IDR,\n2026-04-13,10000000.01,\n',
      2,
      'IDR rate 10000000.01 is above 10000000',
    );
    expectEcbError('Date,USD,\n2026-04-13,0.0000009,\n', 2, 'USD rate 0.0000009 is below 0.000001');
    expectEcbError('Date,USD,\n2026-04-13,1.23456789012,\n', 2, 'has 12 significant digits');
    // the bounds themselves, and trailing zeros that are notation, not digits
    expect(
      parseEcbRates(
        'Date,USD,IDR,GBP,\n2026-04-13,0.000001,10000000.000,1.234567890000,\n',
        TODAY,
      ).rates.map((r) => r.rate),
    ).toEqual(['0.000001', '10000000', '1.23456789']);
  });

  it('refuses an EUR column and codes that are not ISO 4217 currencies; keeps withdrawn ones', () => {
    expectEcbError('Date,EUR,\n2026-12-01,2,\n', 1, 'EUR in the header', '2026-12-08');
    expectEcbError('Date,USD,ZZZ,\n2026-04-13,1.1,2,\n', 1, 'ZZZ in the header is not an ISO 4217');
    // ISO 4217 units that are not money: gold, the SDR, the test code
    expectEcbError('Date,XAU,\n2026-04-13,0.0003,\n', 1, 'XAU in the header is not an ISO 4217');
    expectEcbError('Date,XDR,\n2026-04-13,0.8,\n', 1, 'XDR in the header is not an ISO 4217');
    expectEcbError('Date,XTS,\n2026-04-13,1,\n', 1, 'XTS in the header is not an ISO 4217');
    // currencies the euro or a redenomination replaced, as the ECB history carries them
    const withdrawn = parseEcbRates(
      'Date,CYP,EEK,HRK,LTL,LVL,MTL,ROL,SIT,SKK,TRL,\n' +
        '2004-12-31,0.5823,15.6466,7.65,3.4528,0.7094,0.4306,39390,239.76,38.745,1836200,\n',
      TODAY,
    );
    expect(withdrawn.currencies).toHaveLength(10);
  });

  it('refuses a day after today (UTC) or before the euro; today itself is read', () => {
    expectEcbError(
      'Date,USD,\n2026-04-15,1.1,\n',
      2,
      'date 2026-04-15 is after today (2026-04-14)',
    );
    expectEcbError('Date,USD,\n9999-12-31,1.1,\n', 2, 'date 9999-12-31 is after today');
    expectEcbError('Date,USD,\n15 April 2026,1.1,\n', 2, 'date 2026-04-15 is after today');
    // a 30,000-day file running to 2032: refused at its first (newest) day
    const days = Array.from({ length: 30_000 }, (_, index) =>
      new Date(Date.UTC(2032, 0, 1) - index * 86_400_000).toISOString().slice(0, 10),
    );
    expectEcbError(
      `Date,USD,\n${days.map((day) => `${day},1.1,`).join('\n')}\n`,
      2,
      'date 2032-01-01 is after today',
    );
    expectEcbError('Date,USD,\n1998-12-31,1.1,\n', 2, "before 1999-01-04, the euro's first day");
    expect(parseEcbRates('Date,USD,\n2026-04-14,1.1,\n1999-01-04,1.1789,\n', TODAY).days).toBe(2);
  });
});
