import { isCurrencyCode } from '@artbridge/money';
import { CsvError, parse } from 'csv-parse/sync';
import { isIsoDate } from '../../shared/domain/iso-date';

/**
 * The ECB euro reference-rate CSV files, both layouts:
 *
 * - single day (eurofxref.csv): `Date, USD, JPY, ...,` with a space after every comma, one data
 *   row dated like `13 April 2026`;
 * - history (eurofxref-hist.csv): `Date,USD,JPY,...,` then one row per business day, newest
 *   first, ISO dates, `N/A` where a currency had no rate that day.
 *
 * Both end every line with a comma (an empty last column). A rate is the number of currency units
 * per 1 EUR and is kept as an exact decimal string, never a float; trailing zeros are dropped so
 * that both layouts give the same text for the same rate ("366.90" and "366.9" are "366.9").
 *
 * What could not be an ECB rate is refused, since customs converts declared values with it: a
 * rate outside RATE_BOUNDS, an EUR column, a code that is no ISO 4217 currency, a date before the
 * euro existed or after today.
 */

/**
 * Plausible units of a currency per 1 EUR. ECB's own rates run from 0.3883 (MTL) to 1,912,400
 * (TRL) with at most 7 significant digits; the bounds leave room on both sides (a currency may
 * collapse before it is redenominated) while refusing the magnitudes, such as 10^-301 or 10^400,
 * that overflow customs' declaration amounts.
 */
export const RATE_BOUNDS = {
  min: '0.000001',
  max: '10000000',
  significantDigits: 10,
} as const;

/** The euro's first day, and the first day of the ECB history file. */
export const FIRST_EURO_DAY = '1999-01-04';

export interface EcbRate {
  /** YYYY-MM-DD */
  readonly date: string;
  /** ISO 4217 code (historic codes such as CYP or ROL included) */
  readonly currency: string;
  /** units of `currency` per 1 EUR, canonical decimal text */
  readonly rate: string;
}

export interface EcbRates {
  /** number of distinct dates with at least one rate */
  readonly days: number;
  /** currencies with at least one rate, sorted */
  readonly currencies: readonly string[];
  /** newest date first, currencies in column order */
  readonly rates: readonly EcbRate[];
}

export class EcbRatesFormatError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `ECB rates: ${reason}` : `ECB rates line ${line}: ${reason}`);
    this.name = 'EcbRatesFormatError';
  }
}

const MISSING = new Set(['N/A', '']);
const CURRENCY_CODE = /^[A-Z]{3}$/;
// ICU's CLDR data: it still names currencies withdrawn from ISO 4217 (CYP, ROL, ...), which
// currency-codes no longer lists but the ECB history carries
const CURRENCY_NAMES = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const LONG_DATE = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

interface NumberedRecord {
  readonly line: number;
  readonly cells: string[];
}

/** `today`: the current date (YYYY-MM-DD, UTC); no rate can be published for a later day. */
export function parseEcbRates(csv: string, today: string): EcbRates {
  const records = readRecords(csv);
  const [header, ...rows] = records;
  if (!header) throw new EcbRatesFormatError('the file is empty');
  const currencies = parseHeader(header);
  if (rows.length === 0)
    throw new EcbRatesFormatError('the file has a header but no rates', header.line);

  const rates: EcbRate[] = [];
  const dates = new Set<string>();
  const seenDates = new Set<string>();
  const currenciesWithRates = new Set<string>();
  for (const { line, cells } of rows) {
    if (cells.length !== currencies.length + 1) {
      throw new EcbRatesFormatError(
        `expected ${currencies.length + 1} columns like the header, found ${cells.length}`,
        line,
      );
    }
    const date = parseDate(cells[0], line);
    if (date > today) {
      throw new EcbRatesFormatError(
        `date ${date} is after today (${today}): no rate is published for a future day`,
        line,
      );
    }
    if (date < FIRST_EURO_DAY) {
      throw new EcbRatesFormatError(
        `date ${date} is before ${FIRST_EURO_DAY}, the euro's first day`,
        line,
      );
    }
    if (seenDates.has(date)) throw new EcbRatesFormatError(`date ${date} appears twice`, line);
    seenDates.add(date);
    currencies.forEach((currency, column) => {
      const cell = cells[column + 1];
      if (MISSING.has(cell)) return;
      rates.push({ date, currency, rate: canonicalRate(cell, currency, line) });
      dates.add(date);
      currenciesWithRates.add(currency);
    });
  }
  return { days: dates.size, currencies: [...currenciesWithRates].sort(), rates };
}

function readRecords(csv: string): NumberedRecord[] {
  let rows: string[][];
  try {
    rows = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // the line number travels as an extra first cell, so errors can name the line
      on_record: (cells: string[], context) => [String(context.lines), ...cells],
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
      throw new EcbRatesFormatError(`not a readable CSV file: ${error.message}`, line);
    }
    throw error;
  }
  return rows.map(([line, ...cells]) => ({
    line: Number.parseInt(line, 10),
    cells: dropTrailingEmpty(cells),
  }));
}

