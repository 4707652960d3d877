import {
  ArtworksReleased,
  CancelInvoice,
  EscrowHeld,
  EscrowReleased,
  HoldEscrow,
  InvoiceRefunded,
  MarkArtworksExported,
  ReleaseArtworks,
  ReleaseEscrow,
  ShipmentCancelled,
  ShipmentCompleted,
} from '@artbridge/contracts';
import { readJson, TestContext, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_LOGISTICS_SETTINGS } from '../src/logistics-settings';
import {
  admin,
  Caller,
  cipParis,
  exporter1,
  operator1,
  SagaHarness,
  ShipmentView,
} from './saga-harness';

const types = (view: ShipmentView) => view.timeline.map((entry) => entry.type);
const detailOf = (view: ShipmentView, type: string) =>
  view.timeline.filter((entry) => entry.type === type).map((entry) => entry.detail);
const amount = { amount: '158250.00', currency: 'EUR' };

/**
 * Settling a dispute (POST /shipments/:id/dispute-settlement) on real PostgreSQL and Kafka, the
 * test playing catalog and payments: for the exporter it ends as an acceptance (COMPLETED on
 * EscrowReleased), for the buyer through the compensations (escrow refunded, works released,
 * CANCELLED). An inspection period of an hour, so delivered shipments wait.
 */
