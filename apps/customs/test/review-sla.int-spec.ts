import { BondedReleased } from '@artbridge/contracts';
import { readJson } from '@artbridge/platform-testing';
import { CustomsHarness, republicanInkPainting, type DeclarationJson } from './customs-harness';

const CN_TO_FR = {
  origin: { country: 'CN', place: 'Shanghai' },
  destination: { country: 'FR', place: 'Paris' },
};
const OVERDUE = 'customs.declaration.review-overdue';

describe('customs: the review SLA (CUSTOMS_REVIEW_SLA_SECONDS=1, real PostgreSQL and Kafka)', () => {
  const customs = new CustomsHarness();

  beforeAll(() => customs.start({ reviewSlaSeconds: 1, reviewPollMs: 100 }));
  afterAll(() => customs.cleanup());

  const overdueEvents = (shipmentId: string) =>
    customs.eventsOfShipment(shipmentId).filter((event) => event.type === OVERDUE);
  let first: Awaited<ReturnType<CustomsHarness['file']>>;

  it('flags a review past its deadline once, with an audit entry and an overdue event', async () => {
    first = await customs.file([republicanInkPainting], CN_TO_FR);
    const filed = customs.eventsOfShipment(first.shipmentId)[0];
    const reviewDueAt = filed.payload['reviewDueAt'] as string;
    expect(Date.parse(reviewDueAt) - Date.parse(filed.occurredAt)).toBeLessThanOrEqual(1000);

    const overdue = await customs.waitForEvent(first.shipmentId, OVERDUE);
    expect(overdue).toMatchObject({
      subject: first.declarationId,
      correlationId: first.command.correlationId,
      payload: {
        declarationId: first.declarationId,
        shipmentId: first.shipmentId,
        reviewDueAt,
      },
    });

    const declaration = await customs.declaration(first.declarationId);
    expect(declaration).toMatchObject({ status: 'PENDING_REVIEW', overdue: true, reviewDueAt });
    expect(Date.parse(declaration.overdueFlaggedAt!)).toBeGreaterThanOrEqual(
      Date.parse(reviewDueAt),
    );
    const queue = await readJson<{ items: DeclarationJson[] }>(
      await customs.get(
        '/declarations?status=PENDING_REVIEW&sort=deadline',
        'officer1',
        'CUSTOMS_OFFICER',
      ),
    );
    expect(queue.items.find((item) => item.id === first.declarationId)).toMatchObject({
      overdue: true,
    });
    const audit = await customs.audit(first.declarationId);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['FILED', 'exporter1'],
      ['AUTOMATIC_OUTCOME', 'AUTOMATIC'],
      ['REVIEW_OVERDUE', 'SYSTEM'],
    ]);
    expect(audit[2]).toMatchObject({ reason: `no decision by the review deadline ${reviewDueAt}` });

    // by the time a later review is flagged, the first has been polled many times over
    const second = await customs.file([republicanInkPainting], CN_TO_FR);
    await customs.waitForEvent(second.shipmentId, OVERDUE);
    expect(overdueEvents(first.shipmentId)).toHaveLength(1);

    // overdue does not stop a decision
    const rejected = await customs.post(
      `/declarations/${second.declarationId}/decisions`,
      { decision: 'REJECT', reason: 'no exit permit offered' },
      'officer1',
      'CUSTOMS_OFFICER',
    );
    expect(await readJson(rejected)).toMatchObject({ status: 'REJECTED', overdue: false });
  });

  it('gives an answered info request a fresh deadline, flagged again when it passes', async () => {
    const { declarationId, shipmentId } = first;
    const asked = await customs.post(
      `/declarations/${declarationId}/decisions`,
      { decision: 'REQUEST_INFO', reason: 'who owned it in 1949?' },
      'officer1',
      'CUSTOMS_OFFICER',
    );
    expect(await readJson(asked)).toMatchObject({ status: 'INFO_REQUESTED', overdue: false });
    const answered = await customs.post(
      `/declarations/${declarationId}/answers`,
      { message: 'a private collection in Shanghai, documents attached' },
      'exporter1',
      'EXPORTER',
    );
    expect(await readJson(answered)).toMatchObject({
      status: 'PENDING_REVIEW',
      overdueFlaggedAt: null,
    });

    await customs.waitForEvent(shipmentId, OVERDUE, 2);
    expect((await customs.audit(declarationId)).map((e) => e.action)).toEqual([
      'FILED',
      'AUTOMATIC_OUTCOME',
      'REVIEW_OVERDUE',
      'INFO_REQUESTED',
      'INFO_ANSWERED',
      'REVIEW_OVERDUE',
    ]);
  });

  it('flags an import declaration’s review with its own overdue event', async () => {
    // precious coral needs a CITES permit into China too: the import declaration is reviewed
    const coral = {
      title: 'Red Branch',
      artist: { name: 'Ada Marsh' },
      creationYear: 2010,
      category: 'SCULPTURE',
      materials: [{ material: 'CORAL' }],
      value: { amount: '50000.00', currency: 'CNY' },
      ownedByCreator: false,
      originCountry: 'GB',
    };
    const { shipmentId, declarationId } = await customs.file([coral], {
      origin: { country: 'GB', place: 'London' },
      destination: { country: 'CN', place: 'Shanghai' },
    });
    const exported = await customs.declaration(declarationId);
    await customs.publish(
      BondedReleased,
      {
        shipmentId,
        zone: 'China (Shanghai) Pilot Free Trade Zone',
        country: 'CN',
        warehouse: 'Waigaoqiao',
        releasedAt: new Date().toISOString(),
        artworkIds: exported.items.map((item) => item.artworkId),
        importer: { name: 'Long Museum', country: 'CN', address: 'Shanghai' },
      },
      shipmentId,
    );
    const filed = await customs.waitForEvent(shipmentId, 'customs.declaration.import-filed');
    const overdue = await customs.waitForEvent(
      shipmentId,
      'customs.declaration.import-review-overdue',
    );
    expect(overdue).toMatchObject({
      subject: filed.subject,
      payload: {
        declarationId: filed.subject,
        shipmentId,
        importCountry: 'CN',
        reviewDueAt: filed.payload['reviewDueAt'],
      },
    });
    expect((await customs.audit(filed.subject)).map((e) => e.action)).toEqual([
      'FILED',
      'AUTOMATIC_OUTCOME',
      'REVIEW_OVERDUE',
    ]);
    // the export declaration's own review speaks with the saga's event, as before
    await customs.waitForEvent(shipmentId, OVERDUE);
  });
});
