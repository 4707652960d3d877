import {
  EscrowFunded,
  EscrowReleased,
  EscrowUnfunded,
  InvoiceIssued,
  InvoicePartiallyPaid,
  IssueInvoice,
  IssueInvoiceV1,
  ReleaseEscrow,
} from '@artbridge/contracts';
import { DLQ_HEADERS } from '@artbridge/platform-messaging';
import { TestContext, readJson, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PaymentsHarness, expectBalanced } from './support';

type ImportResult = {
  statementId: string;
  entries: number;
  duplicates: number;
  payments: number;
  matched: number;
  partiallyPaid: number;
  reversed: number;
  suggested: number;
  exceptions: number;
};

type Invoice = {
  id: string;
  shipmentId: string;
  reference: string;
  status: string;
  escrow: string;
  paid: { amount: string; currency: string };
};

const money = (amount: string, currency = 'EUR') => ({ amount, currency });

const ACCOUNT = 'DE89370400440532013000';

/** A camt.053.001.08 message holding the given <Stmt> elements, in order. */
function camt(...statements: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${randomUUID()}</MsgId><CreDtTm>2026-05-14T18:00:00</CreDtTm></GrpHdr>
    ${statements.join('\n')}
  </BkToCstmrStmt>
</Document>`;
}

function statement(id: string, ...entries: string[]): string {
  return `<Stmt><Id>${id}</Id><CreDtTm>2026-05-14T18:00:00</CreDtTm>
    <Acct><Id><IBAN>${ACCOUNT}</IBAN></Id><Ccy>EUR</Ccy></Acct>
    ${entries.join('\n')}
  </Stmt>`;
}

function entry(options: {
  amount: string;
  status?: string;
  bankReference?: string;
  details: string;
}): string {
  return `<Ntry>
    <Amt Ccy="EUR">${options.amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
    <Sts><Cd>${options.status ?? 'BOOK'}</Cd></Sts>
    <BookgDt><Dt>2026-05-14</Dt></BookgDt><ValDt><Dt>2026-05-14</Dt></ValDt>
    ${options.bankReference ? `<AcctSvcrRef>${options.bankReference}</AcctSvcrRef>` : ''}
    <NtryDtls>${options.details}</NtryDtls>
  </Ntry>`;
}

/** A transaction detail paying `reference`; without `amount`, as some banks send a batch. */
function detail(reference: string, amount?: string): string {
  return `<TxDtls>
    ${amount ? `<Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>` : ''}
    <RltdPties><Dbtr><Pty><Nm>Galerie Lumiere</Nm></Pty></Dbtr></RltdPties>
    <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>
      <Ref>${reference}</Ref></CdtrRefInf></Strd></RmtInf>
  </TxDtls>`;
}

describe('payments: pending entries, statements repeated within a file, batches that cannot be split (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;
  let database: Client;

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
    database = new Client({ connectionString: await context.database('payments') });
    await database.connect();
    context.onCleanup(() => database.end());
  });
  afterAll(() => context.cleanup());

  const finance = () => payments.as('finance1', 'FINANCE');

  function issueCommand(total: string): IssueInvoiceV1 {
    return {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      buyer: { name: 'Galerie Lumière SARL', country: 'FR', address: '12 rue de Seine, Paris' },
      lines: [{ kind: 'PRICE', description: 'Shan Shui, ink on paper', amount: money(total) }],
      dueAt: '2026-05-15T00:00:00.000Z',
    } as IssueInvoiceV1;
  }

  async function issue(total: string): Promise<Invoice> {
    const command = issueCommand(total);
    await payments.send(IssueInvoice, command, command.shipmentId);
    const issued = await payments.waitForEvent(
      InvoiceIssued.type,
      (payload) => payload['shipmentId'] === command.shipmentId,
    );
    return invoice(issued.subject);
  }

  const invoice = async (id: string): Promise<Invoice> =>
    readJson<Invoice>(await payments.request(`/invoices/${id}`, { headers: finance() }));

  async function importXml(xml: string): Promise<ImportResult> {
    const response = await payments.upload('/statements', xml, 'application/xml');
    expect(response.status).toBe(201);
    return readJson<ImportResult>(response);
  }

  /** The reconciliation items of one import: what it booked, entry by entry. */
  async function itemsOf(
    importId: string,
  ): Promise<{ status: string; rule: string; invoice_id: string | null; explanation: string }[]> {
    const { rows } = await database.query(
      `SELECT i.status, i.rule, i.invoice_id, i.explanation
         FROM reconciliation_item i JOIN statement_entry e ON e.id = i.entry_id
        WHERE e.import_id = $1 ORDER BY e.position, i.id`,
      [importId],
    );
    return rows;
  }

  const storedEntries = async (importId: string): Promise<number> => {
    const { rows } = await database.query<{ count: string }>(
      `SELECT count(*) FROM statement_entry WHERE import_id = $1`,
      [importId],
    );
    return Number(rows[0].count);
  };

  /** Postings booked for the invoices besides their issue. */
  const postingsBeyondIssue = async (...invoiceIds: string[]): Promise<string[]> => {
    const { rows } = await database.query<{ kind: string }>(
      `SELECT kind FROM posting WHERE invoice_id = ANY($1::uuid[]) AND kind <> 'INVOICE_ISSUED'
        ORDER BY recorded_at, kind`,
      [invoiceIds],
    );
    return rows.map((row) => row.kind);
  };

  it('a payment reported pending, then booked in a later statement: booked once, the invoice paid', async () => {
    const paid = await issue('1000.00');
    // no bank reference: the key is the content hash, the same for both days but for the status
    const payment = (status: string) =>
      entry({ amount: '1000.00', status, details: detail(paid.reference) });
    const pending = camt(statement('STMT-20260513', payment('PDNG')));
    const booked = camt(statement('STMT-20260514', payment('BOOK')));

    const day1 = await importXml(pending);
    expect(day1).toMatchObject({ entries: 1, duplicates: 0, payments: 0, matched: 0 });
    expect(await invoice(paid.id)).toMatchObject({ status: 'OPEN', paid: money('0.00') });

    const day2 = await importXml(booked);
    expect(day2).toMatchObject({
      entries: 1,
      duplicates: 0,
      payments: 1,
      matched: 1,
      exceptions: 0,
    });
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === paid.id);
    expect(await invoice(paid.id)).toMatchObject({
      status: 'PAID',
      paid: money('1000.00'),
      escrow: 'FUNDED',
    });
    expect(await itemsOf(day2.statementId)).toEqual([
      expect.objectContaining({ status: 'MATCHED', rule: 'REC-EXACT', invoice_id: paid.id }),
    ]);

    // either statement again books nothing
    expect(await importXml(booked)).toMatchObject({ entries: 1, duplicates: 1, payments: 0 });
    expect(await importXml(pending)).toMatchObject({ entries: 1, duplicates: 1, payments: 0 });
    expect(await invoice(paid.id)).toMatchObject({ status: 'PAID', paid: money('1000.00') });
    expect(await postingsBeyondIssue(paid.id)).toEqual(['ESCROW_FUNDED', 'PAYMENT_RECEIVED']);
  });

  it('a file holding one <Stmt> twice: the copy is a duplicate and books nothing (part payment, bank reference)', async () => {
    const half = await issue('1000.00');
    const once = statement(
      'STMT-TWICE-1',
      entry({ amount: '500.00', bankReference: 'BANKREF-HALF-1', details: detail(half.reference) }),
    );

    const result = await importXml(camt(once, once));
    expect(result).toMatchObject({
      entries: 2,
      duplicates: 1,
      payments: 1,
      matched: 1,
      partiallyPaid: 1,
      exceptions: 0,
    });
    expect(await storedEntries(result.statementId)).toBe(1);
    expect(await itemsOf(result.statementId)).toEqual([
      expect.objectContaining({ status: 'PARTIALLY_PAID', rule: 'REC-PARTIAL' }),
    ]);
    await payments.waitForEvent(InvoicePartiallyPaid.type, (p) => p['invoiceId'] === half.id);
    expect(await invoice(half.id)).toMatchObject({
      status: 'PARTIALLY_PAID',
      paid: money('500.00'),
      escrow: 'AWAITING_FUNDS',
    });
    expect(await postingsBeyondIssue(half.id)).toEqual(['PAYMENT_RECEIVED']);
    expect(
      payments.published(EscrowFunded.type).some((e) => e.payload['invoiceId'] === half.id),
    ).toBe(false);

    // the statement alone afterwards: a duplicate too
    expect(await importXml(camt(once))).toMatchObject({ duplicates: 1, payments: 0 });
  });

  it('a file holding one <Stmt> twice: an exact payment is matched once, nothing goes to suspense (content-hash key)', async () => {
    const exact = await issue('1000.00');
    const once = statement(
      'STMT-TWICE-2',
      entry({ amount: '1000.00', details: detail(exact.reference) }),
    );

    const result = await importXml(camt(once, once));
    expect(result).toMatchObject({
      entries: 2,
      duplicates: 1,
      payments: 1,
      matched: 1,
      partiallyPaid: 0,
      suggested: 0,
      exceptions: 0,
    });
    expect(await storedEntries(result.statementId)).toBe(1);
    expect(await itemsOf(result.statementId)).toEqual([
      expect.objectContaining({ status: 'MATCHED', rule: 'REC-EXACT', invoice_id: exact.id }),
    ]);
    expect(await invoice(exact.id)).toMatchObject({ status: 'PAID', escrow: 'FUNDED' });
    const { rows } = await database.query<{ count: string }>(
      `SELECT count(*) FROM posting p JOIN reconciliation_item i ON i.suspense_posting_id = p.id
         JOIN statement_entry e ON e.id = i.entry_id WHERE e.import_id = $1`,
      [result.statementId],
    );
    expect(Number(rows[0].count)).toBe(0);
    expectBalanced(await payments.ledger('EUR'));
  });

  it('a batch whose details name two invoices but carry no amounts is left to a person (REC-NONE)', async () => {
    const first = await issue('150.00');
    const second = await issue('150.00');
    const batch = entry({
      amount: '300.00',
      bankReference: 'BATCH-NO-AMOUNTS-1',
      details: detail(first.reference) + detail(second.reference),
    });

    const result = await importXml(camt(statement('STMT-BATCH-1', batch)));
    expect(result).toMatchObject({
      entries: 1,
      duplicates: 0,
      payments: 1,
      matched: 0,
      suggested: 0,
      exceptions: 1,
    });
    const [item] = await itemsOf(result.statementId);
    expect(item).toMatchObject({ status: 'EXCEPTION', rule: 'REC-NONE', invoice_id: null });
    expect(item.explanation).toContain(
      `naming 2 different references (${first.reference}, ${second.reference}), and not all of them carry an amount`,
    );
    // neither invoice paid, nothing owed back as an over-payment: the money waits in suspense
    expect(await invoice(first.id)).toMatchObject({ status: 'OPEN', paid: money('0.00') });
    expect(await invoice(second.id)).toMatchObject({ status: 'OPEN', paid: money('0.00') });
    expect(await postingsBeyondIssue(first.id, second.id)).toEqual([]);
    const exceptions = await payments.reconciliation('EXCEPTION');
    expect(exceptions.find((e) => e.explanation === item.explanation)).toMatchObject({
      amount: money('300.00'),
      rule: 'REC-NONE',
    });
  });

  it('the bank reverses a payment that funded escrow (REC-REVERSAL): invoice OPEN, escrow AWAITING_FUNDS, EscrowUnfunded sent, release refused', async () => {
    const reversed = await issue('1000.00');
    const paid = await importXml(
      camt(
        statement(
          'STMT-REV-1',
          entry({
            amount: '1000.00',
            bankReference: 'BANKREF-REV-1',
            details: detail(reversed.reference),
          }),
        ),
      ),
    );
    expect(paid).toMatchObject({ matched: 1, exceptions: 0 });
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === reversed.id);
    expect(await invoice(reversed.id)).toMatchObject({ status: 'PAID', escrow: 'FUNDED' });

    // the bank takes the payment back: a debit marked as a reversal, naming the same reference;
    // a second reversal of the same payment finds nothing left to reverse
    const reversal = (bankReference: string) =>
      entry({ amount: '1000.00', bankReference, details: detail(reversed.reference) }).replace(
        '<CdtDbtInd>CRDT</CdtDbtInd>',
        '<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>',
      );
    const result = await importXml(
      camt(statement('STMT-REV-2', reversal('BANKREF-REV-2'), reversal('BANKREF-REV-3'))),
    );
    // a chargeback is not a match: counted apart, and left out of the match rate
    expect(result).toMatchObject({ payments: 2, matched: 0, reversed: 1, exceptions: 1 });
    const [applied, again] = await itemsOf(result.statementId);
    expect(applied).toMatchObject({
      status: 'MATCHED',
      rule: 'REC-REVERSAL',
      invoice_id: reversed.id,
    });
    expect(again).toMatchObject({ status: 'EXCEPTION', rule: 'REC-NONE', invoice_id: null });
    expect(await invoice(reversed.id)).toMatchObject({
      status: 'OPEN',
      paid: money('0.00'),
      escrow: 'AWAITING_FUNDS',
    });
    const unfunded = await payments.waitForEvent(
      EscrowUnfunded.type,
      (p) => p['invoiceId'] === reversed.id,
    );
    expect(unfunded.payload).toMatchObject({
      shipmentId: reversed.shipmentId,
      amount: money('1000.00'),
      reason: expect.stringContaining('REC-REVERSAL'),
    });
    // postings are never edited: the payment and the escrow funding are each reversed
    expect(await postingsBeyondIssue(reversed.id)).toEqual([
      'ESCROW_FUNDED',
      'PAYMENT_RECEIVED',
      'REVERSAL',
      'REVERSAL',
    ]);
    expectBalanced(await payments.ledger('EUR'));

    // nothing is held any more: a release is refused at once, for a redrive once paid again
    await payments.send(
      ReleaseEscrow,
      { shipmentId: reversed.shipmentId, reason: 'buyer accepted' },
      reversed.shipmentId,
    );
    const letter = await payments.waitForDeadLetter(
      'the refused release in the dead-letter topic',
      reversed.shipmentId,
    );
    expect(letter.headers[DLQ_HEADERS.error]).toContain('only funded escrow');
    expect(letter.headers[DLQ_HEADERS.attempts]).toBe('1');
    expect(await invoice(reversed.id)).toMatchObject({ status: 'OPEN', escrow: 'AWAITING_FUNDS' });
    expect(
      payments.published(EscrowReleased.type).some((e) => e.payload['invoiceId'] === reversed.id),
    ).toBe(false);
  });

  it('a reversal decided while the escrow moves under it is decided again on what is there, never a 500', async () => {
    const disputed = await issue('700.00');
    const paid = await importXml(
      camt(
        statement(
          'STMT-RACE-1',
          entry({
            amount: '700.00',
            bankReference: 'BANKREF-RACE-1',
            details: detail(disputed.reference),
          }),
        ),
      ),
    );
    expect(paid).toMatchObject({ matched: 1 });
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === disputed.id);

    // another writer holds the invoice (as HoldEscrow would) while the import decides REC-REVERSAL
    // on the escrow it read, FUNDED, and waits for the lock; the writer then disputes the escrow
    const writer = new Client({ connectionString: await context.database('payments') });
    await writer.connect();
    context.onCleanup(() => writer.end());
    await writer.query('BEGIN');
    await writer.query('SELECT id FROM invoice WHERE id = $1 FOR UPDATE', [disputed.id]);
    const importing = payments.upload(
      '/statements',
      camt(
        statement(
          'STMT-RACE-2',
          entry({
            amount: '700.00',
            bankReference: 'BANKREF-RACE-2',
            details: detail(disputed.reference),
          }).replace(
            '<CdtDbtInd>CRDT</CdtDbtInd>',
            '<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>',
          ),
        ),
      ),
      'application/xml',
    );
    await waitFor('the import waiting for the invoice lock', async () => {
      const { rows } = await database.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
        [(writer as unknown as { processID: number }).processID],
      );
      return rows.length > 0;
    });
    await writer.query(
      `UPDATE invoice SET escrow_status = 'DISPUTED',
              escrow = jsonb_set(escrow, '{status}', '"DISPUTED"') WHERE id = $1`,
      [disputed.id],
    );
    await writer.query('COMMIT');

    const response = await importing;
    expect(response.status).toBe(201);
    const result = await readJson<ImportResult>(response);
    // the escrow no longer holds the money: finance recovers it, nothing is reversed
    expect(result).toMatchObject({ payments: 1, matched: 0, reversed: 0, exceptions: 1 });
    const [item] = await itemsOf(result.statementId);
    expect(item).toMatchObject({ status: 'EXCEPTION', rule: 'REC-NONE' });
    expect(await invoice(disputed.id)).toMatchObject({ status: 'PAID', escrow: 'DISPUTED' });
    expectBalanced(await payments.ledger('EUR'));
  });

  it('an IssueInvoice whose lines are each in range but whose total is not is dead-lettered at once, saying why', async () => {
    const command = {
      ...issueCommand('90000000000000000.00'),
      lines: [
        { kind: 'PRICE', description: 'price', amount: money('90000000000000000.00') },
        { kind: 'VAT', description: 'import VAT', amount: money('11700000000000000.00') },
      ],
    } as IssueInvoiceV1;
    await payments.send(IssueInvoice, command, command.shipmentId);
    const letter = await payments.waitForDeadLetter(
      'the IssueInvoice to be dead-lettered',
      command.shipmentId,
    );
    expect(letter.headers[DLQ_HEADERS.error]).toContain(
      'the lines total 101700000000000000.00 EUR, more than an invoice can hold',
    );
    expect(letter.headers[DLQ_HEADERS.attempts]).toBe('1');
    const list = await readJson<{ total: number }>(
      await payments.request(`/invoices?shipmentId=${command.shipmentId}`, {
        headers: finance(),
      }),
    );
    expect(list.total).toBe(0);
  });
});
