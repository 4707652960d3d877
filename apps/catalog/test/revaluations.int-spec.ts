import { randomUUID } from 'node:crypto';
import { ArtworkRevalued, ArtworksReserved, ReserveArtworks } from '@artbridge/contracts';
import { readJson } from '@artbridge/platform-testing';
import { shanShui } from './artworks.fixtures';
import { CatalogHarness } from './catalog-harness';

/** PATCH /artworks/:id: the exporter sets the value an import could not give (0.00 GBP). */
describe('catalog: revaluing an artwork (real PostgreSQL and Kafka)', () => {
  const harness = new CatalogHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const revalue = (id: string, body: unknown, exporter = 'exporter1', role = 'EXPORTER') =>
    harness.service.request(`/artworks/${id}`, {
      method: 'PATCH',
      json: body,
      headers: harness.context.auth(exporter, role as 'EXPORTER'),
    });
  const value = { amount: '250000.00', currency: 'GBP' };

  it('changes the value of an AVAILABLE artwork and announces it, in one transaction', async () => {
    const artwork = await harness.register({
      ...shanShui,
      value: { amount: '0.00', currency: 'GBP' },
    });

    const response = await revalue(artwork.id, { value });

    expect(response.status).toBe(200);
    const answered = await readJson<Record<string, unknown>>(response);
    expect(answered).toEqual({ ...artwork, value });
    const fetched = await harness.service.request(`/artworks/${artwork.id}`, {
      headers: harness.exporter(),
    });
    expect(await readJson(fetched)).toEqual(answered);

    const [, revalued] = await harness.eventsAbout(artwork.id, 2);
    expect(revalued).toMatchObject({
      type: ArtworkRevalued.type,
      subject: artwork.id,
      payload: {
        artworkId: artwork.id,
        exporterId: 'exporter1',
        value,
        revaluedAt: expect.any(String),
      },
    });
    expect(Date.parse(revalued.payload['revaluedAt'] as string)).toBeGreaterThanOrEqual(
      Date.parse(artwork['registeredAt'] as string),
    );

    // the same value again changes nothing and announces nothing
    expect((await revalue(artwork.id, { value })).status).toBe(200);
    // a reservation carries the new value to customs
    const reserved = await harness.ask(ReserveArtworks, {
      shipmentId: randomUUID(),
      exporterId: 'exporter1',
      artworkIds: [artwork.id],
    });
    expect(reserved.type).toBe(ArtworksReserved.type);
    expect(reserved.payload['artworks']).toMatchObject([{ attributes: { value } }]);
    const revaluations = harness.events
      .json<{ type: string; subject: string }>()
      .filter((event) => event.type === ArtworkRevalued.type && event.subject === artwork.id);
    expect(revaluations).toHaveLength(1);
  });

  it('answers 404 for another exporter’s artwork or an unknown one, 403 for other roles', async () => {
    const artwork = await harness.register(shanShui, 'exporter1');
    expect((await revalue(artwork.id, { value }, 'exporter2')).status).toBe(404);
    expect((await revalue(randomUUID(), { value })).status).toBe(404);
    expect((await revalue(artwork.id, { value }, 'officer1', 'CUSTOMS_OFFICER')).status).toBe(403);
    expect((await revalue(artwork.id, { value }, 'admin', 'ADMIN')).status).toBe(403);
    const unchanged = await harness.service.request(`/artworks/${artwork.id}`, {
      headers: harness.exporter(),
    });
    expect(await readJson(unchanged)).toMatchObject({ value: shanShui.value });
  });

  it('answers 400 naming the field for a value a registration would refuse', async () => {
    const artwork = await harness.register();
    for (const [body, message] of [
      [{}, 'value should not be null or undefined'],
      [{ value: { amount: '-1.00', currency: 'GBP' } }, 'value.amount'],
      [{ value: { amount: '1.001', currency: 'GBP' } }, 'value.amount'],
      [{ value: { amount: '100.00', currency: 'XYZ' } }, 'value.currency'],
      [{ value, title: 'Renamed' }, 'title'],
    ] as const) {
      const response = await revalue(artwork.id, body);
      expect(response.status).toBe(400);
      const { message: problems } = await readJson<{ message: string[] }>(response);
      expect(problems.join('; ')).toContain(message);
    }
    expect((await revalue('not-a-uuid', { value })).status).toBe(400);
  });

  it('answers 409 unless the artwork is AVAILABLE, changing nothing', async () => {
    const artwork = await harness.register();
    const shipmentId = randomUUID();
    await harness.ask(ReserveArtworks, {
      shipmentId,
      exporterId: 'exporter1',
      artworkIds: [artwork.id],
    });

    const response = await revalue(artwork.id, { value });

    expect(response.status).toBe(409);
    expect(await readJson(response)).toMatchObject({
      message: `artwork ${artwork.id} is RESERVED: its value can change only while it is AVAILABLE`,
    });
    const [row] = (await harness.db.query(
      `SELECT value_minor, value_currency FROM artwork WHERE id = $1`,
      [artwork.id],
    )) as { value_minor: string; value_currency: string }[];
    expect(row).toEqual({ value_minor: '120000000', value_currency: 'CNY' });
  });
});
