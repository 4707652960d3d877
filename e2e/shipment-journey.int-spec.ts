import { Streams } from '@artbridge/contracts';
import {
  DocumentedMessages,
  freePort,
  JsonRequestInit,
  messageTypeOf,
  ServiceProcess,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import type { BodyOf } from '@artbridge/public-api';
import { answerOf } from './answers';

const SERVICES = ['catalog', 'customs', 'payments', 'logistics'] as const;

/**
 * The heart of the product through the public API, every service its own process as under
 * `npm start`: an exporter ships a painting; customs clears it automatically, finance imports
 * the buyer's payment, the operator dispatches and delivers, and the journey completes with
 * the books balanced. A second journey is refused by customs and undone.
 */
describe('the shipment journey end to end (four services and the gateway)', () => {
  const context = new TestContext();
  const processes = new Map<string, ServiceProcess>();
  const launch = new Map<string, { port: number; env: NodeJS.ProcessEnv }>();
  let gateway: ServiceProcess;
  /** Everything the journeys put on the bus, from the first message on. */
  let bus: TopicReader;
  const headers: Record<string, { authorization: string }> = {};

  const api = (path: string, init?: JsonRequestInit) => gateway.request(`/api${path}`, init);
  const as = (user: string, init: JsonRequestInit = {}): JsonRequestInit => ({
    ...init,
    headers: { ...headers[user], ...(init.headers as Record<string, string>) },
  });
  const shipment = async (id: string) =>
    answerOf(
      await api(`/logistics/shipments/${id}`, as('exporter1')),
      'logistics_ShipmentsController_get',
    );
  const artworkStatus = async (id: string) =>
    (
      await answerOf(
        await api(`/catalog/artworks/${id}`, as('exporter1')),
        'catalog_ArtworksController_get',
      )
    ).status;
  const reaches = (id: string, status: string) =>
    waitFor(
      `shipment ${id} to reach ${status}`,
      async () => {
        const current = await shipment(id);
        return current.status === status && current;
      },
      { timeoutMs: 45_000, intervalMs: 200 },
    );

  beforeAll(async () => {
    const ports = await Promise.all(SERVICES.map(() => freePort()));
    for (const [i, app] of SERVICES.entries()) {
      launch.set(app, {
        port: ports[i],
        env: await context.serviceEnv(app, { LOGISTICS_INSPECTION_SECONDS: '0' }),
      });
    }
    await Promise.all(SERVICES.map((app) => startService(app)));
    // the services have created their topics by now
    bus = await TopicReader.start(
      context.broker(),
      Object.values(Streams).map((stream) => context.topicPrefix + stream),
    );
    context.onCleanup(() => bus.stop());
    gateway = await ServiceProcess.start({
      app: 'gateway',
      env: {
        ...Object.fromEntries(
          SERVICES.map((app, i) => [`${app.toUpperCase()}_URL`, `http://127.0.0.1:${ports[i]}`]),
        ),
        ARTBRIDGE_DEMO_USERS: 'true',
        LOG_LEVEL: 'warn',
      },
    });
    context.onCleanup(() =>
      Promise.all([gateway, ...processes.values()].map((service) => service.stop())),
    );
    for (const user of ['exporter1', 'finance1', 'operator1', 'officer1', 'admin']) {
      const response = await api('/auth/token', {
        method: 'POST',
        json: { username: user, password: 'demo' },
      });
      const { accessToken } = await answerOf(response, 'AuthController_token');
      headers[user] = { authorization: `Bearer ${accessToken}` };
    }
  }, 120_000);
  afterAll(() => context.cleanup());

  async function startService(app: string): Promise<void> {
    const { port, env } = launch.get(app)!;
    processes.set(app, await ServiceProcess.start({ app, port, env }));
  }

  async function registerArtwork(
    body: BodyOf<'catalog_ArtworksController_register'>,
  ): Promise<string> {
    const response = await api(
      '/catalog/artworks',
      as('exporter1', { method: 'POST', json: body }),
    );
    return (await answerOf(response, 'catalog_ArtworksController_register', 201)).id;
  }

  async function submitShipment(
    artworkId: string,
    origin: string,
    destination: string,
  ): Promise<string> {
    const response = await api(
      '/logistics/shipments',
      as('exporter1', {
        method: 'POST',
        json: {
          artworkIds: [artworkId],
          consignee: {
            name: 'Galerie Lumière',
            country: destination,
            address: '12 rue de Seine, Paris',
          },
          origin: { country: origin, place: origin === 'GB' ? 'London' : 'Shanghai' },
          destination: { country: destination, place: 'Paris' },
          purpose: 'SALE',
          incoterm: { rule: 'DAP', place: 'Paris' },
          transportMode: 'AIR',
          price: { amount: '48000.00', currency: 'EUR' },
          packages: [
            {
              type: 'CRATE',
              material: 'PLYWOOD',
              grossKg: 42,
              dimensionsCm: { length: 120, width: 20, height: 100 },
            },
          ],
        } satisfies BodyOf<'logistics_ShipmentsController_submit'>,
      }),
    );
    return (await answerOf(response, 'logistics_ShipmentsController_submit', 201)).id;
  }

  /** Logistics stopped and started again with other settings (its timers in seconds). */
  async function restartLogistics(settings: NodeJS.ProcessEnv): Promise<void> {
    const { port, env } = launch.get('logistics')!;
    await processes.get('logistics')!.stop();
    processes.set(
      'logistics',
      await ServiceProcess.start({ app: 'logistics', port, env: { ...env, ...settings } }),
    );
  }

  /** A contemporary painting from London to Paris, invoiced and waiting for the buyer's money. */
  async function paintingAwaitingPayment(title: string, amount: string) {
    const artworkId = await registerArtwork({
      title,
      artist: { name: 'Clara Whitcombe', birthYear: 1978 },
      creationYear: 2022,
      category: 'PAINTING',
      value: { amount, currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'GB',
    });
    const id = await submitShipment(artworkId, 'GB', 'FR');
    const awaiting = await reaches(id, 'AWAITING_PAYMENT');
    const invoiceOf = async () =>
      answerOf(
        await api(`/payments/invoices/${awaiting.invoiceId}`, as('finance1')),
        'payments_InvoicesController_get',
      );
    return { artworkId, id, invoiceId: awaiting.invoiceId!, invoiceOf };
  }

  /** The buyer's payment of the invoice in full, imported by finance from a CSV statement. */
  async function payInFull(invoice: {
    total: { amount: string; currency: string };
    reference: string;
  }) {
    const csv = `date,amount,currency,reference,payer,iban\n2026-11-24,${invoice.total.amount},${invoice.total.currency},${invoice.reference},Galerie Lumière,\n`;
    const imported = await api(
      '/payments/statements',
      as('finance1', { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } }),
    );
    expect(await answerOf(imported, 'payments_StatementsController_import', 201)).toMatchObject({
      matched: 1,
    });
  }

  it('a sale from London to Paris goes all the way to COMPLETED, the ledger balanced', async () => {
    const artworkId = await registerArtwork({
      title: 'Estuary at Dusk',
      artist: { name: 'Clara Whitcombe', birthYear: 1978 },
      creationYear: 2019,
      category: 'PAINTING',
      technique: 'OIL',
      value: { amount: '48000.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'GB',
    });
    const id = await submitShipment(artworkId, 'GB', 'FR');
    const awaiting = await reaches(id, 'AWAITING_PAYMENT');

    const invoice = await answerOf(
      await api(`/payments/invoices/${awaiting.invoiceId}`, as('finance1')),
      'payments_InvoicesController_get',
    );
    const csv = `date,amount,currency,reference,payer,iban\n2026-11-24,${invoice.total.amount},${invoice.total.currency},${invoice.reference},Galerie Lumière,\n`;
    const imported = await api(
      '/payments/statements',
      as('finance1', { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } }),
    );
    expect(await answerOf(imported, 'payments_StatementsController_import', 201)).toMatchObject({
      entries: 1,
      duplicates: 0,
      matched: 1,
    });
    await reaches(id, 'PAID');

    const dispatched = await api(
      `/logistics/shipments/${id}/dispatch`,
      as('operator1', { method: 'POST', json: {} }),
    );
    expect(dispatched.status).toBeLessThan(300);
    await reaches(id, 'IN_TRANSIT');
    const delivered = await api(
      `/logistics/shipments/${id}/tracking-events`,
      as('operator1', {
        method: 'POST',
        json: { type: 'DELIVERED', location: 'Paris', at: new Date().toISOString() },
      }),
    );
    expect(delivered.status).toBeLessThan(300);
    const completed = await reaches(id, 'COMPLETED');
    expect(completed.timeline.map((step) => step.type)).toEqual(
      expect.arrayContaining(['SUBMITTED']),
    );

    expect(['IN_TRANSIT', 'EXPORTED']).toContain(await artworkStatus(artworkId));
    await waitFor(
      'the artwork to be exported',
      async () => (await artworkStatus(artworkId)) === 'EXPORTED',
    );

    // balanced in every currency the journey booked (the price and the escrow in EUR)
    const balances = await answerOf(
      await api('/payments/ledger/balances', as('finance1')),
      'payments_LedgerController_balances',
    );
    expect(balances.balanced).toBe(true);
    expect(balances.totals.map((total) => total.currency)).toContain('EUR');
    for (const total of balances.totals) expect(total).toMatchObject({ balanced: true });
  });

  it('a service stopped mid-journey and started again: the journey goes on', async () => {
    const artworkId = await registerArtwork({
      title: 'Low Tide, Whitstable',
      artist: { name: 'Clara Whitcombe', birthYear: 1978 },
      creationYear: 2021,
      category: 'PAINTING',
      value: { amount: '30000.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'GB',
    });
    await processes.get('payments')!.stop();
    const id = await submitShipment(artworkId, 'GB', 'FR');
    await reaches(id, 'CLEARED'); // the invoice command waits on Kafka for payments
    await startService('payments');
    await reaches(id, 'AWAITING_PAYMENT');
  });

  it('paid in full while logistics was down and its payment deadline passed: payments keeps the invoice, the sale goes on', async () => {
    // this journey's invoice is due in seconds: logistics asks for that due date
    await restartLogistics({ LOGISTICS_PAYMENT_DUE_SECONDS: '12' });
    const { artworkId, id, invoiceId, invoiceOf } = await paintingAwaitingPayment(
      'Harbour Lights, Margate',
      '26000.00',
    );
    const invoice = await invoiceOf();
    const dueAt = Date.parse(invoice.dueAt);

    // logistics goes down; the buyer pays in full meanwhile: escrow funded, EscrowFunded queued
    await processes.get('logistics')!.stop();
    expect(Date.now()).toBeLessThan(dueAt); // else this run proves nothing
    await payInFull(invoice);
    expect(await invoiceOf()).toMatchObject({ status: 'PAID', escrow: 'FUNDED' });
    // the deadline passes while logistics is down. At its restart, whichever it takes first, the
    // due deadline (payments is asked to cancel the invoice as overdue and keeps it, paid) or the
    // queued EscrowFunded, the sale goes on; nothing is refunded or released
    await new Promise((done) => setTimeout(done, Math.max(0, dueAt - Date.now()) + 500));
    await startService('logistics');

    const paid = await reaches(id, 'PAID');
    expect(paid.deadlines).toEqual([
      expect.objectContaining({ kind: 'PAYMENT_DUE', state: 'CLOSED' }),
    ]);
    expect(await invoiceOf()).toMatchObject({ status: 'PAID', escrow: 'FUNDED' });
    expect(await artworkStatus(artworkId)).toBe('RESERVED');
    const about = bus.records
      .filter((record) => record.key === id || record.key === invoiceId)
      .map(messageTypeOf);
    for (const undone of [
      'payments.invoice.refunded',
      'payments.invoice.voided',
      'catalog.artworks.release',
      'logistics.shipment.cancelled',
    ]) {
      expect(about).not.toContain(undone);
    }
  });

  it('a Qi Baishi painting leaving China is prohibited; the shipment is undone and the artwork free again', async () => {
    const artworkId = await registerArtwork({
      title: 'Shrimps',
      artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
      creationYear: 1948,
      category: 'PAINTING',
      technique: 'INK',
      value: { amount: '2000000.00', currency: 'CNY' },
      ownedByCreator: false,
      originCountry: 'CN',
    });
    const id = await submitShipment(artworkId, 'CN', 'FR');
    const cancelled = await reaches(id, 'CANCELLED');
    expect(cancelled.declarationId).toBeDefined();
    await waitFor(
      'the artwork to be AVAILABLE again',
      async () => (await artworkStatus(artworkId)) === 'AVAILABLE',
    );
    const declaration = await answerOf(
      await api(`/customs/declarations/${cancelled.declarationId}`, as('officer1')),
      'customs_DeclarationsController_get',
    );
    expect(declaration.status).toBe('REJECTED');
  });

  it('refused on delivery, the dispute settled for the buyer: refunded from escrow, the artwork free again, the ledger balanced', async () => {
    // an inspection period this time (an hour), so the buyer's refusal comes before acceptance
    await restartLogistics({ LOGISTICS_INSPECTION_SECONDS: '3600' });
    const { artworkId, id, invoiceOf } = await paintingAwaitingPayment(
      'Breakwater, Folkestone',
      '48000.00',
    );
    await payInFull(await invoiceOf());
    await reaches(id, 'PAID');
    const dispatched = await api(
      `/logistics/shipments/${id}/dispatch`,
      as('operator1', { method: 'POST', json: {} }),
    );
    expect(dispatched.status).toBeLessThan(300);
    const delivered = await api(
      `/logistics/shipments/${id}/tracking-events`,
      as('operator1', {
        method: 'POST',
        json: { type: 'DELIVERED', location: 'Paris', at: new Date().toISOString() },
      }),
    );
    expect(delivered.status).toBeLessThan(300);
    await reaches(id, 'DELIVERED');

    const refused = await api(
      `/logistics/shipments/${id}/acceptance`,
      as('admin', {
        method: 'POST',
        json: { accepted: false, reason: 'not the work in the catalogue' },
      }),
    );
    expect((await answerOf(refused, 'logistics_ShipmentsController_answer')).status).toBe(
      'DISPUTED',
    );
    await waitFor('escrow to be held', async () => (await invoiceOf()).escrow === 'DISPUTED');

    const settled = await api(
      `/logistics/shipments/${id}/dispute-settlement`,
      as('admin', {
        method: 'POST',
        json: { outcome: 'REFUND_BUYER', reason: 'the buyer returns the work' },
      }),
    );
    expect((await answerOf(settled, 'logistics_ShipmentsController_settleDispute')).status).toBe(
      'CANCELLING',
    );
    const cancelled = await reaches(id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe(
      'dispute settled for the buyer by admin: the buyer returns the work',
    );
    expect(await invoiceOf()).toMatchObject({ status: 'REFUNDED', escrow: 'REFUNDED' });
    await waitFor(
      'the artwork to be AVAILABLE again',
      async () => (await artworkStatus(artworkId)) === 'AVAILABLE',
    );
    const balances = await answerOf(
      await api('/payments/ledger/balances', as('finance1')),
      'payments_LedgerController_balances',
    );
    expect(balances.balanced).toBe(true);
    for (const total of balances.totals) expect(total).toMatchObject({ balanced: true });
  });

  it('an exhibition loan is ON_LOAN in catalog once delivered, while the inspection period runs, not only once accepted', async () => {
    // an inspection period (an hour): the works are at the museum long before it ends
    await restartLogistics({ LOGISTICS_INSPECTION_SECONDS: '3600' });
    const artworkId = await registerArtwork({
      title: 'Les Toits de Montmartre',
      artist: { name: 'Clara Whitcombe', birthYear: 1978 },
      creationYear: 2020,
      category: 'PAINTING',
      value: { amount: '36000.00', currency: 'EUR' },
      ownedByCreator: false,
      originCountry: 'GB',
    });
    const submitted = await api(
      '/logistics/shipments',
      as('exporter1', {
        method: 'POST',
        json: {
          artworkIds: [artworkId],
          consignee: {
            name: 'Musée d’Orsay',
            country: 'FR',
            address: '1 rue de la Légion d’Honneur, Paris',
          },
          origin: { country: 'GB', place: 'London' },
          destination: { country: 'FR', place: 'Paris' },
          purpose: 'TEMPORARY_EXHIBITION',
          incoterm: { rule: 'DAP', place: 'Paris' },
          transportMode: 'AIR',
        } satisfies BodyOf<'logistics_ShipmentsController_submit'>,
      }),
    );
    const { id } = await answerOf(submitted, 'logistics_ShipmentsController_submit', 201);
    // no price, and no duty under temporary admission: nothing to invoice
    await reaches(id, 'PAID');

    const dispatched = await api(
      `/logistics/shipments/${id}/dispatch`,
      as('operator1', { method: 'POST', json: {} }),
    );
    expect(dispatched.status).toBeLessThan(300);
    const delivered = await api(
      `/logistics/shipments/${id}/tracking-events`,
      as('operator1', {
        method: 'POST',
        json: { type: 'DELIVERED', location: 'Paris, Musée d’Orsay', at: new Date().toISOString() },
      }),
    );
    expect((await answerOf(delivered, 'logistics_ShipmentsController_track', 201)).status).toBe(
      'DELIVERED',
    );
    await waitFor(
      'the artwork to be ON_LOAN',
      async () => (await artworkStatus(artworkId)) === 'ON_LOAN',
    );
    expect((await shipment(id)).status).toBe('DELIVERED'); // the museum has not answered yet

    const accepted = await api(
      `/logistics/shipments/${id}/acceptance`,
      as('admin', { method: 'POST', json: { accepted: true } }),
    );
    // nothing invoiced, nothing to release: COMPLETED at once
    expect((await answerOf(accepted, 'logistics_ShipmentsController_answer')).status).toBe(
      'COMPLETED',
    );
    expect(await artworkStatus(artworkId)).toBe('ON_LOAN');
  });

  it('every message the journeys put on the bus is one the AsyncAPI document describes', async () => {
    // the journeys above are over; what they sent last may still be on its way to the reader
    let seen = -1;
    await waitFor(
      'the bus to go quiet',
      () => {
        const quiet = bus.records.length === seen;
        seen = bus.records.length;
        return quiet;
      },
      { intervalMs: 1_000, timeoutMs: 30_000 },
    );
    const documented = new DocumentedMessages();
    expect(bus.records.flatMap((record) => documented.problems(record))).toEqual([]);
    // what the journeys are made of (a late timer may add others)
    expect([...new Set(bus.records.map(messageTypeOf))]).toEqual(
      expect.arrayContaining([
        ...['catalog.artwork.registered', 'logistics.shipment.submitted'],
        ...['catalog.artworks.reserve', 'catalog.artworks.reserved'],
        ...['customs.declaration.file', 'customs.declaration.filed', 'customs.declaration.cleared'],
        ...['payments.invoice.issue', 'payments.invoice.issued', 'payments.escrow.funded'],
        ...['catalog.artworks.mark-in-transit', 'catalog.artworks.marked-in-transit'],
        ...['logistics.shipment.dispatched', 'logistics.shipment.delivered'],
        ...['logistics.shipment.accepted', 'payments.escrow.release', 'payments.escrow.released'],
        ...['catalog.artworks.mark-exported', 'catalog.artworks.exported'],
        ...['logistics.shipment.completed', 'customs.declaration.rejected'],
        ...[
          'logistics.shipment.cancelled',
          'catalog.artworks.release',
          'catalog.artworks.released',
        ],
        ...['payments.escrow.hold', 'payments.escrow.held'],
        ...['payments.invoice.cancel', 'payments.invoice.refunded'],
      ]),
    );
  });
});
