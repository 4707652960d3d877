import {
  EscrowFunded,
  EscrowUnfunded,
  ImportDeclarationCleared,
  ImportDeclarationClearedV1,
  ImportDutyInvoiceIssued,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
  InvoiceIssued,
  IssueInvoice,
  IssueInvoiceV1,
  Streams,
} from '@artbridge/contracts';
import { DLQ_HEADERS, decodeEnvelope } from '@artbridge/platform-messaging';
import { TestContext, readJson } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { isValidCreditorReference } from '../src/invoices/domain/creditor-reference';
import { PaymentsHarness, expectBalanced } from './support';

type Invoice = {
  id: string;
  kind: string;
  shipmentId: string;
  declarationId?: string;
  exporterId: string;
  buyer: { name: string; country: string; address: string };
  reference: string;
  status: string;
  escrow: string;
  lines: { kind: string; description: string; amount: { amount: string; currency: string } }[];
  total: { amount: string; currency: string };
  paid: { amount: string; currency: string };
  dueAt: string;
  issuedAt: string;
};

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const IMPORTER = { name: 'Long Museum', country: 'CN', address: '3398 Longteng Avenue, Shanghai' };

/** customs.declaration.import-cleared as customs sends it when works leave bond. */
function importCleared(overrides: Partial<ImportDeclarationClearedV1> = {}) {
  return {
    declarationId: randomUUID(),
    shipmentId: randomUUID(),
    decidedBy: 'AUTOMATIC',
    importCountry: 'CN',
    importer: IMPORTER,
    exporterId: 'exporter1',
    exportDeclarationId: randomUUID(),
    // CNY 100,000.00: duty 1 % 1,000.00, VAT 13 % of 101,000.00
    duties: { duty: cny('1000.00'), vat: cny('13130.00'), total: cny('14130.00') },
    ...overrides,
  } as ImportDeclarationClearedV1;
}

