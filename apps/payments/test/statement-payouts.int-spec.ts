import {
  CancelInvoice,
  EscrowFunded,
  EscrowReleased,
  InvoiceIssued,
  InvoiceRefunded,
  IssueInvoice,
  IssueInvoiceV1,
  ReleaseEscrow,
} from '@artbridge/contracts';
import { TestContext, readJson } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PaymentsHarness, expectBalanced } from './support';

type ImportResult = {
  statementId: string;
  entries: number;
  duplicates: number;
  payments: number;
  matched: number;
  exceptions: number;
};

type Invoice = { id: string; shipmentId: string; reference: string; status: string };

const money = (amount: string, currency = 'EUR') => ({ amount, currency });

const ACCOUNT = 'DE89370400440532013000';

/** A camt.053.001.08 message of one statement holding the given entries. */
function camt(statementId: string, ...entries: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${randomUUID()}</MsgId><CreDtTm>2026-05-20T18:00:00</CreDtTm></GrpHdr>
    <Stmt><Id>${statementId}</Id><CreDtTm>2026-05-20T18:00:00</CreDtTm>
      <Acct><Id><IBAN>${ACCOUNT}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      ${entries.join('\n')}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

/** A booked entry naming `reference`: a buyer's payment (CRDT) or money finance sent out (DBIT). */
function entry(
  side: 'CRDT' | 'DBIT',
  amount: string,
  bankReference: string,
  reference: string,
): string {
  const party = side === 'CRDT' ? 'Dbtr' : 'Cdtr';
  return `<Ntry>
    <Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${side}</CdtDbtInd>
    <Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2026-05-20</Dt></BookgDt><ValDt><Dt>2026-05-20</Dt></ValDt>
    <AcctSvcrRef>${bankReference}</AcctSvcrRef>
    <NtryDtls><TxDtls>
      <RltdPties><${party}><Pty><Nm>Galerie Lumiere</Nm></Pty></${party}></RltdPties>
      <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>
        <Ref>${reference}</Ref></CdtrRefInf></Strd></RmtInf>
    </TxDtls></NtryDtls>
  </Ntry>`;
}

describe('payments: payouts on a bank statement clear what the platform owes (REC-PAYOUT; real PostgreSQL and Kafka)', () => {
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

  /** 1150.00 EUR of goods (escrow, for the exporter), 69.00 EUR of duty and VAT: 1219.00 EUR. */
  async function issue(): Promise<Invoice> {
    const command = {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      buyer: { name: 'Galerie Lumière SARL', country: 'FR', address: '12 rue de Seine, Paris' },
      lines: [
        { kind: 'PRICE', description: 'Shan Shui, ink on paper', amount: money('1000.00') },
        { kind: 'FREIGHT', description: 'air freight PEK-CDG', amount: money('150.00') },
        { kind: 'DUTY', description: 'import duty', amount: money('11.50') },
        { kind: 'VAT', description: 'import VAT', amount: money('57.50') },
      ],
      dueAt: '2026-05-15T00:00:00.000Z',
    } as IssueInvoiceV1;
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

  /** Pays the invoice in full by statement, and waits for its escrow to be funded. */
  async function pay(paid: Invoice): Promise<void> {
    const result = await importXml(
      camt(`STMT-PAID-${paid.id}`, entry('CRDT', '1219.00', `PAY-${paid.id}`, paid.reference)),
    );
    expect(result).toMatchObject({ matched: 1, exceptions: 0 });
    await payments.waitForEvent(EscrowFunded.type, (p) => p['invoiceId'] === paid.id);
  }

  /** The invoice's balance on a liability account (credits less debits), from its postings. */
  async function owed(invoiceId: string, account: string): Promise<string> {
    const { rows } = await database.query<{ balance: string }>(
      `SELECT coalesce(sum(CASE l.side WHEN 'CREDIT' THEN l.amount_minor ELSE -l.amount_minor END), 0)::text AS balance
         FROM posting p JOIN posting_line l ON l.posting_id = p.id
        WHERE p.invoice_id = $1 AND l.account = $2`,
      [invoiceId, account],
    );
    return rows[0].balance;
  }

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

  /** The postings of a kind on the invoice, with their statement entry and lines. */
  async function postingsOf(invoiceId: string, kind: string) {
    const { rows } = await database.query<{ entry_id: string | null; lines: string[] }>(
      `SELECT p.entry_id,
              array_agg(l.side || ' ' || l.account || ' ' || l.amount_minor ORDER BY l.position) AS lines
         FROM posting p JOIN posting_line l ON l.posting_id = p.id
        WHERE p.invoice_id = $1 AND p.kind = $2
        GROUP BY p.id ORDER BY p.recorded_at`,
      [invoiceId, kind],
    );
    return rows;
  }

  it('a debit paying out released escrow is matched (EXPORTER_PAID): the exporter payable falls to zero, once', async () => {
    const sold = await issue();
    await pay(sold);
    await payments.send(
      ReleaseEscrow,
      { shipmentId: sold.shipmentId, reason: 'buyer accepted' },
      sold.shipmentId,
    );
    await payments.waitForEvent(EscrowReleased.type, (p) => p['invoiceId'] === sold.id);
    expect(await owed(sold.id, 'EXPORTER_PAYABLE')).toBe('115000');

    // a transfer of another amount is finance's to look at, and says what is owed
    const short = await importXml(
      camt('STMT-PAYOUT-0', entry('DBIT', '1000.00', 'PAYOUT-SHORT-1', sold.reference)),
    );
    expect(short).toMatchObject({ payments: 1, matched: 0, exceptions: 1 });
    const [exception] = await itemsOf(short.statementId);
    expect(exception).toMatchObject({ status: 'EXCEPTION', rule: 'REC-NONE', invoice_id: sold.id });
    expect(exception.explanation).toContain(
      `names invoice ${sold.id}, which owes 1150.00 EUR to the exporter, its escrow released (EXPORTER_PAYABLE)`,
    );
    expect(await owed(sold.id, 'EXPORTER_PAYABLE')).toBe('115000');

    // finance pays the exporter: the bank's debit names the invoice's reference
    const payout = camt('STMT-PAYOUT-1', entry('DBIT', '1150.00', 'PAYOUT-1', sold.reference));
    const result = await importXml(payout);
    expect(result).toMatchObject({ payments: 1, matched: 1, exceptions: 0 });
    expect(await itemsOf(result.statementId)).toEqual([
      expect.objectContaining({ status: 'MATCHED', rule: 'REC-PAYOUT', invoice_id: sold.id }),
    ]);
    expect(await postingsOf(sold.id, 'EXPORTER_PAID')).toEqual([
      {
        entry_id: expect.any(String),
        lines: ['DEBIT EXPORTER_PAYABLE 115000', 'CREDIT BANK 115000'],
      },
    ]);
    expect(await owed(sold.id, 'EXPORTER_PAYABLE')).toBe('0');
    expect(await invoice(sold.id)).toMatchObject({ status: 'PAID' });
    expectBalanced(await payments.ledger('EUR'));

    // the same statement again books nothing; another debit of it finds nothing owed
    expect(await importXml(payout)).toMatchObject({ duplicates: 1, payments: 0 });
    const again = await importXml(
      camt('STMT-PAYOUT-2', entry('DBIT', '1150.00', 'PAYOUT-2', sold.reference)),
    );
    expect(again).toMatchObject({ payments: 1, matched: 0, exceptions: 1 });
    const [nothing] = await itemsOf(again.statementId);
    expect(nothing.explanation).toContain(`names invoice ${sold.id}, which owes nothing to anyone`);
    expect(await postingsOf(sold.id, 'EXPORTER_PAID')).toHaveLength(1);
    expect(await owed(sold.id, 'EXPORTER_PAYABLE')).toBe('0');
    expectBalanced(await payments.ledger('EUR'));
  });

  it('a debit paying a refund back to the buyer is matched (REFUND_PAID), though it equals the payment refunded', async () => {
    const cancelled = await issue();
    await pay(cancelled);
    await payments.send(
      CancelInvoice,
      { shipmentId: cancelled.shipmentId, reason: 'declaration rejected' },
      cancelled.shipmentId,
    );
    await payments.waitForEvent(InvoiceRefunded.type, (p) => p['invoiceId'] === cancelled.id);
    expect(await owed(cancelled.id, 'REFUNDS_PAYABLE')).toBe('121900');

    const result = await importXml(
      camt('STMT-REFUND-1', entry('DBIT', '1219.00', 'REFUND-1', cancelled.reference)),
    );
    expect(result).toMatchObject({ payments: 1, matched: 1, exceptions: 0 });
    expect(await itemsOf(result.statementId)).toEqual([
      expect.objectContaining({ rule: 'REC-PAYOUT', invoice_id: cancelled.id }),
    ]);
    expect(await postingsOf(cancelled.id, 'REFUND_PAID')).toEqual([
      {
        entry_id: expect.any(String),
        lines: ['DEBIT REFUNDS_PAYABLE 121900', 'CREDIT BANK 121900'],
      },
    ]);
    expect(await owed(cancelled.id, 'REFUNDS_PAYABLE')).toBe('0');
    expect(await invoice(cancelled.id)).toMatchObject({ status: 'REFUNDED' });
    expectBalanced(await payments.ledger('EUR'));
  });
});
