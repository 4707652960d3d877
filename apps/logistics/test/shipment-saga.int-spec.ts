import {
  ArtworkReservationRefused,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  CancelInvoice,
  DeclarationCleared,
  DeclarationFiled,
  DeclarationInfoAnswered,
  DeclarationInfoRequested,
  DeclarationRejected,
  DeclarationReviewOverdue,
  EscrowFunded,
  EscrowHeld,
  EscrowUnfunded,
  EscrowReleased,
  FileDeclaration,
  HoldEscrow,
  InvoiceIssued,
  InvoicePartiallyPaid,
  IssueInvoice,
  MarkArtworksExported,
  MarkArtworksInTransit,
  ReleaseArtworks,
  ReleaseEscrow,
  ReserveArtworks,
  ShipmentAccepted,
  ShipmentCancelled,
  ShipmentCompleted,
  ShipmentDelivered,
  ShipmentDispatched,
  ShipmentSubmitted,
} from '@artbridge/contracts';
import { readJson, TestContext, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_LOGISTICS_SETTINGS } from '../src/logistics-settings';
import { FLUSH_SHIPMENT_WRITES } from '../src/shipments/shipment-writes';
import {
  admin,
  attributesOf,
  Caller,
  cipParis,
  exporter1,
  operator1,
  SagaHarness,
  ShipmentView,
} from './saga-harness';

const DAY_MS = 86_400_000;
const exporter2 = ['exporter2', 'EXPORTER'] as const;
const officer1 = ['officer1', 'CUSTOMS_OFFICER'] as const;
const finance1 = ['finance1', 'FINANCE'] as const;

const types = (view: ShipmentView) => view.timeline.map((entry) => entry.type);

/**
 * The shipment saga as logistics orchestrates it, step by step: the test plays catalog, customs
 * and payments on the real bus and checks every command logistics sends (default settings: 14
 * days to pay, 7 days to inspect).
 */
