import { Streams } from '@artbridge/contracts';
import { decodeEnvelope } from '@artbridge/platform-messaging';
import {
  DocumentedMessages,
  messageTypeOf,
  RunningPlatform,
  startPlatform,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import { Client } from 'pg';
import { answerOf } from './answers';

/**
 * The payment deadline's race across logistics and payments, the services as processes: the
 * buyer pays while logistics cannot take the invoice (its InvoiceIssued dead-lettered), so it
 * drops the EscrowFunded that comes then (nothing awaits a payment in CLEARED). Redriven, the
 * invoice's deadline has passed: logistics asks payments to cancel the invoice as overdue, and
 * payments, which keeps an invoice paid in full, answers with EscrowFunded again: the shipment
 * goes back to PAID instead of waiting in CANCELLING for ever.
 */
describe('a payment logistics dropped before its deadline passed (services as processes)', () => {
  const context = new TestContext();
  let platform: RunningPlatform;
  let bus: TopicReader;
  /** logistics' own database: the test makes its InvoiceIssued handler fail there */
  let logisticsDb: Client;
  const headers: Record<string, { authorization: string }> = {};

  const as = (user: string, init: Parameters<RunningPlatform['api']>[1] = {}) => ({
    ...init,
    headers: { ...headers[user], ...(init.headers as Record<string, string>) },
  });
  const shipment = async (id: string) =>
    answerOf(
      await platform.api(`/logistics/shipments/${id}`, as('exporter1')),
      'logistics_ShipmentsController_get',
    );
  const reaches = (id: string, status: string) =>
    waitFor(
      `shipment ${id} to reach ${status}`,
      async () => {
        const current = await shipment(id);
        return current.status === status && current;
      },
      { timeoutMs: 45_000, intervalMs: 200 },
    );
  /** The types of the messages on the bus about the shipment or its invoice, in order. */
  const onTheBus = (...keys: string[]) =>
    bus.records
      .filter((record) => record.key !== null && keys.includes(record.key))
      .map(messageTypeOf);

  beforeAll(async () => {
    // the invoice is due seconds after the declaration is cleared: it has passed by the redrive
    platform = await startPlatform(context, {
      serviceEnv: { LOGISTICS_PAYMENT_DUE_SECONDS: '5', LOGISTICS_DEADLINE_POLL_MS: '200' },
    });
    bus = await TopicReader.start(
      context.broker(),
      Object.values(Streams).map((stream) => context.topicPrefix + stream),
    );
    context.onCleanup(() => bus.stop());
    logisticsDb = new Client({ connectionString: await context.database('logistics') });
    await logisticsDb.connect();
    context.onCleanup(() => logisticsDb.end());
    for (const user of ['exporter1', 'finance1', 'admin']) {
      headers[user] = await platform.signIn(user);
    }
  }, 120_000);
  afterAll(() => context.cleanup());

  it('paid while its InvoiceIssued was dead-lettered, redriven after the deadline: PAID, nothing undone', async () => {
    // A handler failure, as the audit had: logistics' transaction taking the shipment from
    // CLEARED to AWAITING_PAYMENT fails until the trigger is dropped (retried, then set aside)
    await logisticsDb.query(`
      CREATE FUNCTION refuse_awaiting_payment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the test refuses AWAITING_PAYMENT for now'; END $$`);
    await logisticsDb.query(`
      CREATE TRIGGER refuse_awaiting_payment BEFORE UPDATE ON shipment FOR EACH ROW
      WHEN (OLD.status = 'CLEARED' AND NEW.status = 'AWAITING_PAYMENT')
      EXECUTE FUNCTION refuse_awaiting_payment()`);

    const registered = await platform.api(
      '/catalog/artworks',
      as('exporter1', {
        method: 'POST',
        json: {
          title: 'Pier at Hastings',
          artist: { name: 'Clara Whitcombe', birthYear: 1978 },
          creationYear: 2023,
          category: 'PAINTING',
          value: { amount: '22000.00', currency: 'EUR' },
          ownedByCreator: false,
          originCountry: 'GB',
        },
      }),
    );
    const artworkId = (await answerOf(registered, 'catalog_ArtworksController_register', 201)).id;
    const submitted = await platform.api(
      '/logistics/shipments',
      as('exporter1', {
        method: 'POST',
        json: {
          artworkIds: [artworkId],
          consignee: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, Paris' },
          origin: { country: 'GB', place: 'London' },
          destination: { country: 'FR', place: 'Paris' },
          purpose: 'SALE',
          incoterm: { rule: 'DAP', place: 'Paris' },
          transportMode: 'AIR',
          price: { amount: '22000.00', currency: 'EUR' },
          packages: [
            {
              type: 'CRATE',
              material: 'PLYWOOD',
              grossKg: 30,
              dimensionsCm: { length: 100, width: 20, height: 80 },
            },
          ],
        },
      }),
    );
    const id = (await answerOf(submitted, 'logistics_ShipmentsController_submit', 201)).id;

    // payments issued the invoice; logistics set its InvoiceIssued aside and stays CLEARED
    const deadLetter = await waitFor(
      'logistics to dead-letter the InvoiceIssued',
      async () => {
        const letters = await answerOf(
          await platform.api('/logistics/dead-letters?status=PENDING', as('admin')),
          'logistics_DeadLettersController_list',
        );
        return letters.items.find(
          (letter) =>
            letter.messageType === 'payments.invoice.issued' &&
            (letter.envelope?.['payload'] as { shipmentId?: string } | undefined)?.shipmentId ===
              id,
        );
      },
      { timeoutMs: 45_000, intervalMs: 200 },
    );
    expect(deadLetter.error).toContain('the test refuses AWAITING_PAYMENT for now');
    expect((await shipment(id)).status).toBe('CLEARED');
    const invoices = await answerOf(
      await platform.api(`/payments/invoices?shipmentId=${id}`, as('finance1')),
      'payments_InvoicesController_list',
    );
    const [invoice] = invoices.items;

    // the buyer pays in full: escrow funded; logistics hears EscrowFunded in CLEARED and drops it
    const csv = `date,amount,currency,reference,payer,iban\n2026-11-24,${invoice.total.amount},${invoice.total.currency},${invoice.reference},Galerie Lumière,\n`;
    const imported = await platform.api(
      '/payments/statements',
      as('finance1', { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } }),
    );
    expect(await answerOf(imported, 'payments_StatementsController_import', 201)).toMatchObject({
      matched: 1,
    });
    const funding = await waitFor('EscrowFunded on the bus', () =>
      bus.records.find(
        (record) => messageTypeOf(record) === 'payments.escrow.funded' && record.key === invoice.id,
      ),
    );
    const fundingId = decodeEnvelope(funding.value).id;
    await waitFor('logistics to take the EscrowFunded', async () => {
      const { rows } = await logisticsDb.query(
        `SELECT 1 FROM messaging_inbox WHERE message_id = $1`,
        [fundingId],
      );
      return rows.length === 1;
    });
    expect((await shipment(id)).status).toBe('CLEARED');

    // finance has the fault fixed and redrives the letter: AWAITING_PAYMENT with the invoice's
    // due date, passed already, so the deadline fires and payments is asked to cancel as overdue
    await logisticsDb.query(`DROP TRIGGER refuse_awaiting_payment ON shipment`);
    await logisticsDb.query(`DROP FUNCTION refuse_awaiting_payment()`);
    const redriven = await platform.api(
      `/logistics/dead-letters/${deadLetter.id}/redrive`,
      as('admin', { method: 'POST' }),
    );
    expect((await answerOf(redriven, 'logistics_DeadLettersController_redrive')).status).toBe(
      'REDRIVEN',
    );
    await waitFor('the overdue cancellation to be sent', () =>
      onTheBus(id).includes('payments.invoice.cancel-overdue'),
    );

    // payments keeps the invoice, paid in full, and says so with EscrowFunded: the sale goes on
    const paid = await reaches(id, 'PAID');
    expect(paid.cancellationReason).toBeUndefined();
    expect(paid.deadlines).toEqual([
      expect.objectContaining({ kind: 'PAYMENT_DUE', state: 'CLOSED' }),
    ]);
    const types = paid.timeline.map((entry) => entry.type);
    expect(types).toEqual(
      expect.arrayContaining(['INVOICE_ISSUED', 'PAYMENT_DEADLINE_PASSED', 'CANCELLING']),
    );
    expect(paid.timeline.at(-1)).toMatchObject({
      type: 'ESCROW_FUNDED',
      detail: expect.stringContaining('before the cancellation took effect'),
    });
    const invoiceNow = await answerOf(
      await platform.api(`/payments/invoices/${invoice.id}`, as('finance1')),
      'payments_InvoicesController_get',
    );
    expect(invoiceNow).toMatchObject({ status: 'PAID', escrow: 'FUNDED' });
    const artwork = await answerOf(
      await platform.api(`/catalog/artworks/${artworkId}`, as('exporter1')),
      'catalog_ArtworksController_get',
    );
    expect(artwork.status).toBe('RESERVED');
    const about = onTheBus(id, invoice.id);
    expect(about.filter((type) => type === 'payments.escrow.funded')).toHaveLength(2);
    for (const undone of [
      'payments.invoice.refunded',
      'payments.invoice.voided',
      'catalog.artworks.release',
      'logistics.shipment.cancelled',
    ]) {
      expect(about).not.toContain(undone);
    }
    const documented = new DocumentedMessages();
    expect(bus.records.flatMap((record) => documented.problems(record))).toEqual([]);
  });
});
