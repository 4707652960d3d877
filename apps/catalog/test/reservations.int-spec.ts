import { randomUUID } from 'node:crypto';
import {
  ArtworksReserved,
  MarkArtworksExported,
  MarkArtworksInTransit,
  MessageDefinition,
  ReleaseArtworks,
  ReserveArtworks,
  Streams,
} from '@artbridge/contracts';
import { DLQ_HEADERS, Envelope } from '@artbridge/platform-messaging';
import { readJson, waitFor } from '@artbridge/platform-testing';
import { Partitioners, PartitionMetadata } from 'kafkajs';
import { brushPot, shanShui } from './artworks.fixtures';
import { CatalogEvent, CatalogHarness } from './catalog-harness';

const PARTITIONS = 3;
const partitioner = Partitioners.DefaultPartitioner();
const partitionMetadata = Array.from(
  { length: PARTITIONS },
  (_, partitionId): PartitionMetadata => ({
    partitionId,
    leader: 1,
    replicas: [1],
    isr: [1],
    partitionErrorCode: 0,
  }),
);
/** The partition the producer sends a shipment's commands to (its id is the key). */
const partitionOf = (shipmentId: string) =>
  partitioner({ topic: 'commands', partitionMetadata, message: { key: shipmentId, value: '' } });

/** Two shipment ids whose commands land on different partitions, or on the same one. */
function twoShipments(samePartition: boolean): [string, string] {
  const first = randomUUID();
  for (;;) {
    const second = randomUUID();
    if ((partitionOf(first) === partitionOf(second)) === samePartition) return [first, second];
  }
}

interface Row {
  id: string;
  status: string;
  reserved_by_shipment: string | null;
  status_changed_at: Date;
}