describe('payments: import-duty invoices on customs’ import clearances (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let payments: PaymentsHarness;

  beforeAll(async () => {
    payments = await PaymentsHarness.start(context);
  });
  afterAll(() => context.cleanup());

  const finance = () => payments.as('finance1', 'FINANCE');

  /** As customs publishes it: on the declaration stream, keyed by the declaration. */
  const clear = (event: ImportDeclarationClearedV1, key = event.declarationId) =>
    payments.publish(ImportDeclarationCleared, event, event.declarationId, {
      source: 'customs',
      correlationId: event.shipmentId,
      key,
    });

  const issuedFor = (declarationId: string) =>
    payments.waitForEvent(
      ImportDutyInvoiceIssued.type,
      (payload) => payload['declarationId'] === declarationId,
    );

  const invoice = async (id: string): Promise<Invoice> =>
    readJson<Invoice>(await payments.request(`/invoices/${id}`, { headers: finance() }));

  const invoicesOfShipment = async (shipmentId: string) =>
    readJson<{ items: Invoice[]; total: number }>(
      await payments.request(`/invoices?shipmentId=${shipmentId}`, { headers: finance() }),
    );

  it('issues the importer one invoice of the duty and VAT, with an RF reference, no escrow, booked to duties payable', async () => {
    const event = importCleared();
    const sent = await clear(event);
    const issued = await issuedFor(event.declarationId);
    const reference = issued.payload['reference'] as string;
    expect(isValidCreditorReference(reference)).toBe(true);
    expect(issued).toMatchObject({
      source: 'payments',
      subject: issued.payload['invoiceId'],
      causationId: sent.id,
      correlationId: event.shipmentId,
      payload: {
        shipmentId: event.shipmentId,
        declarationId: event.declarationId,
        total: cny('14130.00'),
      },
    });
    // due 15 days after issue (Customs Law of the PRC, art. 60)
    const shown = await invoice(issued.subject);
    expect(Date.parse(shown.dueAt) - Date.parse(shown.issuedAt)).toBe(15 * 86_400_000);
    expect(shown).toMatchObject({
      id: issued.subject,
      kind: 'IMPORT_DUTY',
      shipmentId: event.shipmentId,
      declarationId: event.declarationId,
      exporterId: 'exporter1',
      buyer: IMPORTER,
      reference,
      lines: [
        {
          kind: 'DUTY',
          description: `Import duty (CN), import declaration ${event.declarationId}`,
          amount: cny('1000.00'),
        },
        {
          kind: 'VAT',
          description: `Import VAT (CN), import declaration ${event.declarationId}`,
          amount: cny('13130.00'),
        },
      ],
      total: cny('14130.00'),
      paid: cny('0.00'),
      status: 'OPEN',
      escrow: 'NONE',
      dueAt: issued.payload['dueAt'],
    });
    // the exporter that owns the shipment sees it too
    const asExporter = await payments.request(`/invoices/${issued.subject}`, {
      headers: payments.as('exporter1', 'EXPORTER'),
    });
    expect(asExporter.status).toBe(200);

    const ledger = await payments.ledger('CNY');
    expectBalanced(ledger);
    expect(ledger.accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ account: 'DUTIES_PAYABLE', balance: cny('1000.00') }),
        expect.objectContaining({ account: 'VAT_PAYABLE', balance: cny('13130.00') }),
      ]),
    );
    expect(ledger.accounts.some((row) => row.account.startsWith('ESCROW'))).toBe(false);
  });

  it('once per import declaration: delivered twice, and sent again with a new id, still one invoice', async () => {
    const event = importCleared();
    const first = await clear(event);
    await payments.resend(first, Streams.customsDeclaration);
    await clear(event);
    // same key, so handled after the three above: once its invoice is out, they are done
    const marker = importCleared({ shipmentId: event.shipmentId });
    await clear(marker, event.declarationId);
    await issuedFor(marker.declarationId);

    expect(
      payments
        .published(ImportDutyInvoiceIssued.type)
        .filter((e) => e.payload['declarationId'] === event.declarationId),
    ).toHaveLength(1);
    const list = await invoicesOfShipment(event.shipmentId);
    expect(list.items.filter((i) => i.declarationId === event.declarationId)).toHaveLength(1);
    expect(list.total).toBe(2);
  });

  it('issues nothing when no duty or VAT is due (paid at the export declaration, or none computed)', async () => {
    const nothing = importCleared({
      duties: { duty: cny('0.00'), vat: cny('0.00'), total: cny('0.00') },
    });
    const none = importCleared({ duties: undefined });
    await clear(nothing);
    await clear(none, nothing.declarationId);
    const marker = importCleared();
    await clear(marker, nothing.declarationId);
    await issuedFor(marker.declarationId);

    for (const event of [nothing, none]) {
      expect((await invoicesOfShipment(event.shipmentId)).total).toBe(0);
      expect(
        payments
          .published(ImportDutyInvoiceIssued.type)
          .some((e) => e.payload['declarationId'] === event.declarationId),
      ).toBe(false);
    }
  });

  it('sits beside the shipment’s own invoice, which the saga’s commands keep addressing', async () => {
    const shipmentId = randomUUID();
    const command = {
      shipmentId,
      exporterId: 'exporter1',
      buyer: IMPORTER,
      lines: [{ kind: 'PRICE', description: 'River Town, print', amount: cny('10000.00') }],
      dueAt: '2026-12-20T00:00:00.000Z',
    } as IssueInvoiceV1;
    await payments.send(IssueInvoice, command, shipmentId);
    await payments.waitForEvent(InvoiceIssued.type, (p) => p['shipmentId'] === shipmentId);
    const event = importCleared({ shipmentId });
    await clear(event);
    await issuedFor(event.declarationId);

    const list = await invoicesOfShipment(shipmentId);
    expect(list.items.map((i) => [i.kind, i.escrow]).sort()).toEqual([
      ['IMPORT_DUTY', 'NONE'],
      ['SHIPMENT', 'AWAITING_FUNDS'],
    ]);
    // the saga hears only its own invoice's events
    expect(
      payments.published(InvoiceIssued.type).filter((e) => e.payload['shipmentId'] === shipmentId),
    ).toHaveLength(1);
  });

  it('paid with its RF reference: PAID straight to duties payable, announced as such, no escrow funded', async () => {
    const event = importCleared();
    await clear(event);
    const issued = await issuedFor(event.declarationId);
    const { reference } = await invoice(issued.subject);

    await payments.importCsv([`2026-12-07,4130.00,CNY,${reference},Long Museum,`]);
    const part = await payments.waitForEvent(
      ImportDutyInvoicePartiallyPaid.type,
      (p) => p['invoiceId'] === issued.subject,
    );
    expect(part.payload).toEqual({
      invoiceId: issued.subject,
      shipmentId: event.shipmentId,
      declarationId: event.declarationId,
      paid: cny('4130.00'),
    });
    await payments.importCsv([`2026-12-08,10000.00,CNY,${reference},Long Museum,`]);
    const paid = await payments.waitForEvent(
      ImportDutyInvoicePaid.type,
      (p) => p['invoiceId'] === issued.subject,
    );
    expect(paid).toMatchObject({
      correlationId: event.shipmentId,
      payload: { declarationId: event.declarationId, paid: cny('14130.00') },
    });
    expect(await invoice(issued.subject)).toMatchObject({
      status: 'PAID',
      paid: cny('14130.00'),
      escrow: 'NONE',
    });
    expect(
      payments.published(EscrowFunded.type).some((e) => e.payload['invoiceId'] === issued.subject),
    ).toBe(false);
    const partial = await payments.reconciliation('PARTIALLY_PAID');
    expect(partial.find((item) => item.invoiceId === issued.subject)).toMatchObject({
      rule: 'REC-PARTIAL',
    });
    const matched = await payments.reconciliation('MATCHED');
    expect(matched.find((item) => item.invoiceId === issued.subject)).toMatchObject({
      rule: 'REC-EXACT',
      explanation: expect.stringContaining('paid in full (duties and taxes: no escrow)'),
    });
    expectBalanced(await payments.ledger('CNY'));
  });

  it('a payment the bank takes back is reversed (REC-REVERSAL) and announced: PARTIALLY_PAID, then OPEN, then paid again', async () => {
    const event = importCleared();
    await clear(event);
    const issued = await issuedFor(event.declarationId);
    const { reference } = await invoice(issued.subject);
    await payments.importCsv([
      `2026-12-07,4130.00,CNY,${reference},Long Museum,`,
      `2026-12-08,10000.00,CNY,${reference},Long Museum,`,
    ]);
    await payments.waitForEvent(
      ImportDutyInvoicePaid.type,
      (p) => p['invoiceId'] === issued.subject,
    );

    // the bank returns the second payment, then the first (debits naming the reference)
    const second = await payments.importCsv([`2026-12-09,-10000.00,CNY,${reference},Long Museum,`]);
    expect(second).toMatchObject({ payments: 1, reversed: 1, exceptions: 0 });
    expect(await invoice(issued.subject)).toMatchObject({
      status: 'PARTIALLY_PAID',
      paid: cny('4130.00'),
      escrow: 'NONE',
    });
    const first = await payments.importCsv([`2026-12-10,-4130.00,CNY,${reference},Long Museum,`]);
    expect(first).toMatchObject({ payments: 1, reversed: 1, exceptions: 0 });
    expect(await invoice(issued.subject)).toMatchObject({
      status: 'OPEN',
      paid: cny('0.00'),
      escrow: 'NONE',
    });
    const reversals = (await payments.reconciliation('MATCHED')).filter(
      (item) => item.invoiceId === issued.subject && item.rule === 'REC-REVERSAL',
    );
    expect(reversals.map((item) => item.amount)).toEqual([cny('10000.00'), cny('4130.00')]);
    // each payment's PAYMENT_RECEIVED reversed, never edited: the importer owes the whole again
    const database = new Client({ connectionString: await context.database('payments') });
    await database.connect();
    try {
      const { rows } = await database.query<{ kind: string; receivable: string }>(
        `SELECT p.kind, sum(CASE l.side WHEN 'DEBIT' THEN l.amount_minor ELSE -l.amount_minor END)
                  FILTER (WHERE l.account = 'BUYER_RECEIVABLE')::text AS receivable
           FROM posting p JOIN posting_line l ON l.posting_id = p.id
          WHERE p.invoice_id = $1 GROUP BY p.id, p.kind ORDER BY p.id`,
        [issued.subject],
      );
      expect(rows.map((row) => [row.kind, row.receivable])).toEqual([
        ['INVOICE_ISSUED', '1413000'],
        ['PAYMENT_RECEIVED', '-413000'],
        ['PAYMENT_RECEIVED', '-1000000'],
        ['REVERSAL', '1000000'],
        ['REVERSAL', '413000'],
      ]);
    } finally {
      await database.end();
    }
    // each reversal announced on the invoice stream, keyed by the invoice as its other events,
    // with the amounts after it, so that logistics' timeline no longer says the duty is paid
    await payments.waitForEvent(
      ImportDutyInvoicePaymentReversed.type,
      (p) => p['invoiceId'] === issued.subject && p['status'] === 'OPEN',
    );
    const records = payments.events.records
      .map((record) => ({ record, envelope: decodeEnvelope(record.value) }))
      .filter(
        ({ envelope }) =>
          envelope.type === ImportDutyInvoicePaymentReversed.type &&
          (envelope.payload as Record<string, unknown>)['invoiceId'] === issued.subject,
      );
    expect(
      records.map(({ record, envelope }) => [
        record.topic,
        record.key,
        envelope.source,
        envelope.correlationId,
      ]),
    ).toEqual(
      Array(2).fill([
        payments.context.topicPrefix + Streams.paymentsInvoice,
        issued.subject,
        'payments',
        event.shipmentId,
      ]),
    );
    const announced = records.map(({ envelope }) => envelope);
    const ids = {
      invoiceId: issued.subject,
      shipmentId: event.shipmentId,
      declarationId: event.declarationId,
    };
    expect(announced.map((e) => e.payload)).toEqual([
      {
        ...ids,
        reversed: cny('10000.00'),
        paid: cny('4130.00'),
        open: cny('10000.00'),
        status: 'PARTIALLY_PAID',
      },
      {
        ...ids,
        reversed: cny('4130.00'),
        paid: cny('0.00'),
        open: cny('14130.00'),
        status: 'OPEN',
      },
    ]);
    // no escrow: nothing was funded, so nothing is unfunded
    expect(
      payments
        .published(EscrowUnfunded.type)
        .some((e) => e.payload['invoiceId'] === issued.subject),
    ).toBe(false);

    // reopened: the importer pays again and the invoice is paid
    const again = await payments.importCsv([`2026-12-11,14130.00,CNY,${reference},Long Museum,`]);
    expect(again).toMatchObject({ matched: 1, exceptions: 0 });
    expect(await invoice(issued.subject)).toMatchObject({
      status: 'PAID',
      paid: cny('14130.00'),
    });
    expectBalanced(await payments.ledger('CNY'));
  });

  it('dead-letters a clearance that names nobody to invoice, saying why', async () => {
    const event = importCleared({ importer: undefined, exporterId: undefined });
    await clear(event);
    const letter = await payments.waitForDeadLetter(
      'the clearance to be dead-lettered',
      event.declarationId,
    );
    expect(letter.headers[DLQ_HEADERS.error]).toContain(
      'no importer or exporter to invoice the duties to',
    );
    expect((await invoicesOfShipment(event.shipmentId)).total).toBe(0);
  });
});
