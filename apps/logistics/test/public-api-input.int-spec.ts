import {
  EscrowReleased,
  ReleaseEscrow,
  ReserveArtworks,
  ShipmentConditionReported,
} from '@artbridge/contracts';
import { readJson, TestContext, waitFor } from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_LOGISTICS_SETTINGS } from '../src/logistics-settings';
import { admin, cipParis, exporter1, operator1, SagaHarness, ShipmentView } from './saga-harness';

const exporter2 = ['exporter2', 'EXPORTER'] as const;
const officer1 = ['officer1', 'CUSTOMS_OFFICER'] as const;
const MINUTE_MS = 60_000;
const INSPECTION_SECONDS = 3600;
const AT_PROBLEM = 'at must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z';

const types = (view: ShipmentView) => view.timeline.map((entry) => entry.type);
const entryOf = (view: ShipmentView, type: string) => {
  const entry = view.timeline.find((e) => e.type === type);
  if (!entry) throw new Error(`no ${type} in the timeline: ${types(view).join(', ')}`);
  return entry;
};

/**
 * Logistics' public HTTP API on real PostgreSQL and Kafka: who may read its copy of an artwork,
 * the date-times and names a request must carry, and the time a carrier's report is recorded at.
 */
describe('logistics: ownership, input and tracking times (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let h: SagaHarness;

  beforeAll(async () => {
    h = await SagaHarness.start(context, {
      ...DEFAULT_LOGISTICS_SETTINGS,
      inspectionSeconds: INSPECTION_SECONDS,
      deadlinePollMs: 100,
    });
  });
  afterAll(() => context.cleanup());

  it("GET /artworks/:id: an exporter sees its own artwork; another exporter's is 404, as an unknown one", async () => {
    const artworkId = randomUUID();
    await h.registerArtwork(artworkId, 'Twin Swallows');
    const own = await waitFor('logistics to know the artwork', async () => {
      const response = await h.request(`/artworks/${artworkId}`, exporter1);
      return response.status === 200 && readJson<{ title: string; exporterId: string }>(response);
    });
    expect(own).toMatchObject({ title: 'Twin Swallows', exporterId: 'exporter1' });

    const theirs = await h.request(`/artworks/${artworkId}`, exporter2);
    expect(theirs.status).toBe(404);
    const body = await readJson<{ message: string }>(theirs);
    expect(JSON.stringify(body)).not.toMatch(/Twin Swallows|75000|exporter1/);
    // the very answer an id nobody registered gets
    const unknownId = randomUUID();
    const unknown = await readJson<{ message: string }>(
      await h.request(`/artworks/${unknownId}`, exporter2),
    );
    expect(body).toEqual({
      ...unknown,
      message: unknown.message.replace(unknownId, artworkId),
    });

    // the other roles see every artwork
    for (const caller of [operator1, officer1, admin]) {
      expect((await h.request(`/artworks/${artworkId}`, caller)).status).toBe(200);
    }
  });

  it('takes UUIDs in either case and uses them in lower case, as catalog and the events write them', async () => {
    const artworkIds = [randomUUID(), randomUUID()];
    const { id } = await h.submit(cipParis(artworkIds.map((artworkId) => artworkId.toUpperCase())));
    expect(await h.waitForSent(id, ReserveArtworks)).toMatchObject({ artworkIds });
    const view = await h.shipment(id.toUpperCase());
    expect(view).toMatchObject({ id, artworkIds });
    // a path id goes on into what logistics sends
    await h.expectAction(
      id.toUpperCase(),
      'condition-reports',
      {
        stage: 'ORIGIN',
        inspector: 'Li Wen',
        at: new Date().toISOString(),
        photoRefs: ['p1'],
        damages: [],
      },
      operator1,
      201,
    );
    expect(await h.waitForSent(id, ShipmentConditionReported)).toMatchObject({ shipmentId: id });
  });

  it('takes only RFC 3339 date-times: ISO 8601 week, ordinal and basic forms are 400 naming the field', async () => {
    const { id } = await h.submit();
    const report = {
      stage: 'ORIGIN',
      inspector: 'Li Wen',
      photoRefs: ['p1'],
      damages: [],
    };
    for (const at of ['2026-W48-1', '2026-328', '20261124T100000Z', '2026-02-30T10:00:00Z']) {
      const refused = await h.expectAction(
        id,
        'condition-reports',
        { ...report, at },
        operator1,
        400,
      );
      expect(refused.message).toEqual([AT_PROBLEM]);
    }
    // year 0: PostgreSQL would keep it as 1 BC, which the shipment's timeline could not show
    const yearZero = await h.expectAction(
      id,
      'condition-reports',
      { ...report, at: '0000-01-01T00:00:00Z' },
      operator1,
      400,
    );
    expect(yearZero.message).toEqual([
      'at must be a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z',
    ]);
    expect((await h.request(`/shipments/${id}`, admin)).status).toBe(200);
    const stored = await h.expectAction(
      id,
      'condition-reports',
      { ...report, at: new Date().toISOString().replace('Z', '+00:00') },
      operator1,
      201,
    );
    expect(stored).toMatchObject({ stage: 'ORIGIN' });
    await h.waitForSent(id, ShipmentConditionReported);

    // every other route that takes a time: refused before the shipment is looked at
    const weekDate = '2026-W48-1';
    const routes: [string, Record<string, unknown>][] = [
      ['tracking-events', { type: 'PICKED_UP', location: 'PVG', at: '2026-328' }],
      [
        'bonded-storage',
        { zone: 'Shanghai FTZ', warehouse: 'W1', location: 'bay 4', at: '20261124T100000Z' },
      ],
      ['bonded-storage/release', { at: weekDate }],
      ['bonded-storage/re-export', { at: weekDate, destination: { country: 'HK', place: 'HK' } }],
    ];
    for (const [action, json] of routes) {
      const refused = await h.expectAction(id, action, json, operator1, 400);
      expect(refused.message).toEqual([AT_PROBLEM]);
    }
  });

  it('names and places of a return leg and a re-export must be more than white space', async () => {
    const { id } = await h.submit();
    const returnLeg = await h.expectAction(
      id,
      'return',
      {
        consignee: { name: '   ', country: 'CN', address: '\t' },
        incoterm: { rule: 'DAP', place: ' ' },
      },
      exporter1,
      400,
    );
    expect(returnLeg.message).toEqual([
      'consignee.name must not be blank',
      'consignee.address must not be blank',
      'incoterm.place must not be blank (LOG-INCOTERM-PLACE)',
    ]);
    const reExport = await h.expectAction(
      id,
      'bonded-storage/re-export',
      { at: new Date().toISOString(), destination: { country: 'HK', place: '  ' } },
      operator1,
      400,
    );
    expect(reExport.message).toEqual(['destination.place must not be blank']);
  });

  // @ValidateNested({ each: true }) alone took an array as an item: the code after it met an
  // array where a package or a damage belongs, a 500
  it('an array nested in an array of packages or damages is 400 naming the field, on every route that takes one', async () => {
    const { id } = await h.submit();
    const [crate] = cipParis().packages;
    for (const nested of [[[]], [[crate]]]) {
      const submitted = await h.request('/shipments', exporter1, {
        method: 'POST',
        json: { ...cipParis(), packages: nested },
      });
      expect(submitted.status).toBe(400);
      expect((await readJson<{ message: string[] }>(submitted)).message).toEqual([
        'packages: each item of packages must be an object',
      ]);

      const dispatched = await h.expectAction(id, 'dispatch', { packages: nested }, operator1, 400);
      expect(dispatched.message).toEqual(['packages: each item of packages must be an object']);

      const returnLeg = await h.expectAction(id, 'return', { packages: nested }, exporter1, 400);
      expect(returnLeg.message).toEqual(['packages: each item of packages must be an object']);
    }
    const report = {
      stage: 'ORIGIN',
      inspector: 'Li Wen',
      at: new Date().toISOString(),
      photoRefs: ['p1'],
    };
    const damage = { location: 'frame, lower left', description: 'scuff', severity: 'MINOR' };
    for (const damages of [[[]], [[damage]]]) {
      const refused = await h.expectAction(
        id,
        'condition-reports',
        { ...report, damages },
        operator1,
        400,
      );
      expect(refused.message).toEqual(['damages: each item of damages must be an object']);
    }
  });

  it("a tracking event's location and a condition report's notes and photographs must be more than white space", async () => {
    const { id } = await h.submit();
    const tracking = await h.expectAction(
      id,
      'tracking-events',
      { type: 'PICKED_UP', location: '   ', at: new Date().toISOString() },
      operator1,
      400,
    );
    expect(tracking.message).toEqual(['location must not be blank']);
    const report = await h.expectAction(
      id,
      'condition-reports',
      {
        stage: 'ORIGIN',
        inspector: 'Li Wen',
        at: new Date().toISOString(),
        notes: ' \n ',
        photoRefs: ['p1', '\t'],
        damages: [],
      },
      operator1,
      400,
    );
    expect(report.message).toEqual(['notes must not be blank', 'photoRefs must not be blank']);
  });

  it("records a carrier's report within [the dispatch, now]: the timeline stays in order and the inspection period starts at the delivery", async () => {
    const { id, invoiceId } = await h.paidShipment(cipParis());
    const dispatched = await h.expectAction(id, 'dispatch', {}, operator1, 200);
    const dispatchedAt = Date.parse(entryOf(dispatched, 'DISPATCHED').at);

    // a carrier's clock 4 minutes behind: believable, but not before the dispatch it follows
    const pickedUpAt = new Date(dispatchedAt - 4 * MINUTE_MS).toISOString();
    const pickedUp = await h.expectAction(
      id,
      'tracking-events',
      { type: 'PICKED_UP', location: 'Shanghai', at: pickedUpAt },
      operator1,
      201,
    );
    expect(Date.parse(entryOf(pickedUp, 'PICKED_UP').at)).toBe(dispatchedAt);
    expect(types(pickedUp).slice(-2)).toEqual(['DISPATCHED', 'PICKED_UP']);
    expect(entryOf(pickedUp, 'PICKED_UP').detail).toBe(`Shanghai (carrier's time ${pickedUpAt})`);

    // as reported when between the dispatch and now
    const departedAt = new Date(Math.max(dispatchedAt + 1, Date.now() - 1000)).toISOString();
    const departed = await h.expectAction(
      id,
      'tracking-events',
      { type: 'DEPARTED', location: 'PVG', at: departedAt },
      operator1,
      201,
    );
    expect(entryOf(departed, 'DEPARTED')).toMatchObject({ at: departedAt, detail: 'PVG' });

    // a carrier's clock 3 minutes ahead: recorded now, not in the future
    const before = Date.now();
    const delivered = await h.expectAction(
      id,
      'tracking-events',
      {
        type: 'DELIVERED',
        location: 'Paris, Galerie Lumière',
        at: new Date(before + 3 * MINUTE_MS).toISOString(),
      },
      operator1,
      201,
    );
    const after = Date.now();
    const deliveredAt = Date.parse(entryOf(delivered, 'DELIVERED').at);
    expect(deliveredAt).toBeGreaterThanOrEqual(before);
    expect(deliveredAt).toBeLessThanOrEqual(after);
    expect(entryOf(delivered, 'DELIVERED').detail).toMatch(
      /^Paris, Galerie Lumière \(carrier's time /,
    );
    expect(Date.parse(delivered.deliveredAt!)).toBe(deliveredAt);
    const inspection = delivered.deadlines.find((d) => d.kind === 'INSPECTION_PERIOD');
    expect(Date.parse(inspection!.dueAt)).toBe(deliveredAt + INSPECTION_SECONDS * 1000);

    await h.expectAction(id, 'acceptance', { accepted: true }, admin, 200);
    await h.waitForSent(id, ReleaseEscrow);
    await h.reply(
      EscrowReleased,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId },
    );
    const completed = await h.waitForStatus(id, 'COMPLETED');
    expect(types(completed).slice(-7)).toEqual([
      'DISPATCHED',
      'PICKED_UP',
      'DEPARTED',
      'DELIVERED',
      'ACCEPTED',
      'ESCROW_RELEASED',
      'COMPLETED',
    ]);
    const times = completed.timeline.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // still refused beyond the skew a carrier's clock is allowed
    const { id: other } = await h.paidShipment(cipParis());
    await h.expectAction(other, 'dispatch', {}, operator1, 200);
    const ahead = await h.expectAction(
      other,
      'tracking-events',
      { type: 'ARRIVED', location: 'CDG', at: new Date(Date.now() + 6 * MINUTE_MS).toISOString() },
      operator1,
      400,
    );
    expect(ahead.message).toEqual([expect.stringMatching(/^at must not be in the future/)]);
  });
});
