import { parseCsvStatement } from './csv-statement.parser';
import { parseStatementFile } from './parse-statement-file';
import { StatementFormatError } from './statement-format.error';

const HEADER = 'date,amount,currency,reference,payer,iban';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

function expectCsvError(text: string, line: number | undefined, ...messageParts: string[]): void {
  let caught: unknown;
  try {
    parseCsvStatement(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StatementFormatError);
  const error = caught as StatementFormatError;
  expect(error.location.line).toBe(line);
  for (const part of messageParts) expect(error.message).toContain(part);
}

describe('CSV statement parser', () => {
  it('reads rows into the same normalised shape as camt.053', () => {
    const parsed = parseCsvStatement(
      csv(
        '2026-04-13,1250.00,EUR,RF18 5390 0754 7034,Galerie Müller GmbH,AT61 1904 3002 3457 3201',
        '2026-04-14,-12.50,EUR,bank fee,,',
        '2026-04-14,1500,JPY,"Invoice 17, balance",Tanaka,',
      ),
      { account: 'DE89370400440532013000' },
    );
    expect(parsed.format).toBe('csv');
    const [statement] = parsed.statements;
    expect(statement.account.id).toBe('DE89370400440532013000');
    expect(statement.balanceCheck.status).toBe('NOT_CHECKED');
    expect(statement.entries).toHaveLength(3);

    const [payment, fee, yen] = statement.entries;
    expect(payment).toMatchObject({
      index: 1,
      amount: { minor: 125000n, currency: 'EUR' },
      creditDebit: 'CRDT',
      status: 'BOOK',
      bookingDate: '2026-04-13',
      idempotencyKeySource: 'CONTENT_HASH',
    });
    expect(payment.transactions[0]).toMatchObject({
      creditorReference: 'RF18539007547034',
      creditorReferenceType: 'SCOR',
      remittanceLines: ['RF18 5390 0754 7034'],
      debtorName: 'Galerie Müller GmbH',
      debtorIban: 'AT611904300234573201',
    });
    expect(fee).toMatchObject({ amount: { minor: 1250n }, creditDebit: 'DBIT' });
    expect(fee.transactions[0].creditorReference).toBeUndefined();
    expect(yen.amount).toEqual({ minor: 1500n, currency: 'JPY' });
    expect(yen.transactions[0].remittanceLines).toEqual(['Invoice 17, balance']);
  });

  it('accepts the columns in any order, with a BOM, CRLF line ends and blank lines', () => {
    const text =
      '\uFEFFIBAN,Payer,Reference,Currency,Amount,Date\r\n,Tanaka,INV-1,EUR,10.00,2026-04-13\r\n\r\n';
    const [entry] = parseCsvStatement(text).statements[0].entries;
    expect(entry).toMatchObject({ amount: { minor: 1000n }, bookingDate: '2026-04-13' });
    expect(entry.transactions[0].debtorName).toBe('Tanaka');
  });

  it('gives the same keys to the same file, distinct keys to identical rows', () => {
    const text = csv('2026-04-13,50.00,EUR,,Tanaka,', '2026-04-13,50.00,EUR,,Tanaka,');
    const first = parseCsvStatement(text).statements[0];
    const second = parseCsvStatement(text).statements[0];
    expect(first.statementId).toBe(second.statementId);
    expect(first.entries.map((e) => e.idempotencyKey)).toEqual(
      second.entries.map((e) => e.idempotencyKey),
    );
    expect(first.entries[0].idempotencyKey).not.toBe(first.entries[1].idempotencyKey);
  });

  it('refuses a bad header', () => {
    expectCsvError(
      'date,amount,currency\n2026-04-13,1.00,EUR\n',
      1,
      'missing reference, payer, iban',
    );
    expectCsvError(`${HEADER},note\n`, 1, "unknown 'note'");
  });

  it('refuses bad rows, naming the line', () => {
    expectCsvError(
      csv('2026-04-13,1.00,EUR,,,', '2026-04-13,10.001,EUR,,,'),
      3,
      'column amount',
      '3 decimals but EUR has 2',
    );
    expectCsvError(csv('13/04/2026,1.00,EUR,,,'), 2, 'column date');
    expectCsvError(csv('2026-04-13,1.00,XYZ,,,'), 2, "unknown currency 'XYZ'");
    expectCsvError(csv('2026-04-13,1.0.0,EUR,,,'), 2, 'is not a decimal amount');
    expectCsvError(csv('2026-04-13,0.00,EUR,,,'), 2, 'is zero');
    expectCsvError(
      csv('2026-04-13,1.00,EUR,,,CH0000000000000000000'),
      2,
      'column iban',
      'not a valid IBAN',
    );
  });

  it('refuses broken CSV with the line', () => {
    expectCsvError(
      csv('2026-04-13,1.00,EUR,,,', '2026-04-13,1.00,EUR'),
      3,
      'not a readable CSV file',
    );
    expectCsvError(csv('2026-04-13,1.00,EUR,"open quote,,'), 2, 'not a readable CSV file');
  });

  it('is chosen by content when the format is not known', () => {
    expect(parseStatementFile(csv('2026-04-13,1.00,EUR,,,')).format).toBe('csv');
    expect(() => parseStatementFile('  <Document/>')).toThrow('declares no namespace');
  });
});