describe('logistics: settling a dispute (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, {
      ...DEFAULT_LOGISTICS_SETTINGS,
      inspectionSeconds: 3600,
      deadlinePollMs: 100,
    });
  });
  afterAll(() => context.cleanup());

  const settle = (id: string, json: unknown, as: Caller = admin, status = 200) =>
    h.expectAction(id, 'dispute-settlement', json, as, status);

  /** Delivered, refused by the buyer, escrow held by payments: DISPUTED. */
  async function refusedShipment(body = cipParis()) {
    const { id, invoiceId } = await h.deliveredShipment(body);
    await h.expectAction(
      id,
      'acceptance',
      { accepted: false, reason: 'not the work in the catalogue' },
      admin,
      200,
    );
    await h.waitForSent(id, HoldEscrow);
    await h.reply(EscrowHeld, { invoiceId, shipmentId: id, amount }, { subject: invoiceId });
    await h.waitForTimeline(id, 'ESCROW_HELD');
    return { id, invoiceId, body };
  }

  it('for the exporter: as an acceptance, the works exported and escrow released, then COMPLETED', async () => {
    const { id, invoiceId, body } = await refusedShipment();

    const settled = await settle(id, {
      outcome: 'RELEASE_TO_EXPORTER',
      reason: 'the surveyor confirms it is the catalogued work',
    });
    expect(settled.status).toBe('ACCEPTED');
    expect(detailOf(settled, 'DISPUTE_SETTLED')).toEqual([
      'settled for the exporter by admin: the surveyor confirms it is the catalogued work; escrow released to the exporter',
    ]);
    expect(await h.waitForSent(id, ReleaseEscrow)).toEqual({
      shipmentId: id,
      reason:
        'dispute settled for the exporter by admin: the surveyor confirms it is the catalogued work',
    });
    expect(await h.waitForSent(id, MarkArtworksExported)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
    });

    // payments confirms, twice over: one completion
    await h.reply(
      EscrowReleased,
      { invoiceId, shipmentId: id, amount },
      { subject: invoiceId, times: 2 },
    );
    const completed = await h.waitForStatus(id, 'COMPLETED');
    expect(types(completed).slice(-4)).toEqual([
      'ESCROW_HELD',
      'DISPUTE_SETTLED',
      'ESCROW_RELEASED',
      'COMPLETED',
    ]);
    await h.waitForSent(id, ShipmentCompleted);
    const sent = h.sentTypes(id);
    expect(sent[ReleaseEscrow.type]).toBe(1);
    expect(sent[ShipmentCompleted.type]).toBe(1);
    expect(sent[CancelInvoice.type]).toBeUndefined();
    expect(sent[ReleaseArtworks.type]).toBeUndefined();

    // settled once: a second settlement is a conflict
    const again = await settle(id, { outcome: 'REFUND_BUYER', reason: 'x' }, admin, 409);
    expect(again.message).toBe(
      'a dispute is settled while the shipment is DISPUTED; it is COMPLETED',
    );
  });

  it('for the buyer: escrow refunded and the works released, the claim settled, then CANCELLED', async () => {
    const body = cipParis();
    const { id, invoiceId } = await h.deliveredShipment(body);
    const tear = { location: 'canvas, upper right', description: '3 cm tear', severity: 'SEVERE' };
    const found = (await h.expectAction(
      id,
      'condition-reports',
      {
        stage: 'DESTINATION',
        inspector: 'Claire Martin',
        at: new Date().toISOString(),
        photoRefs: ['s3://reports/dest/1.jpg'],
        damages: [tear],
      },
      operator1,
      201,
    )) as unknown as { shipmentStatus: string; claimId: string };
    expect(found.shipmentStatus).toBe('DISPUTED');
    await h.waitForSent(id, HoldEscrow);

    const reason = 'tear confirmed by the insurer; the buyer returns the work';
    const settled = await settle(id, { outcome: 'REFUND_BUYER', reason });
    expect(settled.status).toBe('CANCELLING');
    expect(settled.claim).toMatchObject({ id: found.claimId, status: 'SETTLED_FOR_BUYER' });
    expect(detailOf(settled, 'DISPUTE_SETTLED')).toEqual([
      `settled for the buyer by admin: ${reason} (claim ${found.claimId}); escrow refunded to the buyer, the sale undone`,
    ]);
    expect(detailOf(settled, 'CANCELLING')).toEqual([
      `dispute settled for the buyer by admin: ${reason}; refunding the buyer from escrow, releasing the artworks`,
    ]);
    expect(await h.waitForSent(id, CancelInvoice)).toEqual({
      shipmentId: id,
      reason: `dispute settled for the buyer by admin: ${reason}`,
    });
    expect(await h.waitForSent(id, ReleaseArtworks)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
      reason: `dispute settled for the buyer by admin: ${reason}`,
    });

    // the refund alone does not cancel: the works are still to be released
    const refunded = await h.reply(
      InvoiceRefunded,
      { invoiceId, shipmentId: id, amount },
      { subject: invoiceId, times: 2 },
    );
    await waitFor('the refund handled', () => h.handled([refunded.id]));
    expect((await h.shipment(id)).status).toBe('CANCELLING');
    await h.reply(ArtworksReleased, { shipmentId: id, artworkIds: body.artworkIds }, { times: 2 });
    const cancelled = await h.waitForStatus(id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe(`dispute settled for the buyer by admin: ${reason}`);
    expect(types(cancelled).slice(-5)).toEqual([
      'DISPUTE_SETTLED',
      'CANCELLING',
      'INVOICE_REFUNDED',
      'ARTWORKS_RELEASED',
      'CANCELLED',
    ]);
    expect(await h.waitForSent(id, ShipmentCancelled)).toEqual({
      shipmentId: id,
      reason: `dispute settled for the buyer by admin: ${reason}`,
    });
    const sent = h.sentTypes(id);
    expect(sent[CancelInvoice.type]).toBe(1);
    expect(sent[ReleaseArtworks.type]).toBe(1);
    expect(sent[ShipmentCancelled.type]).toBe(1);
    expect(sent[ReleaseEscrow.type]).toBeUndefined();
    expect(sent[MarkArtworksExported.type]).toBeUndefined();

    const again = await settle(id, { outcome: 'REFUND_BUYER', reason }, admin, 409);
    expect(again.message).toBe(
      'a dispute is settled while the shipment is DISPUTED; it is CANCELLED',
    );
  });

  it('answers 204 with Prefer: return=minimal, the settlement still made', async () => {
    const { id } = await refusedShipment();
    const response = await h.request(`/shipments/${id}/dispute-settlement`, admin, {
      method: 'POST',
      json: { outcome: 'REFUND_BUYER', reason: 'agreed between the parties' },
      headers: { prefer: 'return=minimal' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('preference-applied')).toBe('return=minimal');
    expect(await response.text()).toBe('');
    expect((await h.shipment(id)).status).toBe('CANCELLING');
    await h.waitForSent(id, CancelInvoice);
  });

  it('is ADMIN only, for a DISPUTED shipment only, and checks its body', async () => {
    const { id } = await h.deliveredShipment();
    const json = { outcome: 'RELEASE_TO_EXPORTER', reason: 'settled' };

    // not in dispute: a conflict, nothing sent
    const delivered = await settle(id, json, admin, 409);
    expect(delivered.message).toBe(
      'a dispute is settled while the shipment is DISPUTED; it is DELIVERED',
    );
    expect((await h.shipment(id)).status).toBe('DELIVERED');

    await h.expectAction(id, 'acceptance', { accepted: false, reason: 'scratched' }, admin, 200);
    const post = (as: Caller, body: unknown = json) =>
      h.request(`/shipments/${id}/dispute-settlement`, as, { method: 'POST', json: body });
    expect((await post(exporter1)).status).toBe(403);
    expect((await post(operator1)).status).toBe(403);
    expect((await post(['finance1', 'FINANCE'])).status).toBe(403);

    const refusal = async (body: unknown) => {
      const response = await post(admin, body);
      expect(response.status).toBe(400);
      return (await readJson<{ message: string[] }>(response)).message;
    };
    expect(await refusal({ outcome: 'RELEASE_TO_EXPORTER', reason: '   ' })).toEqual([
      'reason must not be blank',
    ]);
    expect(await refusal({ outcome: 'RELEASE_TO_EXPORTER' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^reason /)]),
    );
    expect(await refusal({ outcome: 'SPLIT', reason: 'half each' })).toEqual([
      'outcome must be one of RELEASE_TO_EXPORTER, REFUND_BUYER',
    ]);
    expect(await refusal({ ...json, reason: 'x'.repeat(501) })).toEqual([
      'reason must be shorter than or equal to 500 characters',
    ]);
    const unknown = await h.request(`/shipments/${randomUUID()}/dispute-settlement`, admin, {
      method: 'POST',
      json,
    });
    expect(unknown.status).toBe(404);

    // none of it changed anything
    const view = await h.shipment(id);
    expect(view.status).toBe('DISPUTED');
    expect(types(view)).not.toContain('DISPUTE_SETTLED');
    expect(h.sentTypes(id)[ReleaseEscrow.type]).toBeUndefined();
  });
});