describe('logistics: the shipment saga (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, { ...DEFAULT_LOGISTICS_SETTINGS, deadlinePollMs: 100 });
  });
  afterAll(() => context.cleanup());

  it('goes all the way to COMPLETED, every step of the four services in the timeline', async () => {
    const body = cipParis();
    const submitted = await h.submit(body);
    expect(submitted).toEqual({ id: expect.any(String), status: 'SUBMITTED' });
    const { id } = submitted;
    const terms = {
      consignee: body.consignee,
      origin: body.origin,
      destination: body.destination,
      purpose: 'SALE',
      incoterm: body.incoterm,
      transportMode: 'AIR',
    };
    expect(await h.waitForSent(id, ShipmentSubmitted)).toEqual({
      shipmentId: id,
      exporterId: 'exporter1',
      artworkIds: body.artworkIds,
      terms,
    });
    expect(await h.waitForSent(id, ReserveArtworks)).toEqual({
      shipmentId: id,
      exporterId: 'exporter1',
      artworkIds: body.artworkIds,
      destinationCountry: 'FR',
      purpose: 'SALE',
    });

    // catalog reserves: logistics files the declaration with the reserved works' attributes
    expect(await h.reserve(id)).toEqual({
      shipmentId: id,
      exporterId: 'exporter1',
      terms,
      price: body.price,
      items: [
        { artworkId: body.artworkIds[0], attributes: attributesOf('Shan Shui 1') },
        { artworkId: body.artworkIds[1], attributes: attributesOf('Shan Shui 2') },
      ],
    });
    expect((await h.shipment(id)).status).toBe('RESERVED');

    // customs clears with VAT in EUR: the invoice has the price and the VAT
    const declarationId = await h.clear(id);
    const invoice = await h.waitForSent(id, IssueInvoice);
    expect(invoice).toEqual({
      shipmentId: id,
      exporterId: 'exporter1',
      buyer: body.consignee,
      lines: [
        {
          kind: 'PRICE',
          description: 'Price of the works, CIP Paris',
          amount: { amount: '150000.00', currency: 'EUR' },
        },
        {
          kind: 'VAT',
          description: 'Import VAT (FR)',
          amount: { amount: '8250.00', currency: 'EUR' },
        },
      ],
      dueAt: expect.any(String),
    });
    expect(Date.parse(invoice.dueAt) - Date.now()).toBeGreaterThan(14 * DAY_MS - 60_000);
    expect((await h.shipment(id)).status).toBe('CLEARED');

    // payments issues it: the payment deadline runs
    const invoiceId = await h.issueInvoice(id);
    const awaiting = await h.waitForStatus(id, 'AWAITING_PAYMENT');
    expect(awaiting).toMatchObject({ declarationId, invoiceId });
    expect(awaiting.deadlines).toEqual([
      { kind: 'PAYMENT_DUE', dueAt: new Date(invoice.dueAt).toISOString(), state: 'PENDING' },
    ]);

    await h.reply(
      InvoicePartiallyPaid,
      { invoiceId, shipmentId: id, amount: { amount: '50000.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    await h.fund(id, invoiceId);
    const paid = await h.waitForStatus(id, 'PAID');
    expect(paid.deadlines).toEqual([expect.objectContaining({ state: 'CLOSED' })]);

    // the operator dispatches: catalog marks the works in transit
    expect((await h.expectAction(id, 'dispatch', {}, operator1, 200)).status).toBe('IN_TRANSIT');
    expect(await h.waitForSent(id, MarkArtworksInTransit)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
    });
    expect(await h.waitForSent(id, ShipmentDispatched)).toEqual({ shipmentId: id });
    await h.reply(ArtworksMarkedInTransit, { shipmentId: id, artworkIds: body.artworkIds });
    await h.waitForTimeline(id, 'ARTWORKS_IN_TRANSIT');

    for (const [type, location] of [
      ['PICKED_UP', 'Shanghai, the artist’s studio'],
      ['DEPARTED', 'PVG'],
      ['ARRIVED', 'CDG'],
    ]) {
      const at = new Date().toISOString();
      const view = await h.expectAction(
        id,
        'tracking-events',
        { type, location, at },
        operator1,
        201,
      );
      expect(view.status).toBe('IN_TRANSIT');
    }
    const delivered = await h.expectAction(
      id,
      'tracking-events',
      { type: 'DELIVERED', location: 'Paris, Galerie Lumière', at: new Date().toISOString() },
      operator1,
      201,
    );
    expect(delivered.status).toBe('DELIVERED');
    const inspection = delivered.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD');
    expect(inspection).toMatchObject({ state: 'PENDING' });
    expect(Date.parse(inspection!.dueAt) - Date.now()).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(await h.waitForSent(id, ShipmentDelivered)).toEqual({ shipmentId: id });

    // the buyer accepts: escrow released, works exported
    const accepted = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    expect(accepted.status).toBe('ACCEPTED');
    expect(await h.waitForSent(id, ShipmentAccepted)).toMatchObject({
      shipmentId: id,
      accepted: true,
    });
    expect(await h.waitForSent(id, ReleaseEscrow)).toEqual({
      shipmentId: id,
      reason: 'accepted: accepted (recorded by admin)',
    });
    expect(await h.waitForSent(id, MarkArtworksExported)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
    });
    await h.reply(ArtworksExported, { shipmentId: id, artworkIds: body.artworkIds });
    await h.waitForTimeline(id, 'ARTWORKS_EXPORTED');
    await h.reply(
      EscrowReleased,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );

    const completed = await h.waitForStatus(id, 'COMPLETED');
    expect(await h.waitForSent(id, ShipmentCompleted)).toEqual({ shipmentId: id });
    expect(types(completed)).toEqual([
      'SUBMITTED',
      'ARTWORKS_RESERVED',
      'DECLARATION_REQUESTED',
      'DECLARATION_FILED',
      'DECLARATION_CLEARED',
      'INVOICE_REQUESTED',
      'INVOICE_ISSUED',
      'INVOICE_PARTIALLY_PAID',
      'ESCROW_FUNDED',
      'DISPATCHED',
      'ARTWORKS_IN_TRANSIT',
      'PICKED_UP',
      'DEPARTED',
      'ARRIVED',
      'DELIVERED',
      'ACCEPTED',
      'ARTWORKS_EXPORTED',
      'ESCROW_RELEASED',
      'COMPLETED',
    ]);
    expect(new Set(completed.timeline.map((entry) => entry.source))).toEqual(
      new Set(['logistics', 'catalog', 'customs', 'payments']),
    );
    const detailOf = (type: string) => completed.timeline.find((e) => e.type === type)?.detail;
    expect(detailOf('INVOICE_ISSUED')).toMatch(
      /^invoice RF18539007547034 for 158250.00 EUR, due by /,
    );
    expect(detailOf('DECLARATION_CLEARED')).toBe(
      'cleared by AUTOMATIC; duties 0.00 EUR, VAT 8250.00 EUR',
    );
    expect(detailOf('ARRIVED')).toBe('CDG');
    expect(completed.deadlines).toEqual([
      expect.objectContaining({ kind: 'INSPECTION_PERIOD', state: 'CLOSED' }), // 7 days
      expect.objectContaining({ kind: 'PAYMENT_DUE', state: 'CLOSED' }), // 14 days
    ]);
    const times = completed.timeline.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(h.sentTypes(id)).toEqual({
      [ShipmentSubmitted.type]: 1,
      [ReserveArtworks.type]: 1,
      [FileDeclaration.type]: 1,
      [IssueInvoice.type]: 1,
      [MarkArtworksInTransit.type]: 1,
      [ShipmentDispatched.type]: 1,
      [ShipmentDelivered.type]: 1,
      [ShipmentAccepted.type]: 1,
      [ReleaseEscrow.type]: 1,
      [MarkArtworksExported.type]: 1,
      [ShipmentCompleted.type]: 1,
    });
  });

  it('reservation refused: CANCELLED at once, with nothing to undo', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.waitForSent(id, ReserveArtworks);
    await h.reply(ArtworkReservationRefused, {
      shipmentId: id,
      refused: [
        {
          artworkId: body.artworkIds[1],
          reason: 'NOT_FOUND',
          detail: `artwork ${body.artworkIds[1]} not found`,
        },
      ],
    });
    const cancelled = await h.waitForStatus(id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe(
      `reservation refused: ${body.artworkIds[1]} NOT_FOUND: artwork ${body.artworkIds[1]} not found`,
    );
    expect(await h.waitForSent(id, ShipmentCancelled)).toEqual({
      shipmentId: id,
      reason: cancelled.cancellationReason,
    });
    expect(types(cancelled)).toEqual(['SUBMITTED', 'RESERVATION_REFUSED', 'CANCELLED']);
    expect(h.sentTypes(id)).toEqual({
      [ShipmentSubmitted.type]: 1,
      [ReserveArtworks.type]: 1,
      [ShipmentCancelled.type]: 1,
    });
  });

  it('declaration under review, a question and its answer, then rejected: artworks released, then CANCELLED', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    const declarationId = randomUUID();
    const decision = { declarationId, shipmentId: id, decidedBy: 'officer1' };
    const reviewDueAt = new Date(Date.now() + 2 * DAY_MS).toISOString();
    await h.reply(
      DeclarationFiled,
      { ...decision, decidedBy: 'AUTOMATIC', outcome: 'REVIEW', reviewDueAt },
      { subject: declarationId },
    );
    const pending = await h.waitForStatus(id, 'PENDING_REVIEW');
    expect(pending.declarationId).toBe(declarationId);
    expect(pending.deadlines).toEqual([
      { kind: 'REVIEW_SLA', dueAt: reviewDueAt, state: 'PENDING' },
    ]);
    expect(pending.timeline.at(-1)).toMatchObject({
      type: 'DECLARATION_FILED',
      source: 'customs',
      detail: `declaration ${declarationId}: REVIEW, an officer reviews it; decision due by ${reviewDueAt}`,
    });

    await h.reply(
      DeclarationInfoRequested,
      { ...decision, reason: 'Provenance before 1949?' },
      { subject: declarationId },
    );
    await h.waitForTimeline(id, 'DECLARATION_INFO_REQUESTED');

    // the exporter answers: customs' review SLA runs again from the answer, and so does ours
    const answeredAt = new Date().toISOString();
    const newReviewDueAt = new Date(Date.now() + 3 * DAY_MS).toISOString();
    await h.reply(
      DeclarationInfoAnswered,
      {
        declarationId,
        shipmentId: id,
        answeredBy: 'exporter1',
        answeredAt,
        reviewDueAt: newReviewDueAt,
      },
      { subject: declarationId },
    );
    const answered = await h.waitForTimeline(id, 'DECLARATION_INFO_ANSWERED');
    expect(answered.status).toBe('PENDING_REVIEW');
    expect(answered.deadlines).toEqual([
      { kind: 'REVIEW_SLA', dueAt: newReviewDueAt, state: 'PENDING' },
    ]);
    expect(answered.timeline.at(-1)).toMatchObject({
      source: 'customs',
      detail: `exporter1 answered; the officer's decision is now due by ${newReviewDueAt}`,
    });

    await h.reply(
      DeclarationReviewOverdue,
      { declarationId, shipmentId: id, reviewDueAt: newReviewDueAt },
      { subject: declarationId },
    );
    const overdue = await h.waitForTimeline(id, 'DECLARATION_REVIEW_OVERDUE');
    expect(overdue.timeline.at(-1)).toMatchObject({
      source: 'customs',
      detail: `the officer's decision was due by ${newReviewDueAt}`,
    });
    expect(overdue.status).toBe('PENDING_REVIEW');
    await h.reply(
      DeclarationRejected,
      { ...decision, reason: 'export licence refused', ruleIds: [] },
      { subject: declarationId },
    );
    await h.waitForStatus(id, 'CANCELLING');
    expect(await h.waitForSent(id, ReleaseArtworks)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
      reason: 'declaration rejected: export licence refused',
    });

    await h.reply(ArtworksReleased, { shipmentId: id, artworkIds: body.artworkIds });
    const cancelled = await h.waitForStatus(id, 'CANCELLED');
    expect(await h.waitForSent(id, ShipmentCancelled)).toEqual({
      shipmentId: id,
      reason: 'declaration rejected: export licence refused',
    });
    expect(cancelled.deadlines).toEqual([expect.objectContaining({ state: 'CLOSED' })]);
    expect(types(cancelled)).toEqual([
      'SUBMITTED',
      'ARTWORKS_RESERVED',
      'DECLARATION_REQUESTED',
      'DECLARATION_FILED',
      'DECLARATION_INFO_REQUESTED',
      'DECLARATION_INFO_ANSWERED',
      'DECLARATION_REVIEW_OVERDUE',
      'DECLARATION_REJECTED',
      'CANCELLING',
      'ARTWORKS_RELEASED',
      'CANCELLED',
    ]);
    expect(h.sentTypes(id)[IssueInvoice.type]).toBeUndefined();
    expect(h.sentTypes(id)[CancelInvoice.type]).toBeUndefined();
  });

  it('a declaration the rules prohibit is undone the same way, the rule ids on record', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id);
    const declarationId = randomUUID();
    const decision = { declarationId, shipmentId: id, decidedBy: 'AUTOMATIC' };
    await h.reply(
      DeclarationFiled,
      { ...decision, outcome: 'PROHIBITED' },
      { subject: declarationId },
    );
    await h.reply(
      DeclarationRejected,
      { ...decision, reason: 'cultural relic made before 1949', ruleIds: ['CN-RELIC-1949'] },
      { subject: declarationId },
    );
    expect(await h.waitForSent(id, ReleaseArtworks)).toMatchObject({
      reason: 'declaration rejected: cultural relic made before 1949 [CN-RELIC-1949]',
    });
    await h.reply(ArtworksReleased, { shipmentId: id, artworkIds: body.artworkIds });
    const cancelled = await h.waitForStatus(id, 'CANCELLED');
    expect(cancelled.timeline.find((e) => e.type === 'DECLARATION_REJECTED')?.detail).toBe(
      'rejected by AUTOMATIC: cultural relic made before 1949 [CN-RELIC-1949]',
    );
  });

  it('an invoice that would total more than an amount can hold is never asked for: artworks released, then CANCELLED', async () => {
    // each amount fits (92233720368547758.07 EUR at most), price and VAT together do not:
    // payments would dead-letter the IssueInvoice and the shipment stay CLEARED, its works reserved
    const { insurance: _, ...uninsured } = cipParis();
    const body = {
      ...uninsured,
      incoterm: { rule: 'DAP', place: 'Paris' },
      price: { amount: '90000000000000000.00', currency: 'EUR' },
    };
    const { id } = await h.submit(body);
    await h.reserve(id);
    const declarationId = randomUUID();
    const decision = { declarationId, shipmentId: id, decidedBy: 'AUTOMATIC' };
    await h.reply(DeclarationFiled, { ...decision, outcome: 'CLEAR' }, { subject: declarationId });
    await h.reply(
      DeclarationCleared,
      {
        ...decision,
        duties: {
          duty: { amount: '0.00', currency: 'EUR' },
          vat: { amount: '4950000000000000.00', currency: 'EUR' },
          total: { amount: '4950000000000000.00', currency: 'EUR' },
        },
      },
      { subject: declarationId },
    );
    const reason =
      'the invoice would total 94950000000000000.00 EUR, more than an amount can hold (92233720368547758.07 EUR)';
    expect(await h.waitForSent(id, ReleaseArtworks)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
      reason,
    });
    const cancelling = await h.waitForStatus(id, 'CANCELLING');
    expect(cancelling.declarationId).toBe(declarationId);
    expect(cancelling.deadlines).toEqual([]);
    expect(cancelling.timeline.find((e) => e.type === 'INVOICE_TOO_LARGE')).toMatchObject({
      source: 'logistics',
      detail: `PRICE 90000000000000000.00 EUR + VAT 4950000000000000.00 EUR: ${reason}; no invoice requested`,
    });

    await h.reply(ArtworksReleased, { shipmentId: id, artworkIds: body.artworkIds });
    const cancelled = await h.waitForStatus(id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe(reason);
    expect(await h.waitForSent(id, ShipmentCancelled)).toEqual({ shipmentId: id, reason });
    expect(types(cancelled)).toEqual([
      'SUBMITTED',
      'ARTWORKS_RESERVED',
      'DECLARATION_REQUESTED',
      'DECLARATION_FILED',
      'DECLARATION_CLEARED',
      'INVOICE_TOO_LARGE',
      'CANCELLING',
      'ARTWORKS_RELEASED',
      'CANCELLED',
    ]);
    expect(h.sentTypes(id)[IssueInvoice.type]).toBeUndefined();
    expect(h.sentTypes(id)[CancelInvoice.type]).toBeUndefined();
  });

  it('the bank reverses the payment of a PAID shipment: AWAITING_PAYMENT, the deadline running again, not dispatched until funded again', async () => {
    const { id, invoiceId } = await h.paidShipment();
    const paid = await h.shipment(id);
    const [closed] = paid.deadlines;
    expect(closed).toMatchObject({ kind: 'PAYMENT_DUE', state: 'CLOSED' });

    await h.reply(
      EscrowUnfunded,
      {
        invoiceId,
        shipmentId: id,
        amount: { amount: '158250.00', currency: 'EUR' },
        reason: 'REC-REVERSAL: the bank reversed payment E-1',
      },
      { subject: invoiceId },
    );
    const reversed = await h.waitForTimeline(id, 'PAYMENT_REVERSED');
    expect(reversed.status).toBe('AWAITING_PAYMENT');
    expect(reversed.deadlines).toEqual([
      { kind: 'PAYMENT_DUE', dueAt: closed.dueAt, state: 'PENDING' },
    ]);
    expect(reversed.timeline.find((entry) => entry.type === 'PAYMENT_REVERSED')).toMatchObject({
      source: 'payments',
      detail: expect.stringContaining('REC-REVERSAL: the bank reversed payment E-1'),
    });
    const refused = await h.expectAction(id, 'dispatch', {}, operator1, 409);
    expect(refused.message).toMatch(/not allowed while the shipment is AWAITING_PAYMENT/);

    await h.fund(id, invoiceId);
    const again = await h.waitForStatus(id, 'PAID');
    expect(again.deadlines).toEqual([expect.objectContaining({ state: 'CLOSED' })]);
  });

  it('the bank reverses the payment after dispatch: marked for finance, escrow released only once the buyer paid again', async () => {
    const { id, invoiceId } = await h.paidShipment();
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const unfunded = await h.reply(
      EscrowUnfunded,
      {
        invoiceId,
        shipmentId: id,
        amount: { amount: '158250.00', currency: 'EUR' },
        reason: 'REC-REVERSAL: the bank reversed payment E-2',
      },
      { subject: invoiceId },
    );
    const reversed = await h.waitForTimeline(id, 'PAYMENT_REVERSED');
    // the works are on their way: the saga cannot call them back, it marks the shipment
    expect(reversed.status).toBe('IN_TRANSIT');
    expect(reversed.paymentReversedAt).toBe(unfunded.occurredAt);
    expect(reversed.timeline.find((entry) => entry.type === 'PAYMENT_REVERSED')?.detail).toBe(
      '158250.00 EUR no longer held in escrow: REC-REVERSAL: the bank reversed payment E-2; the works have left: escrow is neither released nor held for them until the buyer has paid again',
    );

    // delivered and accepted: ACCEPTED, the works exported, but no ReleaseEscrow for escrow
    // that holds nothing
    await h.expectAction(
      id,
      'tracking-events',
      { type: 'DELIVERED', location: 'Paris, Galerie Lumière', at: new Date().toISOString() },
      operator1,
      201,
    );
    const accepted = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    expect(accepted.status).toBe('ACCEPTED');
    await h.waitForSent(id, MarkArtworksExported);
    expect(h.sentTypes(id)[ReleaseEscrow.type]).toBeUndefined();
    expect(types(accepted).slice(-2)).toEqual(['ACCEPTED', 'ESCROW_RELEASE_WITHHELD']);
    expect(accepted.timeline.at(-1)?.detail).toBe(
      `the buyer's payment was reversed (${unfunded.occurredAt}): escrow holds nothing to release; ReleaseEscrow goes once payments says escrow is funded again`,
    );

    // finance finds it: in the detail and the list, and by a filter
    const list = async (query: string, status = 200) => {
      const response = await h.request(`/shipments?${query}`, finance1);
      expect(response.status).toBe(status);
      return readJson<{ items: ShipmentView[]; message?: string[] }>(response);
    };
    const marked = await list('paymentReversed=true&pageSize=200');
    expect(marked.items.find((item) => item.id === id)?.paymentReversedAt).toBe(
      unfunded.occurredAt,
    );
    expect(marked.items.every((item) => item.paymentReversedAt !== undefined)).toBe(true);
    const unmarked = await list('paymentReversed=false&pageSize=200');
    expect(unmarked.items.some((item) => item.id === id)).toBe(false);
    expect((await list('paymentReversed=yes', 400)).message).toEqual([
      'paymentReversed must be one of true, false',
    ]);

    // the buyer pays again: escrow funded, and the release the acceptance owed goes now
    await h.fund(id, invoiceId);
    expect(await h.waitForSent(id, ReleaseEscrow)).toEqual({
      shipmentId: id,
      reason: "accepted; escrow funded again after the bank reversed the buyer's payment",
    });
    const funded = await h.shipment(id);
    expect(funded.paymentReversedAt).toBeUndefined();
    expect(funded.timeline.at(-1)).toMatchObject({
      type: 'ESCROW_FUNDED',
      source: 'payments',
      detail: `158250.00 EUR paid again, held in escrow (the payment reversed ${unfunded.occurredAt} is made good); releasing it to the exporter, as accepted`,
    });
    await h.reply(
      EscrowReleased,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    await h.waitForStatus(id, 'COMPLETED');
    expect(h.sentTypes(id)[ReleaseEscrow.type]).toBe(1);
  });

  it('the bank reverses the payment of a delivered shipment the buyer then refuses: escrow held once it is funded again', async () => {
    const { id, invoiceId } = await h.deliveredShipment();
    await h.reply(
      EscrowUnfunded,
      {
        invoiceId,
        shipmentId: id,
        amount: { amount: '158250.00', currency: 'EUR' },
        reason: 'REC-REVERSAL: the bank reversed payment E-3',
      },
      { subject: invoiceId },
    );
    await waitFor('the reversal marked', async () =>
      (await h.shipment(id)).paymentReversedAt ? true : undefined,
    );
    const disputed = await h.expectAction(
      id,
      'acceptance',
      { accepted: false, reason: 'not the work ordered' },
      admin,
      200,
    );
    expect(disputed.status).toBe('DISPUTED');
    expect(types(disputed).slice(-2)).toEqual(['REFUSED', 'ESCROW_HOLD_WITHHELD']);
    await h.waitForSent(id, ShipmentAccepted);
    expect(h.sentTypes(id)[HoldEscrow.type]).toBeUndefined();

    await h.fund(id, invoiceId);
    expect(await h.waitForSent(id, HoldEscrow)).toEqual({
      shipmentId: id,
      reason: "disputed; escrow funded again after the bank reversed the buyer's payment",
    });
    const funded = await h.shipment(id);
    expect(funded.status).toBe('DISPUTED');
    expect(funded.paymentReversedAt).toBeUndefined();
    expect(h.sentTypes(id)[ReleaseEscrow.type]).toBeUndefined();
  });

  it('the buyer refuses the works: DISPUTED, and the money stays in escrow', async () => {
    const { id, invoiceId } = await h.deliveredShipment();
    const noReason = await h.expectAction(id, 'acceptance', { accepted: false }, admin, 400);
    expect(noReason.message).toEqual(['reason is required when accepted is false']);

    const disputed = await h.expectAction(
      id,
      'acceptance',
      { accepted: false, reason: 'frame cracked on arrival' },
      admin,
      200,
    );
    expect(disputed.status).toBe('DISPUTED');
    expect(disputed.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD')?.state).toBe('CLOSED');
    expect(await h.waitForSent(id, HoldEscrow)).toEqual({
      shipmentId: id,
      reason: 'refused by the buyer: frame cracked on arrival (recorded by admin)',
    });
    expect(await h.waitForSent(id, ShipmentAccepted)).toEqual({
      shipmentId: id,
      accepted: false,
      reason: 'frame cracked on arrival (recorded by admin)',
    });
    await h.reply(
      EscrowHeld,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    const held = await h.waitForTimeline(id, 'ESCROW_HELD');
    expect(types(held).slice(-3)).toEqual(['DELIVERED', 'REFUSED', 'ESCROW_HELD']);
    expect(h.sentTypes(id)[ReleaseEscrow.type]).toBeUndefined();
    expect(h.sentTypes(id)[MarkArtworksExported.type]).toBeUndefined();

    const again = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 409);
    expect(again.message).toMatch(/not allowed while the shipment is DISPUTED/);
  });

  it('a carrier that prefers return=minimal gets 204 and nothing read back; the steps still happen', async () => {
    const { id } = await h.paidShipment();
    const minimal = { prefer: 'return=minimal' };
    const dispatched = await h.request(`/shipments/${id}/dispatch`, operator1, {
      method: 'POST',
      json: {},
      headers: minimal,
    });
    expect(dispatched.status).toBe(204);
    expect(dispatched.headers.get('preference-applied')).toBe('return=minimal');
    expect(await dispatched.text()).toBe('');
    expect((await h.shipment(id)).status).toBe('IN_TRANSIT');

    const delivered = await h.request(`/shipments/${id}/tracking-events`, operator1, {
      method: 'POST',
      json: { type: 'DELIVERED', location: 'Paris, Galerie Lumière', at: new Date().toISOString() },
      headers: { prefer: 'respond-async, return=minimal' },
    });
    expect(delivered.status).toBe(204);
    expect(await delivered.text()).toBe('');
    expect((await h.shipment(id)).status).toBe('DELIVERED');

    // asking for the representation, or for nothing in particular, gets the shipment as before
    const answered = await h.request(`/shipments/${id}/acceptance`, admin, {
      method: 'POST',
      json: { accepted: true },
      headers: { prefer: 'return=representation' },
    });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('preference-applied')).toBeNull();
    expect(((await answered.json()) as ShipmentView).status).toBe('ACCEPTED');

    // a refused action is still refused, whatever the preference
    const again = await h.request(`/shipments/${id}/dispatch`, operator1, {
      method: 'POST',
      json: {},
      headers: minimal,
    });
    expect(again.status).toBe(409);
  });

  it('every reply delivered twice, and late replies for steps already done: one command each', async () => {
    const body = cipParis();
    const { id } = await h.submit(body);
    await h.reserve(id, 2);
    const declarationId = await h.clear(id, 2);
    const invoiceId = await h.issueInvoice(id, { times: 2 });
    await h.waitForStatus(id, 'AWAITING_PAYMENT');
    await h.fund(id, invoiceId, 2);
    await h.waitForStatus(id, 'PAID');
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    await h.reply(
      ArtworksMarkedInTransit,
      { shipmentId: id, artworkIds: body.artworkIds },
      { times: 2 },
    );
    await h.expectAction(
      id,
      'tracking-events',
      { type: 'DELIVERED', location: 'Paris', at: new Date().toISOString() },
      operator1,
      201,
    );
    await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    const released = {
      invoiceId,
      shipmentId: id,
      amount: { amount: '158250.00', currency: 'EUR' },
    };
    await h.reply(EscrowReleased, released, { subject: invoiceId, times: 2 });
    await h.waitForStatus(id, 'COMPLETED');

    // Late replies, as fresh messages, after the same replies on the same keys: once logistics
    // has handled them, it has handled every duplicate before them too.
    const late = await Promise.all([
      h.reply(ArtworksReserved, {
        shipmentId: id,
        exporterId: 'exporter1',
        artworks: body.artworkIds.map((artworkId) => ({
          artworkId,
          attributes: attributesOf('again'),
        })),
      }),
      h.reply(
        DeclarationCleared,
        { declarationId, shipmentId: id, decidedBy: 'officer1' },
        { subject: declarationId },
      ),
      h.reply(
        DeclarationInfoAnswered,
        {
          declarationId,
          shipmentId: id,
          answeredBy: 'exporter1',
          answeredAt: new Date().toISOString(),
          reviewDueAt: new Date(Date.now() + DAY_MS).toISOString(),
        },
        { subject: declarationId },
      ),
      h.reply(
        InvoiceIssued,
        {
          invoiceId,
          shipmentId: id,
          reference: 'RF18539007547034',
          total: released.amount,
          dueAt: new Date().toISOString(),
        },
        { subject: invoiceId },
      ),
      h.reply(EscrowFunded, released, { subject: invoiceId }),
      h.reply(EscrowReleased, released, { subject: invoiceId }),
    ]);
    await waitFor('the late replies to be handled', () => h.handled(late.map((e) => e.id)));

    expect(h.sentTypes(id)).toEqual({
      [ShipmentSubmitted.type]: 1,
      [ReserveArtworks.type]: 1,
      [FileDeclaration.type]: 1,
      [IssueInvoice.type]: 1,
      [MarkArtworksInTransit.type]: 1,
      [ShipmentDispatched.type]: 1,
      [ShipmentDelivered.type]: 1,
      [ShipmentAccepted.type]: 1,
      [ReleaseEscrow.type]: 1,
      [MarkArtworksExported.type]: 1,
      [ShipmentCompleted.type]: 1,
    });
    const view = await h.shipment(id);
    expect(view.status).toBe('COMPLETED');
    expect(types(view)).not.toContain('DECLARATION_INFO_ANSWERED');
    expect(view.deadlines.map((deadline) => deadline.kind)).not.toContain('REVIEW_SLA');
    const counts = types(view).reduce<Record<string, number>>(
      (all, type) => ({ ...all, [type]: (all[type] ?? 0) + 1 }),
      {},
    );
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
  });

  it('a chunk of replies for two shipments, each paid in it after being invoiced in it: both PAID, their timers started and closed in order', async () => {
    const [a, b] = [(await h.submit()).id, (await h.submit()).id];
    for (const id of [a, b]) {
      await h.reserve(id);
      await h.clear(id);
      await h.waitForSent(id, IssueInvoice);
    }
    const money = { amount: '158250.00', currency: 'EUR' };
    const invoice = (shipmentId: string) => ({
      invoiceId: randomUUID(),
      shipmentId,
      reference: 'RF18539007547034',
      total: money,
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const [ia, ib] = [invoice(a), invoice(b)];
    const funded = (invoiceId: string, shipmentId: string) => ({
      invoiceId,
      shipmentId,
      amount: money,
    });
    const sent = await h.replies(randomUUID(), [
      { definition: InvoiceIssued, payload: ib },
      { definition: InvoiceIssued, payload: ia },
      { definition: EscrowFunded, payload: funded(ia.invoiceId, a) },
      { definition: EscrowFunded, payload: funded(ib.invoiceId, b) },
    ]);
    await waitFor('the chunk handled', () => h.handled(sent.map((e) => e.id)));
    for (const [id, { invoiceId, dueAt }] of [
      [a, ia],
      [b, ib],
    ] as const) {
      const view = await h.shipment(id);
      expect(view.status).toBe('PAID');
      expect(view.invoiceId).toBe(invoiceId);
      expect(types(view).slice(-2)).toEqual(['INVOICE_ISSUED', 'ESCROW_FUNDED']);
      expect(view.deadlines).toEqual([
        {
          kind: 'PAYMENT_DUE',
          dueAt: new Date(dueAt).toISOString(),
          state: 'CLOSED',
          closedAt: expect.any(String),
        },
      ]);
    }
  });

  it('dispatches only a PAID shipment, and never an unmarked solid-wood crate', async () => {
    const { id: submitted } = await h.submit();
    const early = await h.expectAction(submitted, 'dispatch', {}, operator1, 409);
    expect(early.message).toMatch(/^DISPATCHED is not allowed while the shipment is SUBMITTED/);
    const tracking = { type: 'PICKED_UP', location: 'Shanghai', at: new Date().toISOString() };
    expect(
      (await h.expectAction(submitted, 'tracking-events', tracking, operator1, 409)).message,
    ).toBe('tracking events are taken while the shipment is IN_TRANSIT; it is SUBMITTED');
    expect(
      (await h.expectAction(submitted, 'acceptance', { accepted: true }, admin, 409)).message,
    ).toMatch(/not allowed while the shipment is SUBMITTED/);

    const body = cipParis();
    body.packages[1] = { ...body.packages[1], type: 'CRATE', ispm15Marked: false };
    const { id } = await h.paidShipment(body);
    const refused = await h.expectAction(id, 'dispatch', {}, operator1, 400);
    expect(refused.message).toEqual([
      expect.stringMatching(
        /^packages\[1\]\.ispm15Marked: crate 2 is solid wood without the ISPM 15 mark: .* \(LOG-ISPM15\)$/,
      ),
    ]);
    expect((await h.shipment(id)).status).toBe('PAID');
    expect(h.sentTypes(id)[MarkArtworksInTransit.type]).toBeUndefined();

    // the crate was heat-treated and marked: the operator dispatches with the packages as built
    const repacked = body.packages.map((pack) => ({ ...pack, ispm15Marked: true }));
    const dispatched = await h.expectAction(id, 'dispatch', { packages: repacked }, operator1, 200);
    expect(dispatched).toMatchObject({ status: 'IN_TRANSIT', packages: repacked });

    const future = new Date(Date.now() + DAY_MS).toISOString();
    const ahead = await h.expectAction(
      id,
      'tracking-events',
      { type: 'ARRIVED', location: 'CDG', at: future },
      operator1,
      400,
    );
    expect(ahead.message).toEqual([expect.stringMatching(/^at must not be in the future/)]);
  });

  it('keeps its own copy of the artworks catalog registers (GET /artworks/:id)', async () => {
    const artworkId = randomUUID();
    expect((await h.request(`/artworks/${artworkId}`, operator1)).status).toBe(404);
    const registeredAt = '2026-03-02T09:30:00.000Z';
    await h.registerArtwork(artworkId, 'Shrimps', registeredAt);
    const copy = await waitFor('logistics to know the artwork', async () => {
      const response = await h.request(`/artworks/${artworkId}`, operator1);
      return response.status === 200 && readJson(response);
    });
    expect(copy).toEqual({
      id: artworkId,
      exporterId: 'exporter1',
      title: 'Shrimps',
      artistName: 'Wu Guanzhong',
      creationYear: 1985,
      category: 'PAINTING',
      value: { amount: '75000.00', currency: 'EUR' },
      originCountry: 'CN',
      registeredAt,
    });
  });

  it('checks roles and ownership: 401, 403, and 404 for another exporter’s shipment', async () => {
    const { id } = await h.submit();
    const post = (path: string, as: Caller, json: unknown) =>
      h.request(`/shipments/${id}/${path}`, as, { method: 'POST', json });
    expect((await post('dispatch', exporter1, {})).status).toBe(403);
    expect(
      (
        await post('tracking-events', exporter1, {
          type: 'PICKED_UP',
          location: 'x',
          at: new Date(),
        })
      ).status,
    ).toBe(403);
    expect((await post('acceptance', exporter1, { accepted: true })).status).toBe(403);
    expect((await post('acceptance', operator1, { accepted: true })).status).toBe(403);
    expect(
      (await h.request('/shipments', officer1, { method: 'POST', json: cipParis() })).status,
    ).toBe(403);
    expect((await h.logistics.request(`/shipments/${id}`)).status).toBe(401);

    expect((await h.request(`/shipments/${id}`, exporter2)).status).toBe(404);
    for (const reader of [exporter1, officer1, finance1, operator1, admin]) {
      expect((await h.request(`/shipments/${id}`, reader)).status).toBe(200);
    }
    const unknown = randomUUID();
    expect((await h.request(`/shipments/${unknown}`, admin)).status).toBe(404);
    expect(
      (await h.request(`/shipments/${unknown}/dispatch`, operator1, { method: 'POST', json: {} }))
        .status,
    ).toBe(404);
    expect(
      (
        await h.request(`/shipments/${unknown}/acceptance`, admin, {
          method: 'POST',
          json: { accepted: true },
        })
      ).status,
    ).toBe(404);
    expect((await h.request('/shipments/not-an-id', admin)).status).toBe(400);

    // lists: an exporter sees its own only, the other roles see all
    const { id: theirs } = await h.submit(cipParis(), exporter2);
    const list = async (as: Caller, query = '') =>
      readJson<{ items: { id: string; exporterId: string; status: string }[]; total: number }>(
        await h.request(`/shipments${query}`, as),
      );
    const own = await list(exporter2);
    expect(own.items.map((s) => s.id)).toEqual([theirs]);
    expect(own.total).toBe(1);
    // past the last page: no items, and still how many there are
    expect(await list(exporter2, '?page=5&pageSize=1')).toMatchObject({ items: [], total: 1 });
    const all = (await list(operator1)).items.map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining([id, theirs]));
    expect(all.indexOf(theirs)).toBeLessThan(all.indexOf(id)); // newest first
    // a later page holds the next ones in the same order, with the same total
    const first = await list(operator1, '?page=1&pageSize=1');
    const second = await list(operator1, '?page=2&pageSize=1');
    expect([...first.items, ...second.items].map((s) => s.id)).toEqual(all.slice(0, 2));
    expect(second.total).toBe(first.total);
    expect(first.total).toBeGreaterThanOrEqual(2);
    // nothing matches: no items and a total of 0
    expect(await list(exporter2, '?status=COMPLETED&page=2')).toMatchObject({
      items: [],
      total: 0,
    });
    const completed = await list(finance1, '?status=COMPLETED');
    expect(completed.items.every((s) => s.status === 'COMPLETED')).toBe(true);
    expect(
      (await list(exporter1, '?status=SUBMITTED')).items.every((s) => s.exporterId === 'exporter1'),
    ).toBe(true);
    const badQuery = await h.request('/shipments?status=LOST&pageSize=1000', admin);
    expect(badQuery.status).toBe(400);
    expect((await readJson<{ message: string[] }>(badQuery)).message).toEqual([
      expect.stringMatching(/^status must be one of SUBMITTED, RESERVED, /),
      'pageSize must not be greater than 200',
    ]);
  });

  it('answers bad bodies with 400 naming each field, and stores nothing', async () => {
    const total = async () =>
      (await readJson<{ total: number }>(await h.request('/shipments', admin))).total;
    const before = await total();
    const post = (json: unknown) => h.request('/shipments', exporter1, { method: 'POST', json });
    const refusal = async (response: Response) => {
      expect(response.status).toBe(400);
      const body = await readJson<{ statusCode: number; error: string; message: string[] }>(
        response,
      );
      expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      return body.message;
    };

    expect(
      await refusal(
        await post({
          artworkIds: ['not-a-uuid'],
          consignee: { name: '', country: 'XX' },
          destination: { country: 'FR', place: 'Paris' },
          purpose: 'GIFT',
          incoterm: { rule: 'CNF', place: 'Paris' },
          transportMode: 'BOAT',
          price: { amount: '10.001', currency: 'EUR' },
          insurance: { insuredValue: { amount: '11', currency: 'EURO' }, clauses: 'D' },
          packages: [
            {
              type: 'BOX',
              material: 'GOLD',
              grossKg: -1,
              dimensionsCm: { length: 0, width: 1, height: 1 },
            },
          ],
          colour: 'red',
        }),
      ),
    ).toEqual([
      'colour: property colour should not exist',
      'artworkIds: each value in artworkIds must be a UUID',
      'consignee.name must be longer than or equal to 1 characters',
      'consignee.address must be longer than or equal to 1 characters',
      'consignee.address must be a string',
      'consignee.country must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
      'origin should not be null or undefined',
      'purpose must be one of SALE, TEMPORARY_EXHIBITION',
      'incoterm.rule must be one of EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF (LOG-INCOTERM-RULE)',
      'transportMode must be one of AIR, SEA, ROAD, RAIL',
      "price.amount '10.001' has 3 decimals but EUR has 2",
      'insurance.insuredValue.currency must be an ISO 4217 currency code such as EUR, CNY, JPY',
      'insurance.clauses must be one of A, B, C',
      'packages.0.type must be one of CRATE, CASE, PALLET',
      'packages.0.material must be one of SOLID_WOOD, PLYWOOD, OSB, PARTICLE_BOARD, FIBREBOARD, ALUMINIUM, STEEL, CARDBOARD, PLASTIC',
      'packages.0.grossKg must be a positive number',
      'packages.0.dimensionsCm.length must be a positive number',
    ]);

    // well-formed, but against the rules of RULES.md section 7
    const { insurance: _, ...uninsured } = cipParis();
    expect(
      await refusal(await post({ ...uninsured, incoterm: { rule: 'FOB', place: 'Shanghai' } })),
    ).toEqual([
      'transportMode: FOB is for sea and inland waterway transport only, not AIR; use FCA instead (LOG-INCOTERM-MODE)',
    ]);
    expect(
      await refusal(
        await post({
          ...uninsured,
          insurance: { insuredValue: { amount: '150000.00', currency: 'EUR' }, clauses: 'C' },
        }),
      ),
    ).toEqual([
      'insurance.clauses: CIP requires all-risks cover (Institute Cargo Clauses A), not Clauses C (LOG-INCOTERM-CIP-COVER)',
      'insurance.insuredValue: CIP requires cover of at least 110 % of the price: 165000.00 EUR, not 150000.00 EUR (LOG-INCOTERM-CIP-COVER)',
    ]);
    const { price: __, ...priceless } = uninsured;
    expect(
      await refusal(await post({ ...priceless, incoterm: { rule: 'DAP', place: 'Paris' } })),
    ).toEqual([
      'price: a SALE needs its price: customs values the works with it and the buyer is invoiced it (LOG-SALE-PRICE)',
    ]);
    expect(await total()).toBe(before);

    // the other routes name their fields too, before looking at the shipment
    const { id } = await h.submit();
    const action = (path: string, as: Caller, json: unknown) =>
      h.request(`/shipments/${id}/${path}`, as, { method: 'POST', json });
    expect(
      await refusal(
        await action('tracking-events', operator1, { type: 'LOST', location: '', at: 'yesterday' }),
      ),
    ).toEqual([
      'type must be one of PICKED_UP, DEPARTED, ARRIVED, HELD, DELIVERED',
      'location must be longer than or equal to 1 characters',
      'at must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z',
    ]);
    expect(await refusal(await action('acceptance', admin, { accepted: 'yes' }))).toEqual([
      'accepted must be a boolean value',
    ]);
    expect(
      await refusal(await action('dispatch', operator1, { packages: [{ type: 'CRATE' }] })),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^packages\.0\.material must be one of /),
        'packages.0.dimensionsCm should not be null or undefined',
      ]),
    );
  });

  it("a chunk's write finds its shipments by key, not by reading the whole table", async () => {
    const { id } = await h.submit();
    const plan = await h.withDatabase(async (db) => {
      await db.query('BEGIN'); // rolled back: the copies and their statistics go with it
      try {
        // a thousand shipments: few enough that without the key condition the planner, guessing
        // 100 rows from jsonb_to_recordset, would read them all rather than look 100 up
        await db.query(
          `INSERT INTO shipment
           SELECT (jsonb_populate_record(NULL::shipment,
                     to_jsonb(s) || jsonb_build_object('id', gen_random_uuid()))).*
             FROM shipment s, generate_series(1, 1000)
            WHERE s.id = $1`,
          [id],
        );
        await db.query('ANALYZE shipment');
        // the plan a prepared statement settles on, whatever the chunk holds
        await db.query('SET LOCAL plan_cache_mode = force_generic_plan');
        await db.query(`PREPARE flush_plan AS ${FLUSH_SHIPMENT_WRITES}`);
        const { rows } = await db.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN EXECUTE flush_plan('[]', '[]', '[]', '[]', '{}')`,
        );
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      } finally {
        await db.query('ROLLBACK');
      }
    });
    expect(plan).toContain('shipment_pkey');
    expect(plan).not.toMatch(/Seq Scan on shipment\b/);
  });
});
