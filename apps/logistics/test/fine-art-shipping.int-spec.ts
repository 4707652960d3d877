import {
  AdmissionDischarged,
  AdmissionExtended,
  AdmissionOverdue,
  AdmissionReminder,
  AdmissionStarted,
  ArtworksExported,
  BondedEntered,
  BondedReExported,
  BondedReleased,
  DeclarationCleared,
  DeclarationFiled,
  EscrowHeld,
  FileDeclaration,
  HoldEscrow,
  ImportDeclarationCleared,
  ImportDeclarationFiled,
  ImportDutyInvoiceIssued,
  ImportDutyInvoicePaid,
  ImportDutyInvoicePartiallyPaid,
  ImportDutyInvoicePaymentReversed,
  IssueInvoice,
  MarkArtworksExported,
  MarkArtworksInTransit,
  ReleaseArtworks,
  ReleaseEscrow,
  ReserveArtworks,
  ReturnLegCompleted,
  ReturnLegCreated,
  ShipmentAccepted,
  ShipmentClaimOpened,
  ShipmentCompleted,
  ShipmentConditionReported,
  ShipmentCustodyTransferred,
  ShipmentSubmitted,
} from '@artbridge/contracts';
import { readJson, TestContext, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { CN_TEMPORARY_ADMISSION } from '../src/admission/domain/temporary-admission';
import { DEFAULT_LOGISTICS_SETTINGS } from '../src/logistics-settings';
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

const exporter2 = ['exporter2', 'EXPORTER'] as const;
const officer1 = ['officer1', 'CUSTOMS_OFFICER'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const types = (view: ShipmentView) => view.timeline.map((entry) => entry.type);
const detailOf = (view: ShipmentView, type: string) =>
  view.timeline.filter((entry) => entry.type === type).map((entry) => entry.detail);

/** The admission clock on a shortened setting: 5 s, extensions of 5 s, a reminder 2 s before. */
const ADMISSION_MS = 5000;
const REMINDER_MS = 2000;

interface ReportAnswer {
  id: string;
  stage: string;
  damages: { location: string; severity: string; finding?: string; previously?: string }[];
  newDamages: number;
  shipmentStatus: string;
  claimId?: string;
  message?: string | string[];
}

/**
 * An exhibition loan from Paris to a Shanghai museum: no price, nothing to invoice, DAP Shanghai
 * by air. Into China, so under its temporary admission (CN-TEMP-ADMISSION): the clock runs.
 */
function exhibition(artworkIds: string[] = [randomUUID()]) {
  return {
    artworkIds,
    consignee: { name: 'Long Museum', country: 'CN', address: '3398 Longteng Ave, Shanghai' },
    origin: { country: 'FR', place: 'Paris' },
    destination: { country: 'CN', place: 'Shanghai' },
    purpose: 'TEMPORARY_EXHIBITION',
    incoterm: { rule: 'DAP', place: 'Shanghai' },
    transportMode: 'AIR',
    packages: [
      {
        type: 'CRATE',
        material: 'PLYWOOD',
        grossKg: 61,
        dimensionsCm: { length: 140, width: 35, height: 110 },
      },
    ],
  };
}

/** The same kind of loan from Shanghai to a Paris museum: no temporary admission modelled for FR. */
function exhibitionInParis(artworkIds: string[] = [randomUUID()]) {
  return {
    ...exhibition(artworkIds),
    consignee: { name: 'Musée Guimet', country: 'FR', address: '6 place d’Iéna, 75116 Paris' },
    origin: { country: 'CN', place: 'Shanghai' },
    destination: { country: 'FR', place: 'Paris' },
    incoterm: { rule: 'DAP', place: 'Paris' },
  };
}

const crack = {
  location: 'Lower-left corner of the frame',
  description: 'hairline crack in the gilding',
  severity: 'MINOR',
};
const tear = { location: 'canvas, upper right', description: '3 cm tear', severity: 'MODERATE' };

/**
 * Fine-art shipping on real PostgreSQL and Kafka: condition reports and claims, custody
 * hand-overs, and the temporary-admission clock of exhibition loans with their return legs
 * (inspection period of an hour, so delivered shipments wait; admission clock in seconds).
 */
describe('logistics: fine-art shipping (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, {
      ...DEFAULT_LOGISTICS_SETTINGS,
      inspectionSeconds: 3600,
      deadlinePollMs: 100,
      admission: {
        ...CN_TEMPORARY_ADMISSION,
        admissionPeriod: { milliseconds: ADMISSION_MS },
        extensionPeriod: { milliseconds: ADMISSION_MS },
        reminderOffsets: [{ milliseconds: REMINDER_MS }],
      },
    });
  });
  afterAll(() => context.cleanup());

  const report = (id: string, json: unknown, as: Caller = operator1, status = 201) =>
    h.expectAction(id, 'condition-reports', json, as, status) as unknown as Promise<ReportAnswer>;
  const track = (id: string, json: Record<string, unknown>, as: Caller = operator1, status = 201) =>
    h.expectAction(id, 'tracking-events', { at: new Date().toISOString(), ...json }, as, status);

  /** Customs clears without duties: nothing to invoice, PAID at once. */
  async function clearWithoutDuties(id: string) {
    const declarationId = randomUUID();
    const decision = { declarationId, shipmentId: id, decidedBy: 'AUTOMATIC' };
    await h.reply(DeclarationFiled, { ...decision, outcome: 'CLEAR' }, { subject: declarationId });
    await h.reply(DeclarationCleared, decision, { subject: declarationId });
    return h.waitForStatus(id, 'PAID');
  }

  /** An exhibition loan delivered (in Shanghai, unless told otherwise): its admission clock starts. */
  async function deliveredExhibition(body = exhibition()) {
    const { id } = await h.submit(body);
    await h.reserve(id);
    await clearWithoutDuties(id);
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const deliveredAt = new Date();
    await track(id, {
      type: 'DELIVERED',
      location: `${body.destination.place}, ${body.consignee.name}`,
      at: deliveredAt.toISOString(),
    });
    return { id, body, deliveredAt };
  }

  it('a destination report with new damage opens a claim and holds escrow: DISPUTED, never completed', async () => {
    const { id, invoiceId } = await h.paidShipment();
    const origin = await report(id, {
      stage: 'ORIGIN',
      inspector: 'Li Wen, Shanghai Fine Art Packers',
      at: new Date().toISOString(),
      notes: 'before packing, raking light',
      photoRefs: ['s3://reports/origin/1.jpg', 's3://reports/origin/2.jpg'],
      damages: [crack],
    });
    expect(origin).toMatchObject({ stage: 'ORIGIN', newDamages: 0, shipmentStatus: 'PAID' });

    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    // an origin report once the works have left is a conflict
    const late = await report(
      id,
      {
        stage: 'ORIGIN',
        inspector: 'x',
        at: new Date().toISOString(),
        photoRefs: ['p'],
        damages: [],
      },
      operator1,
      409,
    );
    expect(late.message).toBe(
      'an ORIGIN condition report is taken before the works leave; the shipment is IN_TRANSIT',
    );
    await track(id, { type: 'DELIVERED', location: 'Paris, Galerie Lumière' });
    expect((await h.shipment(id)).status).toBe('DELIVERED');

    // the crack at origin, seen again in other words: known damage, nothing happens
    const same = await report(id, {
      stage: 'DESTINATION',
      inspector: 'Claire Martin',
      at: new Date().toISOString(),
      photoRefs: ['s3://reports/dest/1.jpg'],
      damages: [
        { ...crack, location: 'lower left corner of the frame', description: 'small crack' },
      ],
    });
    expect(same).toMatchObject({ newDamages: 0, shipmentStatus: 'DELIVERED' });
    expect(same.damages).toEqual([expect.objectContaining({ finding: 'KNOWN' })]);
    expect(same.claimId).toBeUndefined();

    // a tear nobody recorded at origin: a claim, escrow held, the shipment in dispute
    const found = await report(
      id,
      {
        stage: 'DESTINATION',
        inspector: 'Claire Martin',
        at: new Date().toISOString(),
        notes: 'after unpacking',
        photoRefs: ['s3://reports/dest/2.jpg', 's3://reports/dest/3.jpg'],
        damages: [crack, tear],
      },
      admin, // an ADMIN may record one too
    );
    expect(found).toMatchObject({
      stage: 'DESTINATION',
      newDamages: 1,
      shipmentStatus: 'DISPUTED',
      claimId: expect.any(String),
    });
    expect(found.damages.map((damage) => damage.finding)).toEqual(['KNOWN', 'NEW']);

    const disputed = await h.shipment(id);
    expect(disputed.status).toBe('DISPUTED');
    const reason =
      '1 new damage found at destination by Claire Martin: canvas, upper right: 3 cm tear (MODERATE)';
    expect(disputed.claim).toEqual({
      id: found.claimId,
      status: 'OPEN',
      openedAt: expect.any(String),
      openedBy: 'admin',
      reason,
      damages: [{ ...tear, finding: 'NEW' }],
      reportIds: [found.id],
      escrowHeld: true,
    });
    expect(disputed.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD')?.state).toBe('CLOSED');
    expect(types(disputed).slice(-4)).toEqual([
      'DELIVERED',
      'CONDITION_REPORTED',
      'CONDITION_REPORTED',
      'CLAIM_OPENED',
    ]);
    expect(detailOf(disputed, 'CLAIM_OPENED')).toEqual([
      `claim ${found.claimId}: ${reason}; escrow held until it is settled`,
    ]);
    expect(detailOf(disputed, 'CONDITION_REPORTED')).toEqual([
      'ORIGIN condition report by Li Wen, Shanghai Fine Art Packers: 1 damage, 2 photographs',
      'DESTINATION condition report by Claire Martin: 1 damage, 0 new, 1 photograph',
      'DESTINATION condition report by Claire Martin: 2 damages, 1 new, 2 photographs',
    ]);
    expect(await h.waitForSent(id, HoldEscrow)).toEqual({
      shipmentId: id,
      reason: `claim ${found.claimId}: ${reason}`,
    });
    expect(await h.waitForSent(id, ShipmentClaimOpened)).toEqual({
      shipmentId: id,
      claimId: found.claimId,
      reportId: found.id,
      reason,
      damages: [tear],
    });
    await waitFor('three condition reports announced', () =>
      h.sent(id).filter((e) => e.type === ShipmentConditionReported.type).length === 3
        ? true
        : undefined,
    );

    // the buyer cannot accept it now, and silence is no acceptance either
    const accept = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 409);
    expect(accept.message).toMatch(/not allowed while the shipment is DISPUTED/);

    // a further finding joins the open claim; escrow is held once
    await report(id, {
      stage: 'DESTINATION',
      inspector: 'Claire Martin',
      at: new Date().toISOString(),
      photoRefs: ['s3://reports/dest/4.jpg'],
      damages: [tear, { location: 'stretcher bar', description: 'split', severity: 'SEVERE' }],
    });
    const joined = await h.shipment(id);
    expect(joined.status).toBe('DISPUTED');
    expect(joined.claim?.damages.map((d) => d.location)).toEqual([
      'canvas, upper right',
      'stretcher bar',
    ]);
    expect(joined.claim?.reportIds).toHaveLength(2);
    expect(types(joined).slice(-1)).toEqual(['CLAIM_UPDATED']);

    // payments confirms the hold: the escrow stays, nothing is released or exported
    await h.reply(
      EscrowHeld,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    await h.waitForTimeline(id, 'ESCROW_HELD');
    const sent = h.sentTypes(id);
    expect(sent[HoldEscrow.type]).toBe(1);
    expect(sent[ShipmentClaimOpened.type]).toBe(1);
    expect(sent[ReleaseEscrow.type]).toBeUndefined();
    expect(sent[MarkArtworksExported.type]).toBeUndefined();
    expect(sent[ShipmentAccepted.type]).toBeUndefined();

    // the reports, oldest first: the owner and staff may read them, another exporter may not
    const list = await h.request(`/shipments/${id}/condition-reports`, exporter1);
    expect(list.status).toBe(200);
    const { items } = await readJson<{ items: ReportAnswer[] }>(list);
    expect(items.map((item) => [item.stage, item.newDamages])).toEqual([
      ['ORIGIN', 0],
      ['DESTINATION', 0],
      ['DESTINATION', 1],
      ['DESTINATION', 1],
    ]);
    expect(items[3].damages).toEqual([
      expect.objectContaining({ location: 'canvas, upper right', finding: 'KNOWN' }),
      expect.objectContaining({ location: 'stretcher bar', finding: 'NEW' }),
    ]);
    expect((await h.request(`/shipments/${id}/condition-reports`, officer1)).status).toBe(200);
    expect((await h.request(`/shipments/${id}/condition-reports`, exporter2)).status).toBe(404);
  });

  it('condition reports: roles, state and bad input are refused before anything is stored', async () => {
    const { id } = await h.submit();
    const ok = {
      stage: 'ORIGIN',
      inspector: 'Li Wen',
      at: new Date().toISOString(),
      photoRefs: ['p1'],
      damages: [],
    };
    expect(
      (
        await h.request(`/shipments/${id}/condition-reports`, exporter1, {
          method: 'POST',
          json: ok,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await h.request(`/shipments/${randomUUID()}/condition-reports`, operator1, {
          method: 'POST',
          json: ok,
        })
      ).status,
    ).toBe(404);
    const early = await report(id, { ...ok, stage: 'DESTINATION' }, operator1, 409);
    expect(early.message).toBe(
      'a DESTINATION condition report is taken after delivery and before acceptance (DELIVERED or DISPUTED); the shipment is SUBMITTED',
    );
    const bad = await report(
      id,
      {
        stage: 'MIDDLE',
        inspector: '',
        at: 'yesterday',
        photoRefs: [],
        damages: [{ location: 'corner', description: 'dent', severity: 'AWFUL' }, { location: '' }],
        colour: 'red',
      },
      operator1,
      400,
    );
    expect(bad.message).toEqual([
      'colour: property colour should not exist',
      'stage must be one of ORIGIN, DESTINATION',
      'inspector must be longer than or equal to 1 characters',
      'at must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z',
      'photoRefs must name at least one photograph: a condition report is taken with photographs',
      'damages.0.severity must be one of MINOR, MODERATE, SEVERE',
      'damages.1.location must be longer than or equal to 1 characters',
      'damages.1.description must be longer than or equal to 1 characters',
      'damages.1.description must be a string',
      'damages.1.severity must be one of MINOR, MODERATE, SEVERE',
    ]);
    const blank = await report(
      id,
      {
        ...ok,
        inspector: '   ',
        damages: [{ location: ' ', description: 'dent', severity: 'MINOR' }],
      },
      operator1,
      400,
    );
    expect(blank.message).toEqual([
      'inspector must not be blank',
      'damages.0.location must not be blank',
    ]);
    const future = await report(
      id,
      { ...ok, at: new Date(Date.now() + 86_400_000).toISOString() },
      operator1,
      400,
    );
    expect(future.message).toEqual([expect.stringMatching(/^at must not be in the future/)]);
    const { items } = await readJson<{ items: unknown[] }>(
      await h.request(`/shipments/${id}/condition-reports`, admin),
    );
    expect(items).toEqual([]);
    expect(h.sentTypes(id)[ShipmentConditionReported.type]).toBeUndefined();
  });

  it("condition reports: an origin report is not from before the submission; the inspector's time is kept within bounds", async () => {
    const { id } = await h.submit();
    const { submittedAt } = await h.shipment(id);
    const submitted = Date.parse(submittedAt!);
    const origin = (at: string, status: number) =>
      report(
        id,
        { stage: 'ORIGIN', inspector: 'Li Wen', at, photoRefs: ['p1'], damages: [] },
        operator1,
        status,
      );
    expect((await origin('0001-01-01T00:00:00Z', 400)).message).toEqual([
      `at must not be before the shipment was submitted (${submittedAt}): an origin report is taken for the shipment`,
    ]);
    // within the skew: recorded at the submission, the inspector's own time in the timeline
    const early = new Date(submitted - 4 * 60_000).toISOString();
    const recorded = await origin(early, 201);
    expect((recorded as unknown as { at: string }).at).toBe(submittedAt);
    expect(await h.waitForSent(id, ShipmentConditionReported)).toMatchObject({ at: submittedAt });
    const view = await h.shipment(id);
    expect(detailOf(view, 'CONDITION_REPORTED')).toEqual([
      `ORIGIN condition report by Li Wen: no damage, 1 photograph (inspector's time ${early})`,
    ]);
    const times = view.timeline.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(types(view)[0]).toBe('SUBMITTED');
  });

  it('custody hand-overs travel with tracking events and show in the timeline', async () => {
    const { id } = await h.paidShipment();
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    await track(id, {
      type: 'PICKED_UP',
      location: 'Shanghai, Fine Art Packers',
      custody: { from: 'Shanghai Fine Art Packers', to: 'Art Handling Ltd', signedBy: 'Zhang Wei' },
    });
    await track(
      id,
      {
        type: 'DEPARTED',
        location: 'Shanghai Pudong, cargo terminal 2',
        custody: { from: 'Art Handling Ltd', to: 'Air France Cargo', signedBy: 'Marie Dubois' },
      },
      admin, // an ADMIN may report too
    );
    await track(id, { type: 'ARRIVED', location: 'Paris CDG' });
    // handed over by someone the chain did not give it to: recorded, and the gap shown
    await track(id, {
      type: 'HELD',
      location: 'CDG customs warehouse',
      custody: {
        from: 'CDG Ground Handling',
        to: 'Paris Fine Art Logistics',
        signedBy: 'J. Moreau',
      },
    });
    const delivered = await track(id, {
      type: 'DELIVERED',
      location: 'Paris, Galerie Lumière',
      custody: { from: 'Paris Fine Art Logistics', to: 'Galerie Lumière', signedBy: 'Hélène Roux' },
    });
    expect(delivered).toMatchObject({ status: 'DELIVERED', custodian: 'Galerie Lumière' });
    const tracked = delivered.timeline.filter((entry) =>
      ['PICKED_UP', 'DEPARTED', 'ARRIVED', 'HELD', 'DELIVERED'].includes(entry.type),
    );
    expect(tracked.map((entry) => [entry.type, entry.detail])).toEqual([
      [
        'PICKED_UP',
        'Shanghai, Fine Art Packers; custody: Shanghai Fine Art Packers → Art Handling Ltd, signed by Zhang Wei',
      ],
      [
        'DEPARTED',
        'Shanghai Pudong, cargo terminal 2; custody: Art Handling Ltd → Air France Cargo, signed by Marie Dubois',
      ],
      ['ARRIVED', 'Paris CDG'],
      [
        'HELD',
        'CDG customs warehouse; custody: CDG Ground Handling → Paris Fine Art Logistics, signed by J. Moreau (custody gap: last signed over to Air France Cargo, now handed over by CDG Ground Handling)',
      ],
      [
        'DELIVERED',
        'Paris, Galerie Lumière; custody: Paris Fine Art Logistics → Galerie Lumière, signed by Hélène Roux',
      ],
    ]);
    const transfers = await waitFor('four custody transfers announced', () => {
      const found = h.sent(id).filter((e) => e.type === ShipmentCustodyTransferred.type);
      return found.length === 4 && found;
    });
    expect(transfers[1].payload).toEqual({
      shipmentId: id,
      from: 'Art Handling Ltd',
      to: 'Air France Cargo',
      signedBy: 'Marie Dubois',
      trackingType: 'DEPARTED',
      location: 'Shanghai Pudong, cargo terminal 2',
      at: expect.any(String),
    });
  });

  it('custody: bad hand-overs are 400 naming the field', async () => {
    const { id } = await h.paidShipment();
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const missing = await track(
      id,
      { type: 'PICKED_UP', location: 'Shanghai', custody: { from: 'A', to: '' } },
      operator1,
      400,
    );
    expect(missing.message).toEqual([
      'custody.to must be longer than or equal to 1 characters',
      'custody.signedBy must be longer than or equal to 1 characters',
      'custody.signedBy must be a string',
    ]);
    const self = await track(
      id,
      {
        type: 'PICKED_UP',
        location: 'Shanghai',
        custody: { from: 'A Ltd', to: 'a ltd', signedBy: 'X' },
      },
      operator1,
      400,
    );
    expect(self.message).toEqual(['custody.to must be another party than custody.from']);
    const blank = await track(
      id,
      { type: 'PICKED_UP', location: 'Shanghai', custody: { from: '  ', to: 'B', signedBy: 'X' } },
      operator1,
      400,
    );
    expect(blank.message).toEqual(['custody.from must not be blank']);
    expect((await track(id, { type: 'PICKED_UP', location: 'x' }, exporter1, 403)).statusCode).toBe(
      403,
    );
  });

  it('a loan in dispute is not settled by undoing a sale: its works come back on the return leg', async () => {
    const { id } = await deliveredExhibition();
    await report(id, {
      stage: 'DESTINATION',
      inspector: 'Claire Martin',
      at: new Date().toISOString(),
      photoRefs: ['s3://reports/dest/loan.jpg'],
      damages: [tear],
    });
    expect((await h.shipment(id)).status).toBe('DISPUTED');
    const refused = await h.expectAction(
      id,
      'dispute-settlement',
      { outcome: 'REFUND_BUYER', reason: 'the museum wants nothing of it' },
      admin,
      409,
    );
    expect(refused.message).toMatch(/^a loan for a temporary exhibition has no sale to undo/);
    expect((await h.shipment(id)).status).toBe('DISPUTED');
    expect(h.sentTypes(id)[ReleaseArtworks.type]).toBeUndefined();
  });

  it("a loan's works go ON_LOAN in catalog on delivery, not once the inspection period is over; catalog is told once", async () => {
    const { id, body } = await deliveredExhibition();
    // the museum has an hour to inspect the works: catalog is told now all the same
    expect(await h.waitForSent(id, MarkArtworksExported)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
    });
    const delivered = await h.shipment(id);
    expect(delivered.status).toBe('DELIVERED');
    expect(delivered.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD')?.state).toBe('PENDING');
    expect(h.sentTypes(id)[ShipmentAccepted.type]).toBeUndefined();
    await h.reply(ArtworksExported, { shipmentId: id, artworkIds: body.artworkIds });
    expect(detailOf(await h.waitForTimeline(id, 'ARTWORKS_EXPORTED'), 'ARTWORKS_EXPORTED')).toEqual(
      ['1 artwork on loan'],
    );

    // the acceptance completes the loan (nothing invoiced) and does not tell catalog again
    const accepted = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    expect(accepted.status).toBe('COMPLETED');
    await h.waitForSent(id, ShipmentCompleted);
    await sleep(500);
    expect(h.sentTypes(id)[MarkArtworksExported.type]).toBe(1);
  });

  it('a loan refused at delivery stays ON_LOAN: settled for the exporter, catalog is not told again', async () => {
    const { id, body } = await deliveredExhibition(exhibitionInParis());
    expect(await h.waitForSent(id, MarkArtworksExported)).toEqual({
      shipmentId: id,
      artworkIds: body.artworkIds,
    });
    const refused = await h.expectAction(
      id,
      'acceptance',
      { accepted: false, reason: 'the crates arrived a week late' },
      admin,
      200,
    );
    expect(refused.status).toBe('DISPUTED');
    const settled = await h.expectAction(
      id,
      'dispute-settlement',
      { outcome: 'RELEASE_TO_EXPORTER', reason: 'the museum shows the works all the same' },
      admin,
      200,
    );
    expect(settled.status).toBe('COMPLETED');
    await h.waitForSent(id, ShipmentCompleted);
    await sleep(500);
    const sent = h.sentTypes(id);
    expect(sent[MarkArtworksExported.type]).toBe(1);
    expect(sent[ReleaseArtworks.type]).toBeUndefined();
  });

  it('a return leg in dispute is settled for the exporter only: it completes and the works are home', async () => {
    const { id, body } = await deliveredExhibition();
    const leg = await h.expectAction(id, 'return', {}, exporter1, 201);
    await clearWithoutDuties(leg.id);
    await h.expectAction(leg.id, 'dispatch', {}, operator1, 200);
    await track(leg.id, { type: 'DELIVERED', location: 'Paris, the lender' });
    await h.expectAction(
      leg.id,
      'acceptance',
      { accepted: false, reason: 'crate arrived wet' },
      admin,
      200,
    );
    // cancelling it would leave the works ON_LOAN in catalog for good, the loan's clock discharged
    const refused = await h.expectAction(
      leg.id,
      'dispute-settlement',
      { outcome: 'REFUND_BUYER', reason: 'the lender refuses the works' },
      admin,
      409,
    );
    expect(refused.message).toBe(
      'a return leg has no sale to undo: settle it for the exporter, so that it completes and the works are home in catalog',
    );
    expect((await h.shipment(leg.id)).status).toBe('DISPUTED');
    await h.expectAction(
      leg.id,
      'dispute-settlement',
      { outcome: 'RELEASE_TO_EXPORTER', reason: 'the lender takes the works back, claim aside' },
      admin,
      200,
    );
    await h.waitForStatus(leg.id, 'COMPLETED');
    expect(await h.waitForSent(id, ReturnLegCompleted)).toMatchObject({
      shipmentId: id,
      returnShipmentId: leg.id,
      artworkIds: body.artworkIds,
    });
    expect(h.sentTypes(leg.id)[ReleaseArtworks.type]).toBeUndefined();
  });

  it('a temporary exhibition delivered: reminder, then overdue, on the shortened clock', async () => {
    const { id, deliveredAt } = await deliveredExhibition();
    const started = await h.shipment(id);
    expect(started.admission).toMatchObject({
      state: 'RUNNING',
      extensionsUsed: 0,
      extensionsLeft: 3,
      remindersSent: 0,
    });
    const deadline = Date.parse(started.admission!.deadline);
    expect(deadline - deliveredAt.getTime()).toBe(ADMISSION_MS);
    expect(started.deadlines).toEqual(
      expect.arrayContaining([
        { kind: 'ADMISSION_EXPIRY', dueAt: new Date(deadline).toISOString(), state: 'PENDING' },
        {
          kind: 'ADMISSION_REMINDER',
          dueAt: new Date(deadline - REMINDER_MS).toISOString(),
          state: 'PENDING',
        },
      ]),
    );
    expect(await h.waitForSent(id, AdmissionStarted)).toEqual({
      shipmentId: id,
      startedAt: deliveredAt.toISOString(),
      deadline: new Date(deadline).toISOString(),
      extensionsUsed: 0,
      extensionsLeft: 3,
    });

    // the museum accepts the works: the loan's journey completes, its admission clock runs on
    const accepted = await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    expect(accepted.status).toBe('COMPLETED'); // nothing was invoiced, nothing to release
    expect(
      accepted.deadlines.filter((d) => d.kind.startsWith('ADMISSION_')).map((d) => d.state),
    ).toEqual(['PENDING', 'PENDING']);

    const reminder = await h.waitForSent(id, AdmissionReminder);
    expect(Date.now()).toBeGreaterThanOrEqual(deadline - REMINDER_MS);
    expect(reminder).toEqual({
      shipmentId: id,
      deadline: new Date(deadline).toISOString(),
      extensionsUsed: 0,
      extensionsLeft: 3,
      key: `reminder:0:PT${REMINDER_MS}MS`,
      dueAt: new Date(deadline - REMINDER_MS).toISOString(),
    });
    expect(h.sentTypes(id)[AdmissionOverdue.type]).toBeUndefined();

    expect(await h.waitForSent(id, AdmissionOverdue)).toEqual({
      shipmentId: id,
      deadline: new Date(deadline).toISOString(),
      extensionsUsed: 0,
      extensionsLeft: 3,
    });
    expect(Date.now()).toBeGreaterThan(deadline);
    const overdue = await h.waitForTimeline(id, 'ADMISSION_OVERDUE');
    expect(overdue.admission).toMatchObject({ state: 'OVERDUE', remindersSent: 1 });
    expect(overdue.deadlines.find((d) => d.kind === 'ADMISSION_EXPIRY')?.state).toBe('FIRED');
    expect(types(overdue).filter((type) => type.startsWith('ADMISSION_'))).toEqual([
      'ADMISSION_STARTED',
      'ADMISSION_REMINDER',
      'ADMISSION_OVERDUE',
    ]);
    expect(detailOf(overdue, 'ADMISSION_REMINDER')).toEqual([
      `the works must leave by ${new Date(deadline).toISOString()} (reminder ${REMINDER_MS / 1000} seconds before); 0 of 3 extensions used, 3 left`,
    ]);

    // too late to extend: the works must leave now
    const refused = await h.expectAction(
      id,
      'admission/extensions',
      { reason: 'the exhibition was prolonged' },
      exporter1,
      409,
    );
    expect(refused.message).toMatch(
      /^the admission ran out at .*: an extension must be granted before the deadline \(CN-TEMP-ADMISSION\)$/,
    );
    await sleep(500);
    const sent = h.sentTypes(id);
    expect([sent[AdmissionReminder.type], sent[AdmissionOverdue.type]]).toEqual([1, 1]);
  });

  it('an extension pushes the deadline back; a fourth is refused; the return leg is linked, stops the clock and completes', async () => {
    const { id, body, deliveredAt } = await deliveredExhibition();
    // catalog was told what the loan is for and where it goes (its works go ON_LOAN, not EXPORTED)
    expect(await h.waitForSent(id, ReserveArtworks)).toMatchObject({
      purpose: 'TEMPORARY_EXHIBITION',
      destinationCountry: 'CN',
    });
    const extend = (
      as: Caller,
      status: number,
      reason = 'the exhibition was prolonged by the museum',
    ) => h.expectAction(id, 'admission/extensions', { reason }, as, status);

    // first, while the shortened clock (ADMISSION_MS) still runs: a slow machine spending it on
    // the refusals below would find the admission run out, and the extension refused
    const once = await extend(exporter1, 201);

    // only the owner (or an ADMIN) asks; another exporter does not see it at all
    expect((await extend(exporter2, 404)).statusCode).toBe(404);
    expect((await extend(operator1, 403)).statusCode).toBe(403);
    expect((await extend(exporter1, 400, '')).message).toEqual([
      'reason must be longer than or equal to 1 characters',
    ]);
    expect((await extend(exporter1, 400, ' \n ')).message).toEqual(['reason must not be blank']);

    const extended = deliveredAt.getTime() + 2 * ADMISSION_MS;
    expect(once.admission).toMatchObject({
      state: 'RUNNING',
      deadline: new Date(extended).toISOString(),
      extensionsUsed: 1,
      extensionsLeft: 2,
      extensions: [
        {
          number: 1,
          reason: 'the exhibition was prolonged by the museum',
          grantedBy: 'exporter1',
          deadline: new Date(extended).toISOString(),
        },
      ],
    });
    expect(once.deadlines).toEqual(
      expect.arrayContaining([
        { kind: 'ADMISSION_EXPIRY', dueAt: new Date(extended).toISOString(), state: 'PENDING' },
      ]),
    );
    expect(await h.waitForSent(id, AdmissionExtended)).toEqual({
      shipmentId: id,
      deadline: new Date(extended).toISOString(),
      previousDeadline: new Date(deliveredAt.getTime() + ADMISSION_MS).toISOString(),
      extensionsUsed: 1,
      extensionsLeft: 2,
      reason: 'the exhibition was prolonged by the museum',
      grantedBy: 'exporter1',
    });

    // past the first deadline: not overdue; the reminder comes before the new one instead
    const reminder = await waitFor('the reminder before the extended deadline', () =>
      h
        .sent(id)
        .find(
          (e) =>
            e.type === AdmissionReminder.type && e.payload.key === `reminder:1:PT${REMINDER_MS}MS`,
        ),
    );
    expect(reminder.payload).toMatchObject({ deadline: new Date(extended).toISOString() });
    expect(Date.now()).toBeGreaterThan(deliveredAt.getTime() + ADMISSION_MS);
    expect(h.sentTypes(id)[AdmissionOverdue.type]).toBeUndefined();

    await extend(admin, 201, 'loan agreement amended');
    const third = await extend(exporter1, 201);
    expect(third.admission).toMatchObject({ extensionsUsed: 3, extensionsLeft: 0 });
    const fourth = await extend(exporter1, 409);
    expect(fourth).toMatchObject({
      statusCode: 409,
      ruleId: 'CN-TEMP-ADMISSION',
      message: `all 3 extensions are used: the work must be re-exported by ${
        third.admission!.deadline
      } (CN-TEMP-ADMISSION)`,
    });
    expect(detailOf(await h.shipment(id), 'ADMISSION_EXTENDED')).toHaveLength(3);

    // the return leg: its own shipment, back from Shanghai to Paris, linked both ways
    expect((await h.expectAction(id, 'return', {}, exporter2, 404)).statusCode).toBe(404);
    expect((await h.expectAction(id, 'return', {}, operator1, 403)).statusCode).toBe(403);
    const returnLeg = await h.expectAction(id, 'return', {}, exporter1, 201);
    expect(returnLeg).toMatchObject({
      status: 'RESERVED',
      exporterId: 'exporter1',
      purpose: 'RETURN',
      origin: body.destination,
      destination: body.origin,
      consignee: { name: 'exporter1', country: 'FR', address: 'Paris' },
      incoterm: { rule: 'DAP', place: 'Paris' },
      transportMode: 'AIR',
      artworkIds: body.artworkIds,
      returnOfShipmentId: id,
    });
    const outbound = await h.shipment(id, exporter1);
    expect(outbound.returnShipmentId).toBe(returnLeg.id);
    expect(detailOf(outbound, 'RETURN_LEG_CREATED')).toEqual([
      `return leg ${returnLeg.id} (CN → FR) asked for by exporter1; the admission clock stops when it leaves`,
    ]);
    expect(await h.waitForSent(id, ReturnLegCreated)).toEqual({
      shipmentId: id,
      returnShipmentId: returnLeg.id,
      requestedBy: 'exporter1',
    });
    const again = await h.expectAction(id, 'return', {}, exporter1, 409);
    expect(again.message).toBe(
      `return leg ${returnLeg.id} already exists (RESERVED); a new one only once it is CANCELLED`,
    );

    // the works are abroad under the outbound shipment: the return leg reserves nothing and
    // declares them as the outbound did
    expect(await h.waitForSent(returnLeg.id, ShipmentSubmitted)).toMatchObject({
      returnOfShipmentId: id,
      terms: expect.objectContaining({ purpose: 'RETURN' }),
    });
    const declaration = await h.waitForSent(returnLeg.id, FileDeclaration);
    expect(declaration).toMatchObject({
      shipmentId: returnLeg.id,
      terms: expect.objectContaining({ purpose: 'RETURN', origin: body.destination }),
      items: [{ artworkId: body.artworkIds[0], attributes: attributesOf('Shan Shui 1') }],
    });
    expect(h.sentTypes(returnLeg.id)[ReserveArtworks.type]).toBeUndefined();

    // the clock runs until the works leave
    expect((await h.shipment(id)).admission?.state).toBe('RUNNING');
    await clearWithoutDuties(returnLeg.id);
    await h.expectAction(returnLeg.id, 'dispatch', {}, operator1, 200);
    const discharged = await h.shipment(id);
    expect(discharged.admission).toMatchObject({
      state: 'DISCHARGED',
      returnShipmentId: returnLeg.id,
      dischargedAt: expect.any(String),
    });
    expect(
      discharged.deadlines
        .filter((d) => d.kind.startsWith('ADMISSION_'))
        .map((d) => [d.kind, d.state]),
    ).toEqual(
      expect.arrayContaining([
        ['ADMISSION_EXPIRY', 'CLOSED'],
        ['ADMISSION_REMINDER', 'CLOSED'],
      ]),
    );
    expect(await h.waitForSent(id, AdmissionDischarged)).toMatchObject({
      shipmentId: id,
      returnShipmentId: returnLeg.id,
      overdue: false,
    });
    expect(h.sentTypes(returnLeg.id)[MarkArtworksInTransit.type]).toBeUndefined();
    const stopped = await extend(exporter1, 409);
    expect(stopped.message).toBe(
      `the works left on return leg ${returnLeg.id}: the admission clock has stopped`,
    );
    const noMore = await h.expectAction(id, 'return', {}, admin, 409);
    expect(noMore.message).toBe(`the works already left on return leg ${returnLeg.id}`);

    // home in Paris: when the return leg completes, logistics says so for catalog (which
    // holds the works as the loan's until then), keyed by the loan
    expect(h.sentTypes(id)[ReturnLegCompleted.type]).toBeUndefined();
    await track(returnLeg.id, { type: 'DELIVERED', location: 'Paris, the lender' });
    await h.expectAction(returnLeg.id, 'acceptance', { accepted: true }, admin, 200);
    await h.waitForStatus(returnLeg.id, 'COMPLETED');
    expect(await h.waitForSent(id, ReturnLegCompleted)).toEqual({
      shipmentId: id,
      returnShipmentId: returnLeg.id,
      artworkIds: body.artworkIds,
      completedAt: expect.any(String),
    });
    expect(h.sentTypes(id)[ReturnLegCompleted.type]).toBe(1);
    expect(h.sentTypes(returnLeg.id)[MarkArtworksExported.type]).toBeUndefined();
  });

  it("a return leg's dispatch locks the loan and the leg in the order a chunk of replies does: no deadlock", async () => {
    const { id } = await deliveredExhibition();
    const leg = await h.expectAction(id, 'return', {}, exporter1, 201);
    await clearWithoutDuties(leg.id);
    // A consumer's chunk holding replies about both shipments locks them in one statement, in id
    // order (lockShipment): the loan first, made before its leg (UUIDv7 sorts by time).
    expect(id < leg.id).toBe(true);
    await h.withDatabase(async (chunk) => {
      await chunk.query('BEGIN');
      try {
        const [{ pid }] = (await chunk.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))
          .rows;
        // the chunk's statement has locked the loan when the operator dispatches the leg ...
        await chunk.query('SELECT id FROM shipment WHERE id = $1 FOR UPDATE', [id]);
        const dispatching = h.request(`/shipments/${leg.id}/dispatch`, operator1, {
          method: 'POST',
          json: {},
        });
        await h.withDatabase((watch) =>
          waitFor('the dispatch to wait for the chunk', async () => {
            const { rows } = await watch.query(
              'SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
              [pid],
            );
            return rows.length > 0;
          }),
        );
        // ... and goes on to the leg: it must get it, not deadlock (40P01) with the dispatch
        const chunkLocks = await chunk
          .query('SELECT id FROM shipment WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
            [id, leg.id],
          ])
          .then(
            () => 'locked',
            (error: { code?: string }) => `failed: ${error.code}`,
          );
        await chunk.query(chunkLocks === 'locked' ? 'COMMIT' : 'ROLLBACK');
        expect(chunkLocks).toBe('locked');
        expect((await dispatching).status).toBe(200);
      } catch (error) {
        await chunk.query('ROLLBACK');
        throw error;
      }
    });
    expect((await h.shipment(leg.id)).status).toBe('IN_TRANSIT');
    expect((await h.shipment(id)).admission?.state).toBe('DISCHARGED');
  });

  it('only a delivered temporary exhibition has a clock and a return leg', async () => {
    const { id: sale } = await h.paidShipment(cipParis());
    const notLoan = await h.expectAction(sale, 'return', {}, exporter1, 409);
    expect(notLoan.message).toBe(
      'only a TEMPORARY_EXHIBITION has an admission clock and a return leg; this shipment is a SALE',
    );
    const { id } = await h.submit(exhibition());
    const notYet = await h.expectAction(id, 'admission/extensions', { reason: 'x' }, admin, 409);
    expect(notYet.message).toBe(
      'the admission clock starts when the works are delivered; the shipment is SUBMITTED',
    );
    const badReturn = await h.expectAction(
      id,
      'return',
      { transportMode: 'BOAT', incoterm: { rule: 'CNF' } },
      exporter1,
      400,
    );
    expect(badReturn.message).toEqual([
      'incoterm.rule must be one of EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF (LOG-INCOTERM-RULE)',
      'incoterm.place must name the place of the rule in 1 to 300 characters (LOG-INCOTERM-PLACE)',
      'incoterm.place must be a string naming the place of the rule (LOG-INCOTERM-PLACE)',
      'transportMode must be one of AIR, SEA, ROAD, RAIL',
    ]);
  });

  it('a loan into another country than CN has no admission clock (none modelled), and its return leg works all the same', async () => {
    const body = exhibitionInParis();
    const { id } = await h.submit(body);
    const early = await h.expectAction(id, 'return', {}, exporter1, 409);
    expect(early.message).toBe(
      'the return leg is asked for once the works are delivered; the shipment is SUBMITTED',
    );
    await h.reserve(id);
    await clearWithoutDuties(id);
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const delivered = await track(id, { type: 'DELIVERED', location: 'Paris, Musée Guimet' });
    expect(delivered.admission).toBeUndefined();
    expect(delivered.deadlines.map((d) => d.kind)).toEqual(['INSPECTION_PERIOD']);
    const extension = await h.expectAction(
      id,
      'admission/extensions',
      { reason: 'the show runs on' },
      exporter1,
      409,
    );
    expect(extension.message).toBe(
      'no temporary-admission rule is modelled for FR: the admission clock (CN-TEMP-ADMISSION) runs for a loan into CN only',
    );

    const leg = await h.expectAction(id, 'return', {}, exporter1, 201);
    expect(leg).toMatchObject({
      purpose: 'RETURN',
      origin: body.destination,
      destination: body.origin,
    });
    expect(detailOf(await h.shipment(id), 'RETURN_LEG_CREATED')).toEqual([
      `return leg ${leg.id} (FR → CN) asked for by exporter1`,
    ]);
    expect((await h.expectAction(id, 'return', {}, exporter1, 409)).message).toBe(
      `return leg ${leg.id} already exists (RESERVED); a new one only once it is CANCELLED`,
    );
    await clearWithoutDuties(leg.id);
    await h.expectAction(leg.id, 'dispatch', {}, operator1, 200);
    await track(leg.id, { type: 'DELIVERED', location: 'Shanghai, the lender' });
    await h.expectAction(leg.id, 'acceptance', { accepted: true }, admin, 200);
    await h.waitForStatus(leg.id, 'COMPLETED');
    expect(await h.waitForSent(id, ReturnLegCompleted)).toMatchObject({
      shipmentId: id,
      returnShipmentId: leg.id,
      artworkIds: body.artworkIds,
    });
    const outbound = await h.shipment(id);
    expect(outbound.admission).toBeUndefined();
    expect(types(outbound).filter((type) => type.startsWith('ADMISSION_'))).toEqual([]);
    const sent = h.sentTypes(id);
    expect([sent[AdmissionStarted.type], sent[AdmissionDischarged.type]]).toEqual([
      undefined,
      undefined,
    ]);
    // its works are home: no second return leg
    expect((await h.expectAction(id, 'return', {}, exporter1, 409)).message).toBe(
      `return leg ${leg.id} already exists (COMPLETED); a new one only once it is CANCELLED`,
    );
  });

  /**
   * A sale from Paris into the Shanghai free-trade zone, declared at submission for its bonded
   * storage (CN-FTZ-BONDED) unless told otherwise.
   */
  function intoShanghai(ftzBonded = true) {
    return {
      ...cipParis(),
      consignee: { name: 'Long Museum', country: 'CN', address: '3398 Longteng Ave, Shanghai' },
      origin: { country: 'FR', place: 'Paris' },
      destination: { country: 'CN', place: 'Shanghai' },
      incoterm: { rule: 'CIP', place: 'Shanghai' },
      ...(ftzBonded && { ftzBonded }),
    };
  }
  const entry = (at = new Date()) => ({
    zone: 'China (Shanghai) Pilot Free Trade Zone',
    warehouse: 'Waigaoqiao fine-art bonded warehouse',
    location: 'vault 3, rack C-12',
    at: at.toISOString(),
  });

  it('FTZ bonded at submission: only into CN, carried to customs, no CN duty invoiced, delivered only through bond', async () => {
    const intoParis = { ...cipParis(), ftzBonded: true };
    const refused = await h.request('/shipments', exporter1, { method: 'POST', json: intoParis });
    expect(refused.status).toBe(400);
    expect((await readJson<{ message: string[] }>(refused)).message).toEqual([
      'ftzBonded: bonded storage in a free-trade zone (CN-FTZ-BONDED) is for a destination in CN; the destination is FR (LOG-FTZ-BONDED)',
    ]);
    const notBoolean = await h.request('/shipments', exporter1, {
      method: 'POST',
      json: { ...intoShanghai(), ftzBonded: 'yes' },
    });
    expect(notBoolean.status).toBe(400);

    const { id } = await h.submit(intoShanghai());
    expect(await h.shipment(id)).toMatchObject({ ftzBonded: true });
    expect(await h.shipment(id, exporter1)).toMatchObject({ ftzBonded: true });
    expect(await h.reserve(id)).toMatchObject({ shipmentId: id, ftzBonded: true });
    const requested = await h.waitForTimeline(id, 'DECLARATION_REQUESTED');
    expect(detailOf(requested, 'DECLARATION_REQUESTED')).toEqual([
      'export declaration sent to customs, declared for FTZ bonded storage (CN-FTZ-BONDED): import duty and VAT deferred until the works leave bond',
    ]);

    // customs defers China's duty and VAT (CN-FTZ-BONDED): they are zero on the clearance
    const declarationId = randomUUID();
    const decision = { declarationId, shipmentId: id, decidedBy: 'AUTOMATIC' };
    const nothing = { amount: '0.00', currency: 'CNY' };
    await h.reply(DeclarationFiled, { ...decision, outcome: 'CLEAR' }, { subject: declarationId });
    await h.reply(
      DeclarationCleared,
      { ...decision, duties: { duty: nothing, vat: nothing, total: nothing } },
      { subject: declarationId },
    );
    // so the invoice is the price alone: no CN import duty or VAT line
    expect((await h.waitForSent(id, IssueInvoice)).lines).toEqual([
      {
        kind: 'PRICE',
        description: 'Price of the works, CIP Shanghai',
        amount: { amount: '150000.00', currency: 'EUR' },
      },
    ]);
    const invoiceId = await h.issueInvoice(id);
    await h.fund(id, invoiceId);
    await h.waitForStatus(id, 'PAID');
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    // declared bonded: straight to the consignee would skip the deferred duty
    expect(
      (await track(id, { type: 'DELIVERED', location: 'Shanghai, Long Museum' }, operator1, 409))
        .message,
    ).toBe(
      'the shipment was declared for FTZ bonded storage (ftzBonded), its import duty and VAT deferred (CN-FTZ-BONDED): the works enter bond on arrival and are delivered once released from it',
    );
    // a shipment elsewhere is not bonded
    const { id: plain } = await h.submit();
    expect(await h.shipment(plain)).toMatchObject({ ftzBonded: false });
  });

  it('bonded storage without having been declared bonded: allowed, the duty paid at the export declaration is not charged again', async () => {
    const body = intoShanghai(false);
    const { id } = await h.submit(body);
    expect(await h.reserve(id)).not.toHaveProperty('ftzBonded');
    await h.clear(id);
    const invoiceId = await h.issueInvoice(id);
    await h.fund(id, invoiceId);
    await h.waitForStatus(id, 'PAID');
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const stored = await h.expectAction(id, 'bonded-storage', entry(), operator1, 201);
    expect(stored).toMatchObject({ ftzBonded: false, bondedStorage: { state: 'IN_BOND' } });
    expect(detailOf(stored, 'BONDED_ENTRY')).toEqual([
      'entered bonded storage in China (Shanghai) Pilot Free Trade Zone (CN), Waigaoqiao fine-art bonded warehouse, vault 3, rack C-12; not declared for bonded storage at submission: the import duty and VAT assessed on the export declaration were charged at clearance, and are not charged again when the works leave bond (recorded by operator1)',
    ]);
    const released = await h.expectAction(
      id,
      'bonded-storage/release',
      { at: new Date().toISOString() },
      operator1,
      200,
    );
    expect(detailOf(released, 'BONDED_RELEASED')).toEqual([
      'released from China (Shanghai) Pilot Free Trade Zone to the domestic market of CN: an import declaration is to be filed for Long Museum, without charging again the import duty and VAT paid at the export declaration (recorded by operator1)',
    ]);
    // customs, which knows what its export declaration charged, files the import declaration
    expect(await h.waitForSent(id, BondedReleased)).toMatchObject({ shipmentId: id });
  });

  it('bonded storage: enter first, declare later; nothing is delivered until released', async () => {
    const body = intoShanghai();
    const { id } = await h.paidShipment(body);
    const early = await h.expectAction(id, 'bonded-storage', entry(), operator1, 409);
    expect(early.message).toBe(
      'works enter bonded storage on arrival, while the shipment is IN_TRANSIT; it is PAID',
    );
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    await track(id, { type: 'ARRIVED', location: 'Shanghai Pudong' });
    expect((await h.expectAction(id, 'bonded-storage', entry(), exporter1, 403)).statusCode).toBe(
      403,
    );
    const stored = await h.expectAction(id, 'bonded-storage', entry(), operator1, 201);
    expect(stored).toMatchObject({
      status: 'IN_TRANSIT',
      bondedStorage: {
        state: 'IN_BOND',
        zone: 'China (Shanghai) Pilot Free Trade Zone',
        country: 'CN',
        warehouse: 'Waigaoqiao fine-art bonded warehouse',
        location: 'vault 3, rack C-12',
        enteredBy: 'operator1',
      },
    });
    expect(detailOf(stored, 'BONDED_ENTRY')).toEqual([
      'entered bonded storage in China (Shanghai) Pilot Free Trade Zone (CN), Waigaoqiao fine-art bonded warehouse, vault 3, rack C-12; no import declaration until the works leave bond (recorded by operator1)',
    ]);
    expect(await h.waitForSent(id, BondedEntered)).toMatchObject({
      shipmentId: id,
      country: 'CN',
      location: 'vault 3, rack C-12',
    });
    expect((await h.expectAction(id, 'bonded-storage', entry(), operator1, 409)).message).toBe(
      'the works have already entered bonded storage (IN_BOND)',
    );

    const delivery = { type: 'DELIVERED', location: 'Shanghai, Long Museum' };
    expect((await track(id, delivery, operator1, 409)).message).toBe(
      'the works are in bonded storage (China (Shanghai) Pilot Free Trade Zone): release them to the domestic market or re-export them before delivery',
    );

    const released = await h.expectAction(
      id,
      'bonded-storage/release',
      { at: new Date().toISOString() },
      operator1,
      200,
    );
    expect(released.bondedStorage).toMatchObject({ state: 'RELEASED', leftBy: 'operator1' });
    expect(await h.waitForSent(id, BondedReleased)).toEqual({
      shipmentId: id,
      zone: 'China (Shanghai) Pilot Free Trade Zone',
      country: 'CN',
      warehouse: 'Waigaoqiao fine-art bonded warehouse',
      releasedAt: expect.any(String),
      artworkIds: body.artworkIds,
      importer: body.consignee,
    });
    expect(
      (
        await h.expectAction(
          id,
          'bonded-storage/re-export',
          { at: new Date().toISOString(), destination: { country: 'HK', place: 'Hong Kong' } },
          operator1,
          409,
        )
      ).message,
    ).toBe('the works have already left bonded storage (RELEASED)');
    expect((await track(id, delivery)).status).toBe('DELIVERED');

    // the import that follows, as customs and payments report it, on the shipment's timeline
    const importDeclarationId = randomUUID();
    const importDecision = {
      declarationId: importDeclarationId,
      shipmentId: id,
      decidedBy: 'AUTOMATIC',
      importCountry: 'CN',
    };
    await h.reply(
      ImportDeclarationFiled,
      {
        ...importDecision,
        outcome: 'CLEAR',
        zone: 'China (Shanghai) Pilot Free Trade Zone',
        exportDeclarationId: randomUUID(),
      },
      { subject: importDeclarationId },
    );
    await h.reply(
      ImportDeclarationCleared,
      {
        ...importDecision,
        duties: {
          duty: { amount: '4500.00', currency: 'CNY' },
          vat: { amount: '59085.00', currency: 'CNY' },
          total: { amount: '63585.00', currency: 'CNY' },
        },
      },
      // delivered twice: still one step on the timeline
      { subject: importDeclarationId, times: 2 },
    );
    const dutyInvoice = {
      invoiceId: randomUUID(),
      shipmentId: id,
      declarationId: importDeclarationId,
    };
    await h.reply(ImportDutyInvoiceIssued, {
      ...dutyInvoice,
      reference: 'RF18AB00000042',
      total: { amount: '63585.00', currency: 'CNY' },
      dueAt: '2026-12-21T00:00:00.000Z',
    });
    await h.reply(ImportDutyInvoicePaid, {
      ...dutyInvoice,
      paid: { amount: '63585.00', currency: 'CNY' },
    });
    // customs' and payments' events travel on topics of their own: the clearance may be heard
    // after the payment
    await h.waitForTimeline(id, 'IMPORT_DECLARATION_CLEARED');
    const imported = await h.waitForTimeline(id, 'IMPORT_DUTY_PAID');
    expect(
      imported.timeline
        .filter((entry) => entry.type.startsWith('IMPORT_'))
        .map((entry) => [entry.type, entry.source, entry.detail]),
    ).toEqual([
      [
        'IMPORT_DECLARATION_FILED',
        'customs',
        `import declaration ${importDeclarationId} filed for CN on release from China (Shanghai) Pilot Free Trade Zone: cleared automatically`,
      ],
      [
        'IMPORT_DECLARATION_CLEARED',
        'customs',
        'import into CN cleared by AUTOMATIC: duty 4500.00 CNY, VAT 59085.00 CNY due',
      ],
      [
        'IMPORT_DUTY_INVOICED',
        'payments',
        'import duty and VAT invoiced: 63585.00 CNY, reference RF18AB00000042, due 2026-12-21',
      ],
      ['IMPORT_DUTY_PAID', 'payments', 'import duty and VAT paid (63585.00 CNY)'],
    ]);
    // news of the import moves no saga state
    expect(imported.status).toBe('DELIVERED');
  });

  it('import duty: a payment the bank reverses is on the timeline, the duty owed again until paid again', async () => {
    const { id } = await h.paidShipment(intoShanghai());
    const cny = (amount: string) => ({ amount, currency: 'CNY' });
    const dutyInvoice = { invoiceId: randomUUID(), shipmentId: id, declarationId: randomUUID() };
    // as payments publishes them: keyed by the invoice, in order
    const fromPayments = { subject: dutyInvoice.invoiceId };
    await h.reply(
      ImportDutyInvoiceIssued,
      {
        ...dutyInvoice,
        reference: 'RF18AB00000043',
        total: cny('14130.00'),
        dueAt: '2026-12-21T00:00:00.000Z',
      },
      fromPayments,
    );
    await h.reply(
      ImportDutyInvoicePartiallyPaid,
      { ...dutyInvoice, paid: cny('4130.00') },
      fromPayments,
    );
    await h.reply(ImportDutyInvoicePaid, { ...dutyInvoice, paid: cny('14130.00') }, fromPayments);
    // the bank returns the second payment (delivered twice: still one step), then the first
    await h.reply(
      ImportDutyInvoicePaymentReversed,
      {
        ...dutyInvoice,
        reversed: cny('10000.00'),
        paid: cny('4130.00'),
        open: cny('10000.00'),
        status: 'PARTIALLY_PAID',
      },
      { ...fromPayments, times: 2 },
    );
    await h.reply(
      ImportDutyInvoicePaymentReversed,
      {
        ...dutyInvoice,
        reversed: cny('4130.00'),
        paid: cny('0.00'),
        open: cny('14130.00'),
        status: 'OPEN',
      },
      fromPayments,
    );
    const dutySteps = (view: ShipmentView) =>
      view.timeline
        .filter((step) => step.type.startsWith('IMPORT_DUTY_'))
        .map((step) => [step.type, step.source, step.detail]);
    const reversed = await waitFor('both reversals in the timeline', async () => {
      const view = await h.shipment(id);
      return (
        dutySteps(view).filter(([type]) => type === 'IMPORT_DUTY_PAYMENT_REVERSED').length === 2 &&
        view
      );
    });
    expect(dutySteps(reversed)).toEqual([
      [
        'IMPORT_DUTY_INVOICED',
        'payments',
        'import duty and VAT invoiced: 14130.00 CNY, reference RF18AB00000043, due 2026-12-21',
      ],
      ['IMPORT_DUTY_PARTIALLY_PAID', 'payments', '4130.00 CNY paid towards the import duty'],
      ['IMPORT_DUTY_PAID', 'payments', 'import duty and VAT paid (14130.00 CNY)'],
      [
        'IMPORT_DUTY_PAYMENT_REVERSED',
        'payments',
        'import duty payment of 10000.00 CNY reversed by the bank; 10000.00 CNY open (4130.00 CNY paid)',
      ],
      [
        'IMPORT_DUTY_PAYMENT_REVERSED',
        'payments',
        'import duty payment of 4130.00 CNY reversed by the bank; 14130.00 CNY open (nothing paid)',
      ],
    ]);
    // the timeline's last word on the duty: owed again, no longer paid; the saga is not moved
    expect(dutySteps(reversed).at(-1)?.[0]).toBe('IMPORT_DUTY_PAYMENT_REVERSED');
    expect(reversed.status).toBe('PAID');

    // the importer pays again: paid is the last word once more
    await h.reply(ImportDutyInvoicePaid, { ...dutyInvoice, paid: cny('14130.00') }, fromPayments);
    const paidAgain = await waitFor('the duty paid again', async () => {
      const view = await h.shipment(id);
      return dutySteps(view).at(-1)?.[0] === 'IMPORT_DUTY_PAID' && view;
    });
    expect(dutySteps(paidAgain)).toHaveLength(6);
  });

  it('bonded storage: re-exported to another country without import duty', async () => {
    const { id } = await h.paidShipment(intoShanghai());
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const notYet = await h.expectAction(
      id,
      'bonded-storage/release',
      { at: new Date().toISOString() },
      operator1,
      409,
    );
    expect(notYet.message).toBe('the works are not in bonded storage: nothing to be released');
    await h.expectAction(id, 'bonded-storage', entry(), admin, 201);
    const reExport = (destination: unknown, status: number) =>
      h.expectAction(
        id,
        'bonded-storage/re-export',
        { at: new Date().toISOString(), destination },
        operator1,
        status,
      );
    expect((await reExport({ country: 'CN', place: 'Beijing' }, 400)).message).toEqual([
      'destination.country: a re-export leaves CN; to stay there, release the works to the domestic market',
    ]);
    expect((await reExport({ country: 'XX' }, 400)).message).toEqual([
      'destination.place must be longer than or equal to 1 characters',
      'destination.place must be a string',
      'destination.country must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
    ]);
    const done = await reExport({ country: 'HK', place: 'Hong Kong' }, 200);
    expect(done.bondedStorage).toMatchObject({
      state: 'RE_EXPORTED',
      reExportDestination: { country: 'HK', place: 'Hong Kong' },
    });
    expect(detailOf(done, 'BONDED_RE_EXPORTED')).toEqual([
      're-exported from China (Shanghai) Pilot Free Trade Zone (CN) to Hong Kong, HK, without import duty (recorded by operator1)',
    ]);
    expect(await h.waitForSent(id, BondedReExported)).toMatchObject({
      shipmentId: id,
      country: 'CN',
      destination: { country: 'HK', place: 'Hong Kong' },
    });
  });

  it("bonded storage: a warehouse's time is kept within [the event before it, now], in the row, the timeline and the event", async () => {
    const { id } = await h.paidShipment(intoShanghai());
    const { dispatchedAt } = await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const dispatched = new Date(dispatchedAt!);
    const minutes = (n: number) => new Date(dispatched.getTime() + n * 60_000);
    // beyond the clock skew: not believed
    expect(
      (await h.expectAction(id, 'bonded-storage', entry(minutes(-6)), operator1, 400)).message,
    ).toEqual([`at must not be before the dispatch (${dispatched.toISOString()})`]);
    // within it: recorded at the dispatch, the warehouse's own time in the entry
    const entered = await h.expectAction(id, 'bonded-storage', entry(minutes(-4)), operator1, 201);
    expect(entered.bondedStorage?.enteredAt).toBe(dispatched.toISOString());
    expect(detailOf(entered, 'BONDED_ENTRY')[0]).toMatch(
      / \(recorded by operator1\) \(warehouse's time [0-9T:.-]+Z\)$/,
    );
    expect(detailOf(entered, 'BONDED_ENTRY')[0]).toContain(
      `(warehouse's time ${minutes(-4).toISOString()})`,
    );
    expect((await h.waitForSent(id, BondedEntered)).enteredAt).toBe(dispatched.toISOString());
    // a release a few minutes before the entry: recorded at the entry, customs told so
    const released = await h.expectAction(
      id,
      'bonded-storage/release',
      { at: minutes(-3.5).toISOString() },
      operator1,
      200,
    );
    expect(released.bondedStorage).toMatchObject({
      enteredAt: dispatched.toISOString(),
      leftAt: dispatched.toISOString(),
    });
    expect(detailOf(released, 'BONDED_RELEASED')[0]).toContain(
      `(warehouse's time ${minutes(-3.5).toISOString()})`,
    );
    expect((await h.waitForSent(id, BondedReleased)).releasedAt).toBe(dispatched.toISOString());
    const times = released.timeline.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(types(released).slice(-3)).toEqual(['DISPATCHED', 'BONDED_ENTRY', 'BONDED_RELEASED']);
  });

  it('bonded storage: a delivery out of bond is recorded no earlier than the works left it', async () => {
    const { id } = await h.paidShipment(intoShanghai());
    const { dispatchedAt } = await h.expectAction(id, 'dispatch', {}, operator1, 200);
    await sleep(1000);
    await h.expectAction(id, 'bonded-storage', entry(), operator1, 201);
    await sleep(1000);
    const released = await h.expectAction(
      id,
      'bonded-storage/release',
      { at: new Date().toISOString() },
      operator1,
      200,
    );
    const leftAt = released.bondedStorage!.leftAt!;
    // the carrier's time is that of the dispatch, seconds before the works left bond
    const delivered = await track(id, {
      type: 'DELIVERED',
      location: 'Shanghai, Long Museum',
      at: dispatchedAt,
    });
    expect(delivered.deliveredAt).toBe(leftAt);
    expect(delivered.deadlines).toEqual(
      expect.arrayContaining([
        {
          kind: 'INSPECTION_PERIOD',
          dueAt: new Date(Date.parse(leftAt) + 3600_000).toISOString(),
          state: 'PENDING',
        },
      ]),
    );
    expect(detailOf(delivered, 'DELIVERED')).toEqual([
      `Shanghai, Long Museum (carrier's time ${dispatchedAt})`,
    ]);
    const times = delivered.timeline.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('bonded storage: works re-exported from bond are delivered where they went, and the journey goes on', async () => {
    const { id } = await h.paidShipment(intoShanghai());
    await h.expectAction(id, 'dispatch', {}, operator1, 200);
    await h.expectAction(id, 'bonded-storage', entry(), operator1, 201);
    const reExported = await h.expectAction(
      id,
      'bonded-storage/re-export',
      { at: new Date().toISOString(), destination: { country: 'HK', place: 'Hong Kong' } },
      operator1,
      200,
    );
    const leftAt = reExported.bondedStorage!.leftAt!;
    // dated at the dispatch, within the skew of the exit from bond: recorded at the exit
    await track(
      id,
      { type: 'DELIVERED', location: 'Hong Kong, the buyer', at: reExported.dispatchedAt! },
      operator1,
      201,
    );
    const view = await h.shipment(id);
    expect(view.status).toBe('DELIVERED');
    expect(view.deliveredAt).toBe(leftAt);
    expect(view.deadlines.map((d) => d.kind)).toContain('INSPECTION_PERIOD');
  });
});
