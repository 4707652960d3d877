import {
  ArtworksReleased,
  CancelInvoice,
  CancelOverdueInvoice,
  EscrowFunded,
  EscrowReleased,
  InvoiceRefunded,
  InvoiceVoided,
  IssueInvoice,
  MarkArtworksExported,
  ReleaseArtworks,
  ReleaseEscrow,
  ShipmentAccepted,
  ShipmentCancelled,
  ShipmentCompleted,
  ShipmentDispatched,
} from '@artbridge/contracts';
import { TestContext, waitFor } from '@artbridge/platform-testing';
import { DEFAULT_LOGISTICS_SETTINGS } from '../src/logistics-settings';
import { NEXT_DUE_DEADLINE } from '../src/shipments/deadline-scheduler';
import { cipParis, operator1, SagaHarness, ShipmentView } from './saga-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const types = (view: ShipmentView) => view.timeline.map((entry) => entry.type);

/**
 * The saga's clocks on shortened settings (LOGISTICS_PAYMENT_DUE_SECONDS=1,
 * LOGISTICS_INSPECTION_SECONDS=0), fired by the scheduler from rows in the database, also after
 * a restart.
 */
describe('logistics: deadlines of the shipment saga (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, {
      ...DEFAULT_LOGISTICS_SETTINGS,
      paymentDueSeconds: 1,
      inspectionSeconds: 0,
      deadlinePollMs: 100,
    });
  });
  afterAll(() => context.cleanup());

  it('finds the next due deadline through its partial index with the generic plans the service uses', async () => {
    const plan = await h.withDatabase(async (client) => {
      await client.query(`SET plan_cache_mode = force_generic_plan`);
      // a young table is cheaper to scan; what matters is that the index can serve at all
      await client.query(`SET enable_seqscan = off`);
      await client.query(`PREPARE next_due(text[]) AS ${NEXT_DUE_DEADLINE}`);
      const { rows } = await client.query(`EXPLAIN (FORMAT JSON) EXECUTE next_due('{}')`);
      return JSON.stringify(rows[0]['QUERY PLAN']);
    });
    expect(plan).toContain('"Index Name":"shipment_deadline_open"');
  });

  it('payment deadline passed: the invoice is cancelled as overdue, then the artworks released, then CANCELLED', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    await h.clear(id);
    const asked = await h.waitForSent(id, IssueInvoice);
    expect(Date.parse(asked.dueAt) - Date.now()).toBeLessThanOrEqual(1000);
    const invoiceId = await h.issueInvoice(id); // due when logistics asked: in a second

    const cancelling = await h.waitForStatus(id, 'CANCELLING');
    expect(cancelling.deadlines).toEqual([
      {
        kind: 'PAYMENT_DUE',
        dueAt: new Date(asked.dueAt).toISOString(),
        state: 'FIRED',
        firedAt: expect.any(String),
      },
    ]);
    const reason = `payment not received by ${new Date(asked.dueAt).toISOString()}`;
    expect(cancelling.cancellationReason).toBe(reason);
    // payments decides (it may hold a payment logistics has not heard of yet): the artworks wait
    expect(await h.waitForSent(id, CancelOverdueInvoice)).toEqual({
      shipmentId: id,
      reason,
      dueAt: new Date(asked.dueAt).toISOString(),
    });
    await sleep(300);
    expect(h.sentTypes(id)[ReleaseArtworks.type]).toBeUndefined();

    // the invoice voided, the artworks are released; that confirmed, the shipment is CANCELLED
    await h.reply(InvoiceVoided, { invoiceId, shipmentId: id }, { subject: invoiceId });
    expect((await h.waitForTimeline(id, 'INVOICE_VOIDED')).status).toBe('CANCELLING');
    expect(await h.waitForSent(id, ReleaseArtworks)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
      reason,
    });
    await h.reply(ArtworksReleased, { shipmentId: id, artworkIds: body.artworkIds });
    const cancelled = await h.waitForStatus(id, 'CANCELLED');
    expect(await h.waitForSent(id, ShipmentCancelled)).toEqual({ shipmentId: id, reason });
    expect(types(cancelled).slice(-6)).toEqual([
      'INVOICE_ISSUED',
      'PAYMENT_DEADLINE_PASSED',
      'CANCELLING',
      'INVOICE_VOIDED',
      'ARTWORKS_RELEASED',
      'CANCELLED',
    ]);

    // money that arrives after the deadline changes nothing here (payments refunds it)
    const late = await h.reply(
      EscrowFunded,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    await waitFor('the late payment to be handled', () => h.handled([late.id]));
    expect((await h.shipment(id)).status).toBe('CANCELLED');
    expect(h.sentTypes(id)[CancelOverdueInvoice.type]).toBe(1);
    expect(h.sentTypes(id)[CancelInvoice.type]).toBeUndefined();
    expect(h.sentTypes(id)[ReleaseArtworks.type]).toBe(1);
  });

  it('payment deadline passed, partly paid: payments refunds it, then the artworks are released', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    await h.clear(id);
    const invoiceId = await h.issueInvoice(id);
    await h.waitForSent(id, CancelOverdueInvoice);
    const refund = { amount: '1000.00', currency: 'EUR' };
    await h.reply(
      InvoiceRefunded,
      { invoiceId, shipmentId: id, amount: refund },
      { subject: invoiceId },
    );
    const refunded = await h.waitForTimeline(id, 'INVOICE_REFUNDED');
    expect(refunded.timeline.at(-1)).toMatchObject({
      source: 'payments',
      detail: '1000.00 EUR refunded to the buyer; releasing the artworks',
    });
    await h.waitForSent(id, ReleaseArtworks);
    await h.reply(ArtworksReleased, { shipmentId: id, artworkIds: body.artworkIds });
    await h.waitForStatus(id, 'CANCELLED');
  });

  it('payment deadline passed while escrow was already funded in payments: the sale goes on, PAID', async () => {
    // Payments funded escrow before the deadline; its EscrowFunded was still on Kafka, not yet
    // heard here (logistics down or behind) when the deadline fired.
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    await h.clear(id);
    const asked = await h.waitForSent(id, IssueInvoice);
    const invoiceId = await h.issueInvoice(id); // due in a second
    const dueAt = new Date(asked.dueAt).toISOString();

    const cancelling = await h.waitForStatus(id, 'CANCELLING');
    expect(await h.waitForSent(id, CancelOverdueInvoice)).toMatchObject({ shipmentId: id, dueAt });
    expect(cancelling.deadlines).toEqual([
      expect.objectContaining({ kind: 'PAYMENT_DUE', state: 'FIRED' }),
    ]);

    // payments finds the invoice paid in full and keeps it (no void, no refund, nothing sent);
    // the EscrowFunded it had published before then reaches logistics
    await h.fund(id, invoiceId);
    const paid = await h.waitForStatus(id, 'PAID');
    expect(paid.cancellationReason).toBeUndefined();
    expect(paid.deadlines).toEqual([
      { kind: 'PAYMENT_DUE', dueAt, state: 'CLOSED', closedAt: expect.any(String) },
    ]);
    expect(types(paid).slice(-4)).toEqual([
      'INVOICE_ISSUED',
      'PAYMENT_DEADLINE_PASSED',
      'CANCELLING',
      'ESCROW_FUNDED',
    ]);
    expect(paid.timeline.at(-1)).toMatchObject({
      source: 'payments',
      detail:
        '158250.00 EUR paid in full, held in escrow: the payment had arrived before the cancellation took effect, the invoice stands and the sale goes on',
    });

    // the happy path goes on: dispatched; nothing was released or cancelled on the way
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    await h.waitForSent(id, ShipmentDispatched);
    const sent = h.sentTypes(id);
    expect(sent[CancelOverdueInvoice.type]).toBe(1);
    for (const type of [ReleaseArtworks, CancelInvoice, ShipmentCancelled].map((d) => d.type)) {
      expect(sent[type]).toBeUndefined();
    }
    expect((await h.shipment(id)).status).toBe('IN_TRANSIT');
  });

  it('paid while logistics was down and the deadline passed meanwhile: PAID after the restart, nothing undone', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    await h.clear(id);
    const dueAt = new Date(Date.now() + 3000);
    const invoiceId = await h.issueInvoice(id, { dueAt: dueAt.toISOString() });
    await h.waitForStatus(id, 'AWAITING_PAYMENT');

    await h.stop();
    await h.fund(id, invoiceId); // queued on Kafka: logistics is down
    await sleep(Math.max(0, dueAt.getTime() - Date.now()) + 200);
    await h.startAgain();

    // whichever runs first (the deadline round at start-up or the queued EscrowFunded), the sale
    // goes on: a fired deadline only asks payments, which keeps a paid invoice
    const paid = await h.waitForStatus(id, 'PAID');
    expect(paid.deadlines).toEqual([
      expect.objectContaining({ kind: 'PAYMENT_DUE', state: 'CLOSED' }),
    ]);
    expect(paid.cancellationReason).toBeUndefined();
    const sent = h.sentTypes(id);
    for (const type of [ReleaseArtworks, CancelInvoice, ShipmentCancelled].map((d) => d.type)) {
      expect(sent[type]).toBeUndefined();
    }
    if (sent[CancelOverdueInvoice.type]) {
      // at the funding's own time, which was before the deadline's entries: found by type
      const funded = paid.timeline.find((entry) => entry.type === 'ESCROW_FUNDED');
      expect(funded?.detail).toContain('before the cancellation took effect');
    }
  });

  it('with no inspection period, delivery is acceptance: escrow released, then COMPLETED', async () => {
    const body = cipParis();
    // payments gives the buyer an hour, so the second-long setting does not race the payment
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    const { id, invoiceId, view } = await h.deliveredShipment(body, { dueAt });
    expect(view.status).toBe('ACCEPTED');
    expect(view.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD')).toMatchObject({
      state: 'FIRED',
    });
    expect(await h.waitForSent(id, ShipmentAccepted)).toEqual({
      shipmentId: id,
      accepted: true,
      reason: 'no inspection period',
    });
    expect(await h.waitForSent(id, ReleaseEscrow)).toEqual({
      shipmentId: id,
      reason: 'accepted: no inspection period',
    });
    expect(await h.waitForSent(id, MarkArtworksExported)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
    });
    await h.reply(
      EscrowReleased,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    const completed = await h.waitForStatus(id, 'COMPLETED');
    expect(await h.waitForSent(id, ShipmentCompleted)).toEqual({ shipmentId: id });
    expect(types(completed).slice(-4)).toEqual([
      'DELIVERED',
      'INSPECTION_PERIOD_ENDED',
      'ESCROW_RELEASED',
      'COMPLETED',
    ]);
  });

  it('fires a deadline that fell due while logistics was stopped, once started again', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    await h.clear(id);
    const dueAt = new Date(Date.now() + 3000);
    await h.issueInvoice(id, { dueAt: dueAt.toISOString() });
    const awaiting = await h.waitForStatus(id, 'AWAITING_PAYMENT');
    expect(awaiting.deadlines).toEqual([
      { kind: 'PAYMENT_DUE', dueAt: dueAt.toISOString(), state: 'PENDING' },
    ]);

    await h.stop();
    const stoppedAt = Date.now();
    expect(stoppedAt).toBeLessThan(dueAt.getTime()); // else this run proves nothing
    await sleep(dueAt.getTime() - stoppedAt + 200);

    const restartedAt = Date.now();
    await h.startAgain();
    const cancelling = await h.waitForStatus(id, 'CANCELLING');
    const [deadline] = cancelling.deadlines;
    expect(deadline).toMatchObject({ kind: 'PAYMENT_DUE', state: 'FIRED' });
    expect(Date.parse(deadline.firedAt!)).toBeGreaterThanOrEqual(restartedAt);
    expect(await h.waitForSent(id, CancelOverdueInvoice)).toMatchObject({ shipmentId: id });
  });
});
