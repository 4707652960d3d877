import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleDataDirectory } from '../../testing/sample-data';
import { describeBalanceCheck } from './balance-check';
import { parseCamt053 } from './camt053.parser';
import { StatementFormatError } from './statement-format.error';
import { ParsedStatementFile } from './statement.types';

// ---------------------------------------------------------------------------------------------
// Small fixtures of our own

interface FixtureOptions {
  version?: string;
  prefix?: string;
  balances?: string;
  account?: string;
}

function camt(entries: string, options: FixtureOptions = {}): string {
  const version = options.version ?? '001.04';
  const p = options.prefix ? `${options.prefix}:` : '';
  const xmlns = options.prefix ? `xmlns:${options.prefix}` : 'xmlns';
  const body = `<BkToCstmrStmt>
      <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-04-14T08:00:00</CreDtTm></GrpHdr>
      <Stmt>
        <Id>STMT-1</Id>
        <Acct>${options.account ?? '<Id><IBAN>DE89 3704 0044 0532 0130 00</IBAN></Id><Ccy>EUR</Ccy>'}</Acct>
        ${options.balances ?? balance('OPBD', '1000.00') + balance('CLBD', '1100.00')}
        ${entries}
      </Stmt>
    </BkToCstmrStmt>`;
  // prefix every element name when asked, to prove prefixes do not matter
  const prefixed = p ? body.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`) : body;
  return `<?xml version="1.0" encoding="UTF-8"?>
<${p}Document ${xmlns}="urn:iso:std:iso:20022:tech:xsd:camt.053.${version}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  ${prefixed}
</${p}Document>`;
}

function balance(type: string, amount: string, indicator = 'CRDT', currency = 'EUR'): string {
  return `<Bal><Tp><CdOrPrtry><Cd>${type}</Cd></CdOrPrtry></Tp><Amt Ccy="${currency}">${amount}</Amt>
    <CdtDbtInd>${indicator}</CdtDbtInd><Dt><Dt>2026-04-13</Dt></Dt></Bal>`;
}

interface EntryOptions {
  amount?: string;
  currency?: string;
  indicator?: 'CRDT' | 'DBIT';
  status?: string;
  reference?: string;
  details?: string;
}

function entry(options: EntryOptions = {}): string {
  return `<Ntry>
    <Amt Ccy="${options.currency ?? 'EUR'}">${options.amount ?? '100.00'}</Amt>
    <CdtDbtInd>${options.indicator ?? 'CRDT'}</CdtDbtInd>
    <Sts>${options.status ?? 'BOOK'}</Sts>
    <BookgDt><Dt>2026-04-13</Dt></BookgDt>
    <ValDt><Dt>2026-04-13</Dt></ValDt>
    ${options.reference === undefined ? '<AcctSvcrRef>BANK-REF-1</AcctSvcrRef>' : options.reference}
    ${options.details ?? ''}
  </Ntry>`;
}

function expectFormatError(xml: string, ...messageParts: string[]): StatementFormatError {
  let caught: unknown;
  try {
    parseCamt053(xml);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StatementFormatError);
  const error = caught as StatementFormatError;
  for (const part of messageParts) expect(error.message).toContain(part);
  return error;
}

const transactionCount = (file: ParsedStatementFile): number =>
  file.statements
    .flatMap((statement) => statement.entries)
    .reduce((sum, e) => sum + e.transactions.length, 0);

// ---------------------------------------------------------------------------------------------

describe('camt.053 parser: the real files in the shared sample data', () => {
  const sample = sampleDataDirectory('camt053');
  const read = (directory: string, name: string): string =>
    readFileSync(join(directory, name), 'utf8');

  const expectations = [
    {
      file: 'iso20022-business-example_camt.053.001.02.xml',
      version: '001.02',
      entries: 3,
      transactions: 2,
    },
    {
      file: 'iso20022-business-example_camt.053.001.04.xml',
      version: '001.04',
      entries: 3,
      transactions: 2,
    },
    {
      file: 'postfinance_camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml',
      version: '001.04',
      entries: 13,
      transactions: 32,
    },
  ];

  it.each(expectations)(
    '$file: $entries entries, $transactions transaction details, balances reconcile',
    (expected) => {
      if ('missing' in sample) {
        console.warn(sample.missing);
        return;
      }
      const parsed = parseCamt053(read(sample.directory, expected.file));
      expect(parsed.version).toBe(expected.version);
      expect(parsed.statements).toHaveLength(1);
      const [statement] = parsed.statements;
      expect(statement.entries).toHaveLength(expected.entries);
      expect(transactionCount(parsed)).toBe(expected.transactions);
      // every sample carries both an opening and a closing booked balance
      expect(statement.balanceCheck.status).toBe('BALANCED');

      const keys = statement.entries.map((e) => e.idempotencyKey);
      expect(new Set(keys).size).toBe(keys.length);
      // importing the same file again yields the same keys, so nothing is booked twice
      const again = parseCamt053(read(sample.directory, expected.file));
      expect(again.statements[0].entries.map((e) => e.idempotencyKey)).toEqual(keys);
    },
  );

  it('reads the ISO business example: other account id, date-time booking, batch without details', () => {
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    const [statement] = parseCamt053(read(sample.directory, expectations[0].file)).statements;
    expect(statement.statementId).toBe('AAAASESS-FP-STAT001');
    expect(statement.account).toMatchObject({
      id: '50000000054910000003',
      otherId: '50000000054910000003',
    });
    expect(statement.currency).toBe('SEK');
    expect(statement.openingBalance).toMatchObject({
      type: 'OPBD',
      amount: { minor: 50000000n, currency: 'SEK' },
    });
    expect(describeBalanceCheck(statement.balanceCheck)).toBe(
      'balanced: 500000.00 + 135678.50 - 200000.00 = 435678.50 SEK',
    );

    const [salary, batch, fx] = statement.entries;
    expect(salary).toMatchObject({
      amount: { minor: 10567850n, currency: 'SEK' },
      creditDebit: 'CRDT',
      bookingDate: '2010-10-18',
      bookingDateTime: '2010-10-18T13:15:00+01:00',
      valueDate: '2010-10-18',
      accountServicerReference: 'AAAASESS-FP-CN_98765/01',
      idempotencyKeySource: 'BANK_REFERENCE',
    });
    expect(salary.transactions[0]).toMatchObject({
      endToEndId: 'MUELL/FINP/RA12345',
      debtorName: 'MUELLER',
    });
    expect(batch).toMatchObject({
      creditDebit: 'DBIT',
      declaredTransactionCount: 20,
      transactions: [],
    });
    expect(fx.transactions[0]).toMatchObject({
      endToEndId: 'AAAASS1085FINPSS',
      instructionId: 'FP-004567-FX',
    });
  });

  it('reads the PostFinance statement: ISR references, several remittance lines, charges, reversals', () => {
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    const [statement] = parseCamt053(read(sample.directory, expectations[2].file)).statements;
    expect(statement.account).toMatchObject({
      id: 'CH0309000000250090342',
      iban: 'CH0309000000250090342',
    });
    expect(statement.currency).toBe('CHF');
    const entries = statement.entries;
    expect(entries.filter((e) => e.creditDebit === 'DBIT')).toHaveLength(8);
    expect(entries.filter((e) => e.reversal).map((e) => e.amount.minor)).toEqual([600n, 1553n]);

    const esrBatch = entries[6];
    expect(esrBatch).toMatchObject({ entryReference: '010000004', declaredTransactionCount: 10 });
    expect(esrBatch.charges.map((c) => c.amount.minor)).toEqual([540n, 20n]);
    expect(esrBatch.transactions[0]).toMatchObject({
      creditorReference: '000000000002015110002913192',
      creditorReferenceType: 'ISR Reference',
    });

    const multiLine = entries
      .flatMap((e) => e.transactions)
      .find((t) => t.remittanceLines.length === 4);
    expect(multiLine?.remittanceLines).toEqual([
      'MUSTER MITTEILUNG 1',
      'MUSTER MITTEILUNG 2',
      'MUSTER MITTEILUNG 3',
      'MUSTER MITTEILUNG 4',
    ]);
    expect(multiLine).toMatchObject({
      debtorName: 'Rutschmann Pia',
      debtorIban: 'CH1111111111111111111',
    });

    // four entries share NtryRef 41107767420881932, but each has its own AcctSvcrRef
    expect(entries.filter((e) => e.entryReference === '41107767420881932')).toHaveLength(4);
  });
});

describe('camt.053 parser: own fixtures', () => {
  it('reads a minimal 001.04 statement', () => {
    const parsed = parseCamt053(camt(entry()));
    expect(parsed).toMatchObject({ format: 'camt.053', version: '001.04', messageId: 'MSG-1' });
    const [statement] = parsed.statements;
    expect(statement.account).toMatchObject({ id: 'DE89370400440532013000', currency: 'EUR' });
    expect(statement.entries[0]).toMatchObject({
      index: 1,
      amount: { minor: 10000n, currency: 'EUR' },
      status: 'BOOK',
      accountServicerReference: 'BANK-REF-1',
    });
    expect(statement.balanceCheck.status).toBe('BALANCED');
  });

  it('refuses a malformed file, saying on which line', () => {
    const broken = camt(entry()).replace('</CdtDbtInd>', '</CdtDbtIndicator>');
    const error = expectFormatError(broken, 'not well-formed XML', 'line');
    expect(error.location.line).toBeGreaterThan(1);
  });

  it('refuses text that is not XML and XML that is not a camt.053', () => {
    expectFormatError('date,amount\n2026-01-01,1.00', 'not well-formed XML');
    expectFormatError(
      camt(entry()).replace('camt.053.001.04', 'camt.052.001.04'),
      "namespace 'urn:iso:std:iso:20022:tech:xsd:camt.052.001.04' is not a camt.053 message",
    );
    expectFormatError(
      camt(entry(), { version: '001.09' }),
      'camt.053.001.09 is not supported',
      '001.02 to 001.08',
    );
    expectFormatError(camt(entry()).replace(/ xmlns="[^"]*"/, ''), 'declares no namespace');
  });

  it('refuses a missing required element, naming its path', () => {
    const error = expectFormatError(
      camt(entry() + entry().replace(/<CdtDbtInd>CRDT<\/CdtDbtInd>/, '')),
      'statement 1, entry 2',
      '/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]',
      'required element <CdtDbtInd> is missing',
    );
    expect(error.location).toMatchObject({ statement: 1, entry: 2 });
  });

  it('refuses the whole file when one amount has more decimals than its currency', () => {
    expectFormatError(
      camt(entry() + entry({ amount: '10.001' })),
      'statement 1, entry 2 at /Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt',
      "'10.001' has 3 decimals but EUR has 2",
    );
    expectFormatError(camt(entry({ amount: '1500.5', currency: 'JPY' })), 'JPY has 0');
    // KWD has three decimals, so 10.001 is fine there
    const kwd = parseCamt053(camt(entry({ amount: '10.001', currency: 'KWD' }), { balances: '' }));
    expect(kwd.statements[0].entries[0].amount).toEqual({ minor: 10001n, currency: 'KWD' });
  });

  it('refuses an over-precise amount deep inside transaction details too', () => {
    const details = `<NtryDtls><TxDtls><Amt Ccy="EUR">50.00</Amt></TxDtls><TxDtls><Amt Ccy="EUR">50.005</Amt></TxDtls></NtryDtls>`;
    const error = expectFormatError(
      camt(entry({ details })),
      'NtryDtls[1]/TxDtls[2]/Amt',
      '3 decimals',
    );
    expect(error.location).toMatchObject({ statement: 1, entry: 1, transaction: 2 });
  });

  it('refuses unknown currencies, negative and non-decimal amounts', () => {
    expectFormatError(camt(entry({ currency: 'ABC' })), "unknown currency 'ABC'");
    expectFormatError(camt(entry({ amount: '-5.00' })), 'negative');
    expectFormatError(camt(entry({ amount: '1e3' })), "'1e3' is not a decimal amount");
  });

  it('drops the literal NOTPROVIDED end-to-end id and keeps real ones', () => {
    const details = `<NtryDtls>
      <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><Amt Ccy="EUR">60.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
      <TxDtls><Refs><EndToEndId>E2E-42</EndToEndId></Refs><Amt Ccy="EUR">40.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
    </NtryDtls>`;
    const [first, second] = parseCamt053(camt(entry({ details }))).statements[0].entries[0]
      .transactions;
    expect(first.endToEndId).toBeUndefined();
    expect(second.endToEndId).toBe('E2E-42');
  });

  it('reads a debit entry and subtracts it in the balance check', () => {
    const xml = camt(entry({ amount: '250.00' }) + entry({ amount: '150.00', indicator: 'DBIT' }));
    const [statement] = parseCamt053(xml).statements;
    expect(statement.entries[1]).toMatchObject({ creditDebit: 'DBIT', amount: { minor: 15000n } });
    expect(statement.balanceCheck).toMatchObject({ status: 'BALANCED', debits: { minor: 15000n } });
  });

  it('reports (does not throw) a balance mismatch', () => {
    const [statement] = parseCamt053(camt(entry({ amount: '99.99' }))).statements;
    expect(statement.balanceCheck).toMatchObject({
      status: 'MISMATCH',
      expectedClosing: { minor: 109999n },
      closing: { minor: 110000n },
      difference: { minor: 1n },
    });
  });

  it('uses PRCD as opening, handles overdrawn balances, and leaves pending entries out', () => {
    const balances = balance('PRCD', '50.00', 'DBIT') + balance('CLBD', '50.00');
    const xml = camt(entry() + entry({ amount: '7.00', status: 'PDNG' }), { balances });
    const [statement] = parseCamt053(xml).statements;
    expect(statement.openingBalance?.type).toBe('PRCD');
    expect(statement.balanceCheck).toMatchObject({
      status: 'BALANCED',
      opening: { minor: -5000n },
    });
  });

  it('says why the balance was not checked when a balance is missing', () => {
    const [statement] = parseCamt053(
      camt(entry(), { balances: balance('CLBD', '1.00') }),
    ).statements;
    expect(statement.balanceCheck).toEqual({
      status: 'NOT_CHECKED',
      reason: 'the statement carries no opening (OPBD/PRCD) balance',
    });
  });

  it('reads version 001.08 with prefixed elements: Sts/Cd, Dbtr/Pty/Nm, charge records with bearer', () => {
    const details = `<NtryDtls><TxDtls>
      <Refs><EndToEndId>E2E-8</EndToEndId></Refs>
      <Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
      <Chrgs><TtlChrgsAndTaxAmt Ccy="EUR">2.50</TtlChrgsAndTaxAmt>
        <Rcrd><Amt Ccy="EUR">2.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><ChrgInclInd>true</ChrgInclInd><Br>SHAR</Br></Rcrd>
      </Chrgs>
      <RltdPties>
        <Dbtr><Pty><Nm>Galerie Müller GmbH</Nm></Pty></Dbtr>
        <DbtrAcct><Id><IBAN>AT611904300234573201</IBAN></Id></DbtrAcct>
      </RltdPties>
      <RmtInf>
        <Ustrd>Invoice 2026-17</Ustrd>
        <Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF18539007547034</Ref></CdtrRefInf></Strd>
      </RmtInf>
    </TxDtls></NtryDtls>`;
    const xml = camt(entry({ status: '<Cd>BOOK</Cd>', details }), {
      version: '001.08',
      prefix: 'ns2',
    });
    const parsed = parseCamt053(xml);
    expect(parsed.version).toBe('001.08');
    const [entry08] = parsed.statements[0].entries;
    expect(entry08.status).toBe('BOOK');
    expect(entry08.transactions[0]).toMatchObject({
      endToEndId: 'E2E-8',
      debtorName: 'Galerie Müller GmbH',
      debtorIban: 'AT611904300234573201',
      creditorReference: 'RF18539007547034',
      creditorReferenceType: 'SCOR',
      remittanceLines: ['Invoice 2026-17'],
      chargeBearer: 'SHAR',
      charges: [
        { amount: { minor: 250n, currency: 'EUR' }, includedInAmount: true, bearer: 'SHAR' },
      ],
    });
    expect(parsed.statements[0].balanceCheck.status).toBe('BALANCED');
  });

  it('reads version 001.02 details: transaction amount under AmtDtls and repeated Chrgs', () => {
    const details = `<NtryDtls><TxDtls>
      <AmtDtls><TxAmt><Amt Ccy="EUR">100.00</Amt></TxAmt></AmtDtls>
      <Chrgs><Amt Ccy="EUR">1.00</Amt><Br>CRED</Br></Chrgs>
      <Chrgs><Amt Ccy="EUR">0.50</Amt></Chrgs>
      <RltdPties><Dbtr><Nm>MUELLER</Nm></Dbtr></RltdPties>
    </TxDtls></NtryDtls>`;
    const [transaction] = parseCamt053(camt(entry({ details }), { version: '001.02' }))
      .statements[0].entries[0].transactions;
    expect(transaction.amount).toEqual({ minor: 10000n, currency: 'EUR' });
    expect(transaction.charges.map((c) => c.amount.minor)).toEqual([100n, 50n]);
    expect(transaction.chargeBearer).toBe('CRED');
    expect(transaction.debtorName).toBe('MUELLER');
  });

  it('gives entries without a bank reference distinct, repeatable content-hash keys', () => {
    const twin = entry({ amount: '50.00', reference: '' });
    const xml = camt(twin + twin, { balances: '' });
    const first = parseCamt053(xml).statements[0].entries;
    const second = parseCamt053(xml).statements[0].entries;
    expect(first.map((e) => e.idempotencyKeySource)).toEqual(['CONTENT_HASH', 'CONTENT_HASH']);
    expect(first[0].idempotencyKey).not.toBe(first[1].idempotencyKey);
    expect(second.map((e) => e.idempotencyKey)).toEqual(first.map((e) => e.idempotencyKey));
  });

  it('keys a pending or info entry apart from the same payment booked; a booked key has no status', () => {
    const keyOf = (status: string, reference = ''): string =>
      parseCamt053(camt(entry({ status, reference }), { balances: '' })).statements[0].entries[0]
        .idempotencyKey;
    const booked = keyOf('BOOK');
    expect(keyOf('PDNG')).not.toBe(booked);
    expect(keyOf('INFO')).not.toBe(booked);
    expect(keyOf('INFO')).not.toBe(keyOf('PDNG'));
    expect(keyOf('BOOK')).toBe(booked);
    // the same with a bank reference (a bank that resends a statement id once it books)
    const withReference = '<AcctSvcrRef>BANK-REF-9</AcctSvcrRef>';
    expect(keyOf('PDNG', withReference)).not.toBe(keyOf('BOOK', withReference));
    // a pending entry before its booking in one file leaves the booking its first-seen key
    const both = parseCamt053(
      camt(entry({ status: 'PDNG', reference: '' }) + entry({ reference: '' }), {
        balances: '',
      }),
    ).statements[0].entries;
    expect(both[1].idempotencyKey).toBe(booked);
  });

  it('falls back to NtryRef when there is no AcctSvcrRef', () => {
    const withEntryRef = entry({ reference: '<NtryRef>NTRY-7</NtryRef>' });
    const [parsed] = parseCamt053(camt(withEntryRef, { balances: '' })).statements[0].entries;
    expect(parsed).toMatchObject({
      entryReference: 'NTRY-7',
      idempotencyKeySource: 'BANK_REFERENCE',
    });
  });

  it('reads several statements in one message, with their own accounts', () => {
    const xml = camt(entry()).replace(
      '</Stmt>',
      `</Stmt><Stmt><Id>STMT-2</Id><Acct><Id><Othr><Id>ACC-2</Id></Othr></Id></Acct>${entry({ currency: 'USD' })}</Stmt>`,
    );
    const parsed = parseCamt053(xml);
    expect(parsed.statements.map((s) => [s.statementId, s.account.id, s.currency])).toEqual([
      ['STMT-1', 'DE89370400440532013000', 'EUR'],
      ['STMT-2', 'ACC-2', 'USD'],
    ]);
  });

  it('parses the same with comments and CDATA inside the statement (whole-document path)', () => {
    const plain = parseCamt053(camt(entry() + entry({ amount: '5.00', indicator: 'DBIT' })));
    const commented = parseCamt053(
      camt(
        '<!-- a bank comment with <Ntry> in it -->' +
          entry() +
          entry({ amount: '5.00', indicator: 'DBIT' }),
      ).replace(
        '<AcctSvcrRef>BANK-REF-1</AcctSvcrRef>',
        '<AcctSvcrRef><![CDATA[BANK-REF-1]]></AcctSvcrRef>',
      ),
    );
    const shape = (file: ParsedStatementFile) =>
      file.statements[0].entries.map((e) => [
        e.amount.minor,
        e.creditDebit,
        e.accountServicerReference,
      ]);
    expect(shape(commented)).toEqual(shape(plain));
  });

  it('gives the line of the file for a syntax error inside an entry', () => {
    const xml = camt(entry() + entry().replace('<Sts>BOOK</Sts>', '<Sts>BOOK</Sta>'));
    const line = xml.split('\n').findIndex((text) => text.includes('</Sta>')) + 1;
    const error = expectFormatError(xml, 'not well-formed XML');
    expect(error.location.line).toBe(line);
  });

  it('reads entry by entry as the document streams past, in every statement, in order', () => {
    const first = [1, 2, 3, 4, 5].map((n) =>
      entry({ amount: `${n}.00`, reference: `<AcctSvcrRef>S1-${n}</AcctSvcrRef>` }),
    );
    const second = [6, 7, 8].map((n) =>
      entry({ amount: `${n}.00`, reference: `<AcctSvcrRef>S2-${n}</AcctSvcrRef>` }),
    );
    const xml = camt(first.join(''), {
      balances: balance('OPBD', '0.00') + balance('CLBD', '15.00'),
    }).replace(
      '</Stmt>',
      `</Stmt><Stmt><Id>STMT-2</Id><Acct><Id><Othr><Id>ACC-2</Id></Othr></Id></Acct>${second.join('')}</Stmt>`,
    );
    const parsed = parseCamt053(xml);
    expect(
      parsed.statements.map((statement) =>
        statement.entries.map((e) => [e.index, e.amount.minor, e.accountServicerReference]),
      ),
    ).toEqual([
      [
        [1, 100n, 'S1-1'],
        [2, 200n, 'S1-2'],
        [3, 300n, 'S1-3'],
        [4, 400n, 'S1-4'],
        [5, 500n, 'S1-5'],
      ],
      [
        [1, 600n, 'S2-6'],
        [2, 700n, 'S2-7'],
        [3, 800n, 'S2-8'],
      ],
    ]);
    expect(parsed.statements[0].balanceCheck.status).toBe('BALANCED');
    // the keys are those of the entries read one by one
    const keys = parsed.statements[1].entries.map((e) => e.idempotencyKey);
    expect(
      new Set([...parsed.statements[0].entries.map((e) => e.idempotencyKey), ...keys]).size,
    ).toBe(8);
    expect(parseCamt053(xml).statements[1].entries.map((e) => e.idempotencyKey)).toEqual(keys);
  });

  it('names the entry of a later statement that is wrong', () => {
    const xml = camt(entry()).replace(
      '</Stmt>',
      `</Stmt><Stmt><Id>STMT-2</Id><Acct><Id><Othr><Id>ACC-2</Id></Othr></Id></Acct>${entry()}${entry({ amount: '1.001' })}</Stmt>`,
    );
    const error = expectFormatError(
      xml,
      'statement 2, entry 2 at /Document/BkToCstmrStmt/Stmt[2]/Ntry[2]/Amt',
      '3 decimals',
    );
    expect(error.location).toMatchObject({ statement: 2, entry: 2 });
  });

  it('reports what a reading from the top meets first, though entries are read as they come', () => {
    // a syntax error after a wrong entry: the file is not XML, whatever its entries say
    const syntax = camt(entry({ amount: '1.001' }) + entry()).replace(/<\/Stmt>/, '</Stmt></Oops>');
    expectFormatError(syntax, 'not well-formed XML');
    // the statement's own elements come before its entries
    const noAccount = camt(entry({ amount: '1.001' })).replace(/<Acct>.*<\/Acct>/, '');
    expectFormatError(noAccount, 'Stmt[1]', 'required element <Acct> is missing');
    // the first wrong entry, not a later one
    expectFormatError(
      camt(entry() + entry({ amount: '1.001' }) + entry({ currency: 'ABC' })),
      'entry 2',
      '3 decimals',
    );
  });

  it('refuses an entry that is never closed', () => {
    expectFormatError(camt(entry().replace('</Ntry>', '')), 'not well-formed XML');
  });

  it('refuses dates that do not exist', () => {
    expectFormatError(
      camt(entry()).replace('<BookgDt><Dt>2026-04-13', '<BookgDt><Dt>2026-02-30'),
      "'2026-02-30' is not a date",
    );
  });
});
