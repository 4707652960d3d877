import { FxRatesPublished } from '@artbridge/contracts';
import { TestContext, readJson, waitFor } from '@artbridge/platform-testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { sampleDataDirectory } from '../src/testing/sample-data';
import { PaymentsHarness, expectBalanced } from './support';

type ImportResult = {
  statementId: string;
  entries: number;
  duplicates: number;
  payments: number;
  matched: number;
  suggested: number;
  exceptions: number;
  balanceCheck: {
    status: string;
    statements: { status: string; credits: { amount: string }; debits: { amount: string } }[];
  };
};

/** A camt.053.001.04 statement of our own, with entries written by the test. */
function camt(statementId: string, entries: { amount: string; reference: string }[]): string {
  const ntry = entries
    .map(
      (
        entry,
      ) => `<Ntry><Amt Ccy="EUR">${entry.amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-05-14</Dt></BookgDt><ValDt><Dt>2026-05-14</Dt></ValDt>
        <AcctSvcrRef>${entry.reference}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd></Ntry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${statementId}</MsgId><CreDtTm>2026-05-15T06:00:00</CreDtTm></GrpHdr>
    <Stmt><Id>${statementId}</Id><CreDtTm>2026-05-15T06:00:00</CreDtTm>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
      ${ntry}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

describe('payments: real camt.053 statements and ECB rates (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;
  const camtSamples = sampleDataDirectory('camt053');
  const ecbSamples = sampleDataDirectory('ecb');

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
  });
  afterAll(() => context.cleanup());

  const importXml = async (xml: string): Promise<ImportResult> => {
    const response = await payments.upload('/statements', xml, 'application/xml');
    expect(response.status).toBe(201);
    return readJson<ImportResult>(response);
  };

  it('imports the three real camt.053 files, each twice: the second time every entry is a duplicate', async () => {
    if ('missing' in camtSamples) {
      console.warn(camtSamples.missing);
      return;
    }
    const read = (name: string) => readFileSync(join(camtSamples.directory, name), 'utf8');

    const v02 = read('iso20022-business-example_camt.053.001.02.xml');
    expect(await importXml(v02)).toMatchObject({
      entries: 3,
      duplicates: 0,
      payments: 3,
      matched: 0,
      exceptions: 3,
      balanceCheck: { status: 'BALANCED' },
    });
    expect(await importXml(v02)).toMatchObject({
      entries: 3,
      duplicates: 3,
      payments: 0,
      exceptions: 0,
    });

    // the same bank statement (account, statement id, bank references) in a later message
    // version: the bank sent it again, so nothing of it is new
    const v04 = read('iso20022-business-example_camt.053.001.04.xml');
    for (let time = 1; time <= 2; time++) {
      expect(await importXml(v04)).toMatchObject({ entries: 3, duplicates: 3, payments: 0 });
    }

    const postFinance = read(
      'postfinance_camt.053_P_CH0309000000250090342_380000000_0_2016053100163801.xml',
    );
    const first = await importXml(postFinance);
    expect(first).toMatchObject({
      entries: 13,
      duplicates: 0,
      payments: 32, // batch entries count once per transaction detail
      exceptions: 32,
      balanceCheck: { status: 'BALANCED' },
    });
    expect(await importXml(postFinance)).toMatchObject({
      entries: 13,
      duplicates: 13,
      payments: 0,
    });

    // the ledger's bank account moved exactly as the statement says, once
    const [check] = first.balanceCheck.statements;
    const chf = await payments.ledger('CHF');
    const bank = chf.accounts.find((row) => row.account === 'BANK')!;
    expect(bank.debits.amount).toBe(check.credits.amount);
    expect(bank.credits.amount).toBe(check.debits.amount);
    expectBalanced(chf);
    expectBalanced(await payments.ledger('SEK'));
  });

  it('refuses a malformed file and a file with an over-precise amount whole, saying where', async () => {
    const before = await payments.ledger();
    const items = (await payments.reconciliation()).length;

    const overPrecise = await payments.upload(
      '/statements',
      camt('TEST-OVER-PRECISE', [
        { amount: '100.00', reference: 'OP-1' },
        { amount: '100.001', reference: 'OP-2' },
      ]),
      'application/xml',
    );
    expect(overPrecise.status).toBe(400);
    const refusal = await readJson<{
      message: string[];
      location: { entry: number; path: string };
    }>(overPrecise);
    expect(refusal.location).toMatchObject({ entry: 2 });
    expect(refusal.message[0]).toContain('Ntry[2]/Amt');
    expect(refusal.message[0]).toContain('3 decimals but EUR has 2');

    const truncated = camt('TEST-MALFORMED', [{ amount: '5.00', reference: 'MF-1' }]).slice(0, 400);
    const malformed = await payments.upload('/statements', truncated, 'application/xml');
    expect(malformed.status).toBe(400);
    expect((await readJson<{ message: string[] }>(malformed)).message[0]).toMatch(
      /^camt\.053.*line/,
    );

    expect((await payments.reconciliation()).length).toBe(items);
    expect(await payments.ledger()).toEqual(before);

    // the good half on its own goes through, once
    const good = camt('TEST-GOOD', [{ amount: '100.00', reference: 'OP-1' }]);
    expect(await importXml(good)).toMatchObject({ entries: 1, duplicates: 0, exceptions: 1 });
    expect(await importXml(good)).toMatchObject({ entries: 1, duplicates: 1, exceptions: 0 });
  });

  it('imports ECB rates (either layout), stores them and publishes one FxRatesPublished per day', async () => {
    if ('missing' in ecbSamples) {
      console.warn(ecbSamples.missing);
      return;
    }
    const single = readFileSync(join(ecbSamples.directory, 'eurofxref.csv'), 'utf8');
    const form = new FormData();
    form.append('file', new Blob([single], { type: 'text/csv' }), 'eurofxref.csv');
    const response = await payments.request('/fx-rates', {
      method: 'POST',
      body: form,
      headers: payments.as('finance1', 'FINANCE'),
    });
    expect(response.status).toBe(201);
    const result = await readJson<{ days: number; currencies: string[]; published: number }>(
      response,
    );
    expect(result).toMatchObject({ days: 1, published: 1, from: '2026-04-13', to: '2026-04-13' });
    expect(result.currencies).toHaveLength(29);
    const day = await payments.waitForEvent(
      FxRatesPublished.type,
      (p) => p['date'] === '2026-04-13',
    );
    expect(day).toMatchObject({ subject: '2026-04-13', payload: { source: 'ECB', base: 'EUR' } });
    const rates = day.payload['rates'] as { currency: string; rate: string }[];
    expect(rates).toHaveLength(29);
    expect(rates).toEqual(expect.arrayContaining([{ currency: 'HUF', rate: '366.9' }]));

    // the same day again changes nothing and announces nothing
    const again = await readJson(await payments.upload('/fx-rates', single, 'text/csv'));
    expect(again).toMatchObject({ days: 1, published: 0 });

    // the history layout as a raw body larger than the default body limit: its newest 1,500
    // days (the whole file, 6,983 days, takes the same path in more outbox batches, ~10 s on the
    // reference machine), each announced once in one transaction; the day above is unchanged
    // and not announced again
    const history = readFileSync(join(ecbSamples.directory, 'eurofxref-hist.csv'), 'utf8')
      .split('\n')
      .slice(0, 1 + 1_500)
      .join('\n');
    expect(Buffer.byteLength(history)).toBeGreaterThan(100 * 1024);
    const all = await payments.upload('/fx-rates', history, 'text/csv');
    expect(all.status).toBe(201);
    const imported = await readJson<{ from: string }>(all);
    expect(imported).toMatchObject({ days: 1_500, published: 1_499, to: '2026-04-13' });
    await waitFor(
      'every day on the topic',
      () => payments.published(FxRatesPublished.type).length >= 1_500,
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    const days = payments.published(FxRatesPublished.type);
    expect(new Set(days.map((e) => e.payload['date'])).size).toBe(1_500);
    expect(days).toHaveLength(1_500);
    const oldest = days.find((e) => e.payload['date'] === imported.from)!;
    expect(oldest.subject).toBe(imported.from);
    // currencies no longer quoted (or no longer tender) are stored but not announced
    expect(
      (oldest.payload['rates'] as { currency: string }[]).map((r) => r.currency),
    ).not.toContain('HRK');
  });

  it('fx-rates: finance only; a malformed file is refused with its line', async () => {
    const csv = 'Date,USD,JPY,\n2026-04-14,1.17,abc,\n';
    for (const [user, role] of [
      ['exporter1', 'EXPORTER'],
      ['admin', 'ADMIN'],
      ['officer1', 'CUSTOMS_OFFICER'],
      ['operator1', 'LOGISTICS_OPERATOR'],
    ] as const) {
      const response = await payments.request('/fx-rates', {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv', ...payments.as(user, role) },
      });
      expect(response.status).toBe(403);
    }
    const malformed = await payments.upload('/fx-rates', csv, 'text/csv');
    expect(malformed.status).toBe(400);
    expect(await readJson(malformed)).toMatchObject({
      line: 2,
      message: ["ECB rates line 2: JPY rate 'abc' is not a decimal number"],
    });
    expect((await payments.upload('/fx-rates', '<xml/>', 'application/xml')).status).toBe(415);
  });

  it('fx-rates: a file customs could not convert with is refused whole; nothing stored or announced', async () => {
    const refused: [csv: string, line: number, message: string][] = [
      [
        `Date,USD,JPY,\n2026-04-15,1.1702,0.${'0'.repeat(300)}1,\n`,
        2,
        'ECB rates line 2: JPY rate 0.0000000000...00000001 (303 characters) is below 0.000001 per EUR',
      ],
      [
        `Date,USD,\n2026-04-15,${'9'.repeat(400)},\n`,
        2,
        'ECB rates line 2: USD rate 999999999999...99999999 (400 characters) has 400 significant digits, more than 10',
      ],
      [
        'Date,EUR,\n2026-12-01,2,\n',
        1,
        'ECB rates line 1: EUR in the header: rates are per 1 EUR, so EUR against EUR is 1 by definition',
      ],
      [
        'Date,USD,ZZZ,\n2026-04-15,1.1702,2,\n',
        1,
        'ECB rates line 1: ZZZ in the header is not an ISO 4217 currency code',
      ],
      [
        'Date,USD,\n9999-12-31,1.1702,\n2026-04-15,1.1702,\n',
        2,
        `ECB rates line 2: date 9999-12-31 is after today (${new Date().toISOString().slice(0, 10)}): no rate is published for a future day`,
      ],
    ];
    for (const [csv, line, message] of refused) {
      const response = await payments.upload('/fx-rates', csv, 'text/csv');
      expect(response.status).toBe(400);
      expect(await readJson(response)).toMatchObject({ line, message: [message] });
    }
    const dataSource = payments.service.app.get(DataSource);
    const stored: { rows: string }[] = await dataSource.query(
      `SELECT count(*)::text AS rows FROM fx_rate
        WHERE rate_date IN ('2026-04-15', '2026-12-01', '9999-12-31') OR currency IN ('EUR', 'ZZZ')`,
    );
    expect(stored[0].rows).toBe('0');

    // a good day after them is announced; none of the refused days came before it
    expect(
      (await payments.upload('/fx-rates', 'Date,USD,\n2026-04-16,1.1702,\n', 'text/csv')).status,
    ).toBe(201);
    await payments.waitForEvent(FxRatesPublished.type, (p) => p['date'] === '2026-04-16');
    const refusedDays = payments
      .published(FxRatesPublished.type)
      .filter((e) =>
        ['2026-04-15', '2026-12-01', '9999-12-31'].includes(e.payload['date'] as string),
      );
    expect(refusedDays).toEqual([]);
  });
});