/**
 * The inspection period over, but not yet acted on: the scheduler polls once a minute here, as
 * after downtime a due deadline may wait for it. A dispute is no longer opened (RULES.md section
 * 8: escrow is released when the period ends without one); an acceptance still is.
 */
describe('logistics: no dispute once the inspection period has ended (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, {
      ...DEFAULT_LOGISTICS_SETTINGS,
      inspectionSeconds: 1,
      deadlinePollMs: 600_000,
    });
  });
  afterAll(() => context.cleanup());

  /** Delivered, its inspection period (a second) over, the scheduler not yet come by. */
  async function pastInspection() {
    const { id, view } = await h.deliveredShipment();
    const period = view.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD')!;
    await waitFor('the inspection period to end', () => Date.now() > Date.parse(period.dueAt));
    return { id, endedAt: period.dueAt };
  }
  const ended = (at: string) =>
    `the inspection period ended at ${at}: the works stand accepted, and a dispute can no longer be opened`;

  it('refuses a refusal, and a destination report with new damage, both with nothing recorded', async () => {
    const { id, endedAt } = await pastInspection();
    const refusal = await h.expectAction(
      id,
      'acceptance',
      { accepted: false, reason: 'changed my mind' },
      admin,
      409,
    );
    expect(refusal.message).toBe(ended(endedAt));

    const report = {
      stage: 'DESTINATION',
      inspector: 'Claire Martin',
      at: new Date().toISOString(),
      photoRefs: ['s3://reports/dest/late.jpg'],
      damages: [{ location: 'canvas, corner', description: 'tear', severity: 'SEVERE' }],
    };
    const damage = await h.expectAction(id, 'condition-reports', report, operator1, 409);
    expect(damage.message).toBe(ended(endedAt));

    const view = await h.shipment(id);
    expect(view.status).toBe('DELIVERED');
    expect(types(view)).not.toContain('REFUSED');
    expect(types(view)).not.toContain('CONDITION_REPORTED');
    expect(view.claim).toBeUndefined();
    expect(h.sentTypes(id)[HoldEscrow.type]).toBeUndefined();

    // a report that finds nothing new opens nothing: still taken
    await h.expectAction(id, 'condition-reports', { ...report, damages: [] }, operator1, 201);
  });

  it('still takes an acceptance: it is what the period leads to', async () => {
    const { id } = await pastInspection();
    const accepted = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    expect(accepted.status).toBe('ACCEPTED');
    await h.waitForSent(id, ReleaseEscrow);
  });
});
