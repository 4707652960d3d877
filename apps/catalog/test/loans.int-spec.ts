import { randomUUID } from 'node:crypto';
import {
  ArtworksReserved,
  ArtworksReturned,
  MarkArtworksExported,
  MarkArtworksInTransit,
  Purpose,
  ReserveArtworks,
  ReturnLegCompleted,
} from '@artbridge/contracts';
import { Envelope } from '@artbridge/platform-messaging';
import { readJson, waitFor } from '@artbridge/platform-testing';
import { CatalogHarness } from './catalog-harness';

/**
 * Exhibition loans at catalog level: the saga's commands and logistics' ReturnLegCompleted fed
 * in as logistics publishes them; catalog's statuses and answers read back.
 */
describe('catalog: exhibition loans go ON_LOAN and come home AVAILABLE (real PostgreSQL and Kafka)', () => {
  const harness = new CatalogHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const register = async () => (await harness.register()).id;
  const ask: CatalogHarness['ask'] = (definition, payload) => harness.ask(definition, payload);
  const answerTo = (envelope: Envelope<object>) => harness.answerTo(envelope);

  /** Reserved for a shipment of that purpose, then marked in transit (dispatched). */
  const dispatched = async (purpose: Purpose, artworkIds: string[]) => {
    const shipmentId = randomUUID();
    const reserved = await ask(ReserveArtworks, {
      shipmentId,
      exporterId: 'exporter1',
      artworkIds,
      destinationCountry: 'FR',
      purpose,
    });
    expect(reserved.type).toBe(ArtworksReserved.type);
    await ask(MarkArtworksInTransit, { shipmentId, artworkIds });
    return shipmentId;
  };

  const returnCompleted = (shipmentId: string, returnShipmentId: string, artworkIds: string[]) =>
    harness.send(
      ReturnLegCompleted,
      { shipmentId, returnShipmentId, artworkIds, completedAt: new Date().toISOString() },
      shipmentId,
    );

  const statuses = async (...ids: string[]) =>
    (
      (await harness.db.query(
        `SELECT status, reserved_by_shipment FROM artwork WHERE id = ANY($1)
          ORDER BY array_position($1, id)`,
        [ids],
      )) as { status: string; reserved_by_shipment: string | null }[]
    ).map((row) => [row.status, row.reserved_by_shipment]);

  /** Once catalog's inbox has the message: handled, whether it changed anything or not. */
  const handled = (messageId: string) =>
    waitFor(`message ${messageId} handled`, async () => {
      const rows = (await harness.db.query(
        `SELECT 1 FROM messaging_inbox WHERE consumer = 'catalog' AND message_id = $1`,
        [messageId],
      )) as unknown[];
      return rows.length === 1;
    });

  const returnedAnswers = (shipmentId: string) =>
    harness.events
      .json<{ type: string; subject: string }>()
      .filter((answer) => answer.type === ArtworksReturned.type && answer.subject === shipmentId);

  it("puts an exhibition's works ON_LOAN, not EXPORTED, and makes them AVAILABLE when the return leg completes", async () => {
    const [a, b] = [await register(), await register()];
    const loan = await dispatched('TEMPORARY_EXHIBITION', [a, b]);

    const exported = await ask(MarkArtworksExported, { shipmentId: loan, artworkIds: [a, b] });
    // the saga's answer is the same as for a sale
    expect(exported).toMatchObject({
      type: 'catalog.artworks.exported',
      payload: { shipmentId: loan, artworkIds: [a, b] },
    });
    expect(await statuses(a, b)).toEqual([
      ['ON_LOAN', loan],
      ['ON_LOAN', loan],
    ]);
    const view = await harness.service.request(`/artworks/${a}`, { headers: harness.exporter() });
    expect(await readJson(view)).toMatchObject({ status: 'ON_LOAN', shipmentId: loan });
    const onLoan = await readJson<{ items: { id: string }[] }>(
      await harness.service.request('/artworks?status=ON_LOAN&pageSize=100', {
        headers: harness.exporter(),
      }),
    );
    expect(onLoan.items.map((item) => item.id)).toEqual(expect.arrayContaining([a, b]));
    // abroad: no other shipment can have them
    const refused = await ask(ReserveArtworks, {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      artworkIds: [a],
      destinationCountry: 'GB',
      purpose: 'SALE',
    });
    expect(refused.payload).toMatchObject({
      refused: [
        {
          artworkId: a,
          reason: 'NOT_AVAILABLE',
          detail: `artwork ${a} is ON_LOAN: abroad on an exhibition loan until its return leg completes`,
        },
      ],
    });

    // the return leg completed: the works are home
    const returnLeg = randomUUID();
    const event = await returnCompleted(loan, returnLeg, [a, b]);
    const answer = await answerTo(event as Envelope<object>);
    expect(answer).toMatchObject({
      type: ArtworksReturned.type,
      subject: loan,
      payload: { shipmentId: loan, returnShipmentId: returnLeg, artworkIds: [a, b] },
    });
    expect(await statuses(a, b)).toEqual([
      ['AVAILABLE', null],
      ['AVAILABLE', null],
    ]);
    expect(
      await harness.db.query(
        `SELECT purpose, destination_country, return_shipment_id FROM shipment_hold WHERE shipment_id = $1`,
        [loan],
      ),
    ).toEqual([
      { purpose: 'TEMPORARY_EXHIBITION', destination_country: 'FR', return_shipment_id: returnLeg },
    ]);

    // and can leave again
    const next = await ask(ReserveArtworks, {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      artworkIds: [a, b],
      destinationCountry: 'GB',
      purpose: 'SALE',
    });
    expect(next.type).toBe(ArtworksReserved.type);

    // the same news again under another id changes nothing and announces nothing
    const repeat = await returnCompleted(loan, returnLeg, [a, b]);
    await handled(repeat.id);
    expect(returnedAnswers(loan)).toHaveLength(1);
    expect((await statuses(a, b)).map(([status]) => status)).toEqual(['RESERVED', 'RESERVED']);
    // a milestone for the loan after its return is answered, and moves nothing
    const late = await ask(MarkArtworksInTransit, { shipmentId: loan, artworkIds: [a, b] });
    expect(late.type).toBe('catalog.artworks.marked-in-transit');
    expect((await statuses(a, b)).map(([status]) => status)).toEqual(['RESERVED', 'RESERVED']);
  });

  it('leaves a sale EXPORTED, as before, whatever a return names', async () => {
    const [a] = [await register()];
    const sale = await dispatched('SALE', [a]);
    await ask(MarkArtworksExported, { shipmentId: sale, artworkIds: [a] });
    expect(await statuses(a)).toEqual([['EXPORTED', sale]]);

    // a return leg of another shipment that names it by mistake does not bring it back
    const other = randomUUID();
    await handled((await returnCompleted(other, randomUUID(), [a])).id);
    expect(await statuses(a)).toEqual([['EXPORTED', sale]]);
    expect(returnedAnswers(other)).toEqual([]);
  });

  it('a loan home before its acceptance: the late milestone is answered and changes nothing', async () => {
    const [a] = [await register()];
    const loan = await dispatched('TEMPORARY_EXHIBITION', [a]);
    // still IN_TRANSIT in catalog (the outbound was never accepted, e.g. disputed) when it returns
    await answerTo((await returnCompleted(loan, randomUUID(), [a])) as Envelope<object>);
    expect(await statuses(a)).toEqual([['AVAILABLE', null]]);

    const late = await ask(MarkArtworksExported, { shipmentId: loan, artworkIds: [a] });
    expect(late.type).toBe('catalog.artworks.exported');
    expect(await statuses(a)).toEqual([['AVAILABLE', null]]);
    expect(harness.deadLetters.records.filter((record) => record.key === loan)).toEqual([]);
  });
});
