import { createHash } from 'node:crypto';
import { Money, parseMoney } from '@artbridge/money';
import { CsvError, parse } from 'csv-parse/sync';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import {
  isValidCreditorReference,
  normaliseCreditorReference,
} from '../../invoices/domain/creditor-reference';
import { isIsoDate } from '../../shared/domain/iso-date';
import { idempotencyKeysFor } from './idempotency-key';
import { StatementFormatError } from './statement-format.error';
import { CreditDebit, ParsedStatementFile, StatementEntry } from './statement.types';

/**
 * The CSV statement layout of API.md: a header row `date,amount,currency,reference,payer,iban`
 * (any column order, names case-insensitive), then one row per money movement.
 *
 * - date: YYYY-MM-DD (booking date)
 * - amount: decimal with at most the currency's decimals; negative means money left the account
 * - currency: ISO 4217 code
 * - reference, payer, iban: optional; an IBAN, when given, must be valid
 *
 * All or nothing, like camt.053: the first bad row refuses the file, naming its line.
 */

export const CSV_STATEMENT_COLUMNS = [
  'date',
  'amount',
  'currency',
  'reference',
  'payer',
  'iban',
] as const;
type CsvColumn = (typeof CSV_STATEMENT_COLUMNS)[number];
type CsvRow = Record<CsvColumn, string>;

export interface CsvStatementOptions {
  /** Our bank account the export is for (the CSV does not say); part of every idempotency key. */
  readonly account?: string;
  /** Defaults to a digest of the content, so the same file always gets the same id. */
  readonly statementId?: string;
}

const DEFAULT_ACCOUNT = 'CSV';

interface NumberedRow {
  readonly line: number;
  readonly row: CsvRow;
}

export function parseCsvStatement(
  csv: string,
  options: CsvStatementOptions = {},
): ParsedStatementFile {
  const rows = readRows(csv);
  const account = options.account ?? DEFAULT_ACCOUNT;
  const statementId =
    options.statementId ??
    `csv-${createHash('sha256').update(csv, 'utf8').digest('hex').slice(0, 16)}`;

  const parsed = rows.map(({ line, row }, position) => parseRow(row, line, position + 1));
  const keys = idempotencyKeysFor(
    parsed.map((entry) => ({
      account,
      statementId,
      bookingDate: entry.bookingDate,
      amount: entry.amount,
      creditDebit: entry.creditDebit,
      paymentReference: entry.reference,
    })),
  );

  const entries: StatementEntry[] = parsed.map((entry, position) => ({
    index: entry.index,
    idempotencyKey: keys[position].key,
    idempotencyKeySource: keys[position].source,
    amount: entry.amount,
    creditDebit: entry.creditDebit,
    reversal: false,
    status: 'BOOK',
    bookingDate: entry.bookingDate,
    valueDate: entry.bookingDate,
    charges: [],
    transactions: [
      {
        index: 1,
        amount: entry.amount,
        creditDebit: entry.creditDebit,
        // the one column may hold an RF reference or free text; a valid RF reference is both
        creditorReference: entry.creditorReference,
        creditorReferenceType: entry.creditorReference ? 'SCOR' : undefined,
        remittanceLines: entry.reference ? [entry.reference] : [],
        debtorName: entry.payer,
        debtorIban: entry.iban,
        charges: [],
      },
    ],
  }));

  return {
    format: 'csv',
    statements: [
      {
        statementId,
        account: { id: account },
        currency: entries[0]?.amount.currency,
        entries,
        balanceCheck: {
          status: 'NOT_CHECKED',
          reason: 'a CSV export carries no opening or closing balance',
        },
      },
    ],
  };
}

function readRows(csv: string): NumberedRow[] {
  try {
    return parse<NumberedRow, CsvRow>(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: validateHeader,
      on_record: (row, context) => ({ line: context.lines, row }),
    });
  } catch (error) {
    if (error instanceof StatementFormatError) throw error;
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
      throw new StatementFormatError(`not a readable CSV file: ${error.message}`, {
        format: 'csv',
        line,
      });
    }
    throw error;
  }
}

function validateHeader(header: string[]): CsvColumn[] {
  const names = header.map((name) => name.trim().toLowerCase());
  const known: ReadonlySet<string> = new Set(CSV_STATEMENT_COLUMNS);
  const unknown = names.filter((name) => !known.has(name));
  const missing = CSV_STATEMENT_COLUMNS.filter((column) => !names.includes(column));
  const duplicated = names.filter((name, index) => names.indexOf(name) !== index);
  if (unknown.length > 0 || missing.length > 0 || duplicated.length > 0) {
    const problems = [
      missing.length > 0 && `missing ${missing.join(', ')}`,
      unknown.length > 0 && `unknown ${unknown.map((name) => `'${name}'`).join(', ')}`,
      duplicated.length > 0 && `repeated ${duplicated.join(', ')}`,
    ].filter(Boolean);
    throw new StatementFormatError(
      `the header must name the columns ${CSV_STATEMENT_COLUMNS.join(',')} (${problems.join('; ')})`,
      { format: 'csv', line: 1 },
    );
  }
  return names as CsvColumn[];
}

interface ParsedRow {
  readonly index: number;
  readonly bookingDate: string;
  readonly amount: Money;
  readonly creditDebit: CreditDebit;
  readonly reference?: string;
  readonly creditorReference?: string;
  readonly payer?: string;
  readonly iban?: string;
}

function parseRow(row: CsvRow, line: number, index: number): ParsedRow {
  const fail = (column: CsvColumn, reason: string): never => {
    throw new StatementFormatError(`column ${column}: ${reason}`, {
      format: 'csv',
      line,
      entry: index,
    });
  };

  if (!isIsoDate(row.date)) fail('date', `'${row.date}' is not a date (YYYY-MM-DD)`);
  if (row.currency === '') fail('currency', 'is empty');

  let signed: Money;
  try {
    signed = parseMoney(row.amount, row.currency.toUpperCase());
  } catch (error) {
    return fail('amount', error instanceof Error ? error.message : String(error));
  }
  if (signed.minor === 0n) fail('amount', 'is zero; a statement line moves money');

  let iban: string | undefined;
  if (row.iban !== '') {
    iban = electronicFormatIBAN(row.iban) ?? undefined;
    if (!iban || !isValidIBAN(iban)) fail('iban', `'${row.iban}' is not a valid IBAN`);
  }

  return {
    index,
    bookingDate: row.date,
    amount: { minor: signed.minor < 0n ? -signed.minor : signed.minor, currency: signed.currency },
    creditDebit: signed.minor < 0n ? 'DBIT' : 'CRDT',
    reference: row.reference || undefined,
    creditorReference:
      row.reference && isValidCreditorReference(row.reference)
        ? normaliseCreditorReference(row.reference)
        : undefined,
    payer: row.payer || undefined,
    iban,
  };
}