/** The trailing comma of every ECB line yields one empty last cell; it carries nothing. */
function dropTrailingEmpty(cells: string[]): string[] {
  return cells.length > 0 && cells[cells.length - 1] === '' ? cells.slice(0, -1) : cells;
}

function parseHeader({ line, cells }: NumberedRecord): string[] {
  if (cells[0]?.toLowerCase() !== 'date') {
    throw new EcbRatesFormatError(
      `the header must start with Date, found '${cells[0] ?? ''}'`,
      line,
    );
  }
  const currencies = cells.slice(1);
  if (currencies.length === 0) throw new EcbRatesFormatError('the header names no currency', line);
  currencies.forEach((currency) => {
    if (!CURRENCY_CODE.test(currency)) {
      throw new EcbRatesFormatError(`'${currency}' in the header is not a currency code`, line);
    }
    if (currency === 'EUR') {
      throw new EcbRatesFormatError(
        'EUR in the header: rates are per 1 EUR, so EUR against EUR is 1 by definition',
        line,
      );
    }
    if (!isIso4217Currency(currency)) {
      throw new EcbRatesFormatError(
        `${currency} in the header is not an ISO 4217 currency code`,
        line,
      );
    }
  });
  const repeated = currencies.find((currency, index) => currencies.indexOf(currency) !== index);
  if (repeated) throw new EcbRatesFormatError(`${repeated} appears twice in the header`, line);
  return currencies;
}

/**
 * A currency in ISO 4217 today (currency-codes, via libs/money), or a national currency since
 * withdrawn (CYP, ROL, TRL ... in the ECB history), which only CLDR still names. X-codes count
 * only when current (XAF, XOF ...): the others are ISO's units that are not money (gold, SDR,
 * the ECU, test codes), which the ECB publishes no rates for.
 */
function isIso4217Currency(code: string): boolean {
  const nationalCurrency = !code.startsWith('X') && CURRENCY_NAMES.of(code) !== undefined;
  return nationalCurrency || isCurrencyCode(code);
}

/** ISO (2026-04-13) or the single-day file's English long form (13 April 2026). */
function parseDate(cell: string, line: number): string {
  if (isIsoDate(cell)) return cell;
  const long = LONG_DATE.exec(cell);
  if (long) {
    const month = MONTHS.indexOf(long[2].toLowerCase());
    const iso = `${long[3]}-${String(month + 1).padStart(2, '0')}-${long[1].padStart(2, '0')}`;
    if (month >= 0 && isIsoDate(iso)) return iso;
  }
  throw new EcbRatesFormatError(`'${cell}' is not a date (2026-04-13 or 13 April 2026)`, line);
}

/**
 * Exact decimal text, trailing fractional zeros dropped; zero or negative rates are refused, and
 * so is a rate outside RATE_BOUNDS.
 */
function canonicalRate(cell: string, currency: string, line: number): string {
  const match = DECIMAL.exec(cell);
  if (!match)
    throw new EcbRatesFormatError(`${currency} rate '${cell}' is not a decimal number`, line);
  const whole = match[1].replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (/^0*$/.test(whole + fraction))
    throw new EcbRatesFormatError(`${currency} rate is zero`, line);
  const rate = fraction ? `${whole}.${fraction}` : whole;
  const reason = implausibleRateReason(rate);
  if (reason) throw new EcbRatesFormatError(`${currency} rate ${shorten(rate)} ${reason}`, line);
  return rate;
}

/** Why a positive canonical rate cannot be units per 1 EUR, or undefined when it can. */
export function implausibleRateReason(rate: string): string | undefined {
  const significant = rate.replace('.', '').replace(/^0+/, '').length;
  if (significant > RATE_BOUNDS.significantDigits)
    return `has ${significant} significant digits, more than ${RATE_BOUNDS.significantDigits}`;
  if (compareDecimals(rate, RATE_BOUNDS.min) < 0) return `is below ${RATE_BOUNDS.min} per EUR`;
  if (compareDecimals(rate, RATE_BOUNDS.max) > 0) return `is above ${RATE_BOUNDS.max} per EUR`;
  return undefined;
}

/** Orders two canonical non-negative decimals exactly, as text (no float rounding). */
function compareDecimals(a: string, b: string): number {
  const [aWhole, aFraction = ''] = a.split('.');
  const [bWhole, bFraction = ''] = b.split('.');
  if (aWhole.length !== bWhole.length) return aWhole.length - bWhole.length;
  const width = Math.max(aFraction.length, bFraction.length);
  const left = aWhole + aFraction.padEnd(width, '0');
  const right = bWhole + bFraction.padEnd(width, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A refused rate may be thousands of digits long; the message keeps its ends. */
function shorten(rate: string): string {
  return rate.length <= 24
    ? rate
    : `${rate.slice(0, 12)}...${rate.slice(-8)} (${rate.length} characters)`;
}