describe('catalog in the shipment saga: reserve, release, in transit, exported (real PostgreSQL and Kafka)', () => {
  const harness = new CatalogHarness();
  beforeAll(() => harness.start({ topicPartitions: PARTITIONS }));
  afterAll(() => harness.stop());
  const register = (body: object = shanShui, exporter = 'exporter1') =>
    harness.register(body, exporter);

  /** A command as logistics' saga would write it. */
  const command = <T extends { shipmentId: string }>(
    definition: MessageDefinition<T>,
    payload: T,
  ) => harness.asLogistics(definition, payload, payload.shipmentId);
  const reserve = (shipmentId: string, artworkIds: string[], exporterId = 'exporter1') =>
    command(ReserveArtworks, { shipmentId, artworkIds, exporterId });
  const release = (shipmentId: string, artworkIds: string[]) =>
    command(ReleaseArtworks, { shipmentId, artworkIds, reason: 'shipment cancelled' });
  const inTransit = (shipmentId: string, artworkIds: string[]) =>
    command(MarkArtworksInTransit, { shipmentId, artworkIds });
  const exported = (shipmentId: string, artworkIds: string[]) =>
    command(MarkArtworksExported, { shipmentId, artworkIds });

  /** Published together, in this order (each shipment's in order on its partition). */
  const send = (...envelopes: Envelope<object>[]) =>
    harness.publish(Streams.catalogCommands, ...envelopes);

  const answersFor = (shipmentId: string) =>
    harness.events.json<CatalogEvent>().filter((answer) => answer.subject === shipmentId);
  const waitForAnswers = (shipmentId: string, count: number) =>
    waitFor(`${count} answers for shipment ${shipmentId}`, () => {
      const found = answersFor(shipmentId);
      return found.length >= count && found;
    });
  /** Sends one command and returns the answer it caused. */
  const ask = async (envelope: Envelope<object>) => {
    await send(envelope);
    return harness.answerTo(envelope);
  };

  const rows = async (...ids: string[]): Promise<Row[]> =>
    harness.db.query(
      `SELECT id, status, reserved_by_shipment, status_changed_at FROM artwork
       WHERE id = ANY($1) ORDER BY array_position($1, id)`,
      [ids],
    );
  const statuses = async (...ids: string[]) =>
    (await rows(...ids)).map((row) => [row.status, row.reserved_by_shipment]);

  it('reserves every artwork of the shipment and answers with their full attributes', async () => {
    const pot = await register(brushPot);
    const painting = await register();
    const shipmentId = randomUUID();
    const order = reserve(shipmentId, [pot.id, painting.id, pot.id]);

    const answer = await ask(order);

    expect(answer).toMatchObject({
      type: ArtworksReserved.type,
      subject: shipmentId,
      correlationId: order.correlationId,
      causationId: order.id,
    });
    const { id: _, status: __, exporterId: ___, registeredAt: ____, ...potAttributes } = pot;
    const {
      id: _p,
      status: _s,
      exporterId: _e,
      registeredAt: _r,
      ...paintingAttributes
    } = painting;
    expect(answer.payload).toEqual({
      shipmentId,
      exporterId: 'exporter1',
      artworks: [
        { artworkId: pot.id, attributes: potAttributes },
        { artworkId: painting.id, attributes: paintingAttributes },
      ],
    });
    expect(await statuses(pot.id, painting.id)).toEqual([
      ['RESERVED', shipmentId],
      ['RESERVED', shipmentId],
    ]);
    const view = await harness.service.request(`/artworks/${pot.id}`, {
      headers: harness.exporter(),
    });
    expect(await readJson(view)).toMatchObject({ status: 'RESERVED', shipmentId });
    const reservedPage = await harness.service.request('/artworks?status=RESERVED&pageSize=100', {
      headers: harness.exporter(),
    });
    const { items } = await readJson<{ items: { id: string }[] }>(reservedPage);
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining([pot.id, painting.id]));
  });

  it('takes ids in upper case (the contract accepts them) as the artworks and shipment they name', async () => {
    const [a, b] = [await register(), await register()];
    const shipmentId = randomUUID();
    const SHOUTED = shipmentId.toUpperCase();

    const reserved = await ask(reserve(SHOUTED, [a.id.toUpperCase(), b.id]));
    expect(reserved).toMatchObject({ type: ArtworksReserved.type });
    expect((reserved.payload.artworks as { artworkId: string }[]).map((x) => x.artworkId)).toEqual([
      a.id,
      b.id,
    ]);
    expect(await statuses(a.id, b.id)).toEqual([
      ['RESERVED', shipmentId],
      ['RESERVED', shipmentId],
    ]);
    // a repeat in the other case is the same request: granted again, nothing changes
    expect((await ask(reserve(shipmentId, [a.id, b.id.toUpperCase()]))).type).toBe(
      ArtworksReserved.type,
    );
    // milestones in upper case move them, instead of being dead-lettered
    expect((await ask(inTransit(SHOUTED, [a.id.toUpperCase(), b.id]))).type).toBe(
      'catalog.artworks.marked-in-transit',
    );
    expect((await ask(exported(SHOUTED, [a.id, b.id.toUpperCase()]))).type).toBe(
      'catalog.artworks.exported',
    );
    expect(await statuses(a.id, b.id)).toEqual([
      ['EXPORTED', shipmentId],
      ['EXPORTED', shipmentId],
    ]);
    const [c] = [await register()];
    await ask(reserve(shipmentId.toUpperCase(), [c.id.toUpperCase()]));
    expect(await ask(release(SHOUTED, [c.id.toUpperCase()]))).toMatchObject({
      type: 'catalog.artworks.released',
      payload: { shipmentId, artworkIds: [c.id] },
    });
    expect(await statuses(c.id)).toEqual([['AVAILABLE', null]]);
  });

  it('reserves an imported Tate work whose credit line is longer than the event takes', async () => {
    const record = {
      acno: 'Z20001',
      title: 'Glimmerwick Bequest',
      contributors: [{ fc: 'Pietro Consagra', role: 'artist', birthYear: 1920, date: '1920–2005' }],
      startYear: 1952,
      endYear: 1952,
      classification: 'sculpture',
      medium: 'Bronze on marble base',
      dimensions: 'object: 502 x 267 x 286 mm',
      creditLine: `Bequeathed by ${'a long line of benefactors, '.repeat(50)}1999`,
      acquisitionYear: 1999,
    };
    const started = await harness.service.request('/imports', {
      method: 'POST',
      body: JSON.stringify(record),
      headers: { 'content-type': 'application/x-ndjson', ...harness.exporter() },
    });
    expect(started.status).toBe(202);
    const { id: jobId } = await readJson<{ id: string }>(started);
    const job = await waitFor('the import to end', async () => {
      const current = await readJson<{ status: string; imported: number }>(
        await harness.service.request(`/imports/${jobId}`, { headers: harness.exporter() }),
      );
      return current.status !== 'RUNNING' && current;
    });
    expect(job).toMatchObject({ status: 'COMPLETED', imported: 1 });
    const [{ id }] = await harness.db.query(`SELECT id FROM artwork WHERE title = $1`, [
      record.title,
    ]);

    const answer = await ask(reserve(randomUUID(), [id]));

    expect(answer.type).toBe(ArtworksReserved.type);
  });

  it('refuses the whole shipment with a reason for each artwork it cannot have', async () => {
    const free = await register();
    const theirs = await register(shanShui, 'exporter2');
    const taken = await register();
    const gone = await register();
    const [other, otherExporting] = [randomUUID(), randomUUID()];
    await ask(reserve(other, [taken.id]));
    await ask(reserve(otherExporting, [gone.id]));
    await ask(exported(otherExporting, [gone.id]));
    const unknown = randomUUID();
    const shipmentId = randomUUID();

    const answer = await ask(reserve(shipmentId, [free.id, unknown, theirs.id, taken.id, gone.id]));

    expect(answer.type).toBe('catalog.artworks.reservation-refused');
    expect(answer.payload).toEqual({
      shipmentId,
      refused: [
        { artworkId: unknown, reason: 'NOT_FOUND', detail: `artwork ${unknown} not found` },
        // another exporter's, refused in the words of a missing one: it reveals nothing
        { artworkId: theirs.id, reason: 'NOT_FOUND', detail: `artwork ${theirs.id} not found` },
        {
          artworkId: taken.id,
          reason: 'NOT_AVAILABLE',
          detail: `artwork ${taken.id} is RESERVED for another shipment`,
        },
        {
          artworkId: gone.id,
          reason: 'NOT_AVAILABLE',
          detail: `artwork ${gone.id} has been exported`,
        },
      ],
    });
    // all or nothing: the one it could have had is still free
    expect(await statuses(free.id, theirs.id, taken.id, gone.id)).toEqual([
      ['AVAILABLE', null],
      ['AVAILABLE', null],
      ['RESERVED', other],
      ['EXPORTED', otherExporting],
    ]);
  });

  it('releases only what the shipment holds, and always answers', async () => {
    const [a, b, c] = [await register(), await register(), await register()];
    const [shipmentId, other, idle] = [randomUUID(), randomUUID(), randomUUID()];
    await ask(reserve(shipmentId, [a.id, b.id]));
    await ask(reserve(other, [c.id]));

    const answer = await ask(release(shipmentId, [a.id, b.id, c.id]));

    expect(answer).toMatchObject({
      type: 'catalog.artworks.released',
      payload: { shipmentId, artworkIds: [a.id, b.id, c.id] },
    });
    expect(await statuses(a.id, b.id, c.id)).toEqual([
      ['AVAILABLE', null],
      ['AVAILABLE', null],
      ['RESERVED', other],
    ]);
    // a shipment that holds nothing (its reservation was refused) still gets its answer
    expect((await ask(release(idle, [c.id]))).type).toBe('catalog.artworks.released');
    expect(await statuses(c.id)).toEqual([['RESERVED', other]]);
    // and what was released can be reserved by the next shipment
    expect((await ask(reserve(randomUUID(), [a.id]))).type).toBe(ArtworksReserved.type);
  });

  it('marks the shipment in transit, then exported; an exported artwork stays exported', async () => {
    const [a, b] = [await register(), await register()];
    const shipmentId = randomUUID();
    await ask(reserve(shipmentId, [a.id, b.id]));

    expect(await ask(inTransit(shipmentId, [a.id, b.id]))).toMatchObject({
      type: 'catalog.artworks.marked-in-transit',
      payload: { shipmentId, artworkIds: [a.id, b.id] },
    });
    expect(await statuses(a.id, b.id)).toEqual([
      ['IN_TRANSIT', shipmentId],
      ['IN_TRANSIT', shipmentId],
    ]);

    expect(await ask(exported(shipmentId, [a.id, b.id]))).toMatchObject({
      type: 'catalog.artworks.exported',
      payload: { shipmentId, artworkIds: [a.id, b.id] },
    });
    expect(await statuses(a.id, b.id)).toEqual([
      ['EXPORTED', shipmentId],
      ['EXPORTED', shipmentId],
    ]);
    // a late release does not bring an exported artwork back
    await ask(release(shipmentId, [a.id]));
    expect(await statuses(a.id)).toEqual([['EXPORTED', shipmentId]]);
  });

  it('the same command twice, under another message id, answers twice and changes nothing twice', async () => {
    const [a, b] = [await register(), await register()];
    const shipmentId = randomUUID();
    const first = reserve(shipmentId, [a.id, b.id]);
    await ask(first);
    const reservedAt = (await rows(a.id, b.id)).map((row) => row.status_changed_at);

    // the very same message delivered again (the inbox drops it), then the same request anew
    await send(first, reserve(shipmentId, [b.id, a.id]));
    const [, again] = await waitForAnswers(shipmentId, 2);
    expect(again.type).toBe(ArtworksReserved.type);
    expect((again.payload.artworks as { artworkId: string }[]).map((x) => x.artworkId)).toEqual([
      b.id,
      a.id,
    ]);
    expect((await rows(a.id, b.id)).map((row) => row.status_changed_at)).toEqual(reservedAt);

    for (const [step, status] of [
      [inTransit, 'IN_TRANSIT'],
      [exported, 'EXPORTED'],
    ] as const) {
      await ask(step(shipmentId, [a.id, b.id]));
      const changedAt = (await rows(a.id, b.id)).map((row) => row.status_changed_at);
      const repeat = await ask(step(shipmentId, [a.id, b.id]));
      expect(repeat.payload).toEqual({ shipmentId, artworkIds: [a.id, b.id] });
      expect(await rows(a.id, b.id)).toEqual([
        { id: a.id, status, reserved_by_shipment: shipmentId, status_changed_at: changedAt[0] },
        { id: b.id, status, reserved_by_shipment: shipmentId, status_changed_at: changedAt[1] },
      ]);
    }

    const [c] = [await register()];
    const other = randomUUID();
    await ask(reserve(other, [c.id]));
    await ask(release(other, [c.id]));
    const releasedAt = (await rows(c.id))[0].status_changed_at;
    expect((await ask(release(other, [c.id]))).type).toBe('catalog.artworks.released');
    expect(await rows(c.id)).toEqual([
      { id: c.id, status: 'AVAILABLE', reserved_by_shipment: null, status_changed_at: releasedAt },
    ]);
    // every answer once per command, the dropped duplicate included
    expect(answersFor(shipmentId).map((answer) => answer.type)).toEqual([
      'catalog.artworks.reserved',
      'catalog.artworks.reserved',
      'catalog.artworks.marked-in-transit',
      'catalog.artworks.marked-in-transit',
      'catalog.artworks.exported',
      'catalog.artworks.exported',
    ]);
  });

  it('dead-letters a milestone for artworks the shipment does not hold, changing nothing', async () => {
    const free = await register();
    const shipmentId = randomUUID();
    const order = inTransit(shipmentId, [free.id]);
    await send(order);

    const [letter] = await waitFor('the dead letter', () => {
      const found = harness.deadLetters.records.filter((record) => record.key === shipmentId);
      return found.length > 0 && found;
    });
    expect(letter.headers[DLQ_HEADERS.reason]).toBe('handler-failed');
    expect(letter.headers[DLQ_HEADERS.error]).toBe(
      `cannot mark shipment ${shipmentId}'s artworks IN_TRANSIT: artwork ${free.id} is AVAILABLE, not held by shipment ${shipmentId}`,
    );
    expect(await statuses(free.id)).toEqual([['AVAILABLE', null]]);
    expect(answersFor(shipmentId)).toEqual([]);
  });

  it('two shipments racing for one artwork: exactly one gets it, the other is refused NOT_AVAILABLE', async () => {
    // four races between partitions (handled at the same time) and one within a partition
    const races = [...Array.from({ length: 4 }, () => twoShipments(false)), twoShipments(true)];
    const artworks: { id: string }[] = [];
    for (let i = 0; i < races.length; i++) artworks.push(await register());

    await send(
      ...races.flatMap(([first, second], i) => [
        reserve(first, [artworks[i].id]),
        reserve(second, [artworks[i].id]),
      ]),
    );

    for (const [i, shipments] of races.entries()) {
      const artworkId = artworks[i].id;
      const outcomes = await Promise.all(
        shipments.map(async (shipmentId) => ({
          shipmentId,
          answer: (await waitForAnswers(shipmentId, 1))[0],
        })),
      );
      const winners = outcomes.filter(({ answer }) => answer.type === ArtworksReserved.type);
      const losers = outcomes.filter(({ answer }) => answer.type !== ArtworksReserved.type);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].answer.payload).toEqual({
        shipmentId: losers[0].shipmentId,
        refused: [
          {
            artworkId,
            reason: 'NOT_AVAILABLE',
            detail: `artwork ${artworkId} is RESERVED for another shipment`,
          },
        ],
      });
      expect(await statuses(artworkId)).toEqual([['RESERVED', winners[0].shipmentId]]);
    }
  });
});
