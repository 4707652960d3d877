import { ArtworkRegistered } from '@artbridge/contracts';
import { decodeEnvelope } from '@artbridge/platform-messaging';
import { readJson, ServiceUnderTest, TestContext, TopicReader } from '@artbridge/platform-testing';
import { CatalogModule } from '../src/catalog.module';

export const shanShui = {
  title: 'Shan Shui',
  artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
  creationYear: 1985,
  category: 'PAINTING',
  technique: 'INK',
  value: { amount: '1200000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'CN',
};

describe('catalog: registering artworks (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let catalog: ServiceUnderTest;
  let events: TopicReader;

  beforeAll(async () => {
    const config = await context.serviceConfig('catalog');
    catalog = await ServiceUnderTest.start(CatalogModule.forRoot(config), config);
    context.onCleanup(() => catalog.stop());
    events = await TopicReader.start(context.broker(), [
      context.topicPrefix + ArtworkRegistered.stream,
    ]);
    context.onCleanup(() => events.stop());
  });
  afterAll(() => context.cleanup());

  const register = (body: unknown, exporter = 'exporter1') =>
    catalog.request('/artworks', {
      method: 'POST',
      json: body,
      headers: context.auth(exporter, 'EXPORTER'),
    });

  it('stores the artwork and announces it through the outbox', async () => {
    const response = await register(shanShui);
    expect(response.status).toBe(201);
    const artwork = await readJson<{ id: string }>(response);
    expect(artwork).toMatchObject({
      ...shanShui,
      status: 'AVAILABLE',
      exporterId: 'exporter1',
      handExecuted: true,
    });

    const fetched = await catalog.request(`/artworks/${artwork.id}`, {
      headers: context.auth('exporter1', 'EXPORTER'),
    });
    expect(await readJson(fetched)).toEqual(artwork);

    const [record] = await events.waitForCount(1);
    const envelope = decodeEnvelope(record.value);
    expect(record.key).toBe(artwork.id);
    expect(envelope).toMatchObject({
      type: 'catalog.artwork.registered',
      version: 1,
      source: 'catalog',
      subject: artwork.id,
    });
    expect(envelope.payload).toMatchObject({
      artworkId: artwork.id,
      title: 'Shan Shui',
      value: shanShui.value,
    });
  });

  it('answers bad input with 400 naming each field, and stores nothing', async () => {
    const response = await register({
      ...shanShui,
      title: '',
      creationYear: 1985.5,
      category: 'OIL_ON_CANVAS',
      value: { amount: '10.001', currency: 'EUR' },
      originCountry: 'XX',
      colour: 'red',
    });
    expect(response.status).toBe(400);
    const body = await readJson<{ message: string[] }>(response);
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(body.message).toEqual(
      expect.arrayContaining([
        'colour: property colour should not exist',
        'title must be longer than or equal to 1 characters',
        'creationYear must be an integer number',
        expect.stringMatching(/^category must be one of PAINTING, /),
        "value.amount '10.001' has 3 decimals but EUR has 2",
        'originCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
      ]),
    );
    expect(events.records).toHaveLength(1); // only the first test's artwork was announced
  });

  it('refuses facts that cannot be true together', async () => {
    const response = await register({ ...shanShui, creationYear: 1900 });
    expect(response.status).toBe(400);
    expect((await readJson<{ message: string[] }>(response)).message).toEqual([
      'creationYear must not be before artist.birthYear',
    ]);
  });

  it('needs a signed-in exporter, and shows an exporter only its own artworks', async () => {
    expect((await catalog.request('/artworks', { method: 'POST', json: shanShui })).status).toBe(
      401,
    );
    const asOfficer = await catalog.request('/artworks', {
      method: 'POST',
      json: shanShui,
      headers: context.auth('officer1', 'CUSTOMS_OFFICER'),
    });
    expect(asOfficer.status).toBe(403);
    const { id } = await readJson<{ id: string }>(await register(shanShui, 'exporter1'));
    expect(
      (await catalog.request(`/artworks/${id}`, { headers: context.auth('exporter2', 'EXPORTER') }))
        .status,
    ).toBe(404);
    expect(
      (
        await catalog.request(`/artworks/${id}`, {
          headers: context.auth('officer1', 'CUSTOMS_OFFICER'),
        })
      ).status,
    ).toBe(200);
  });

  it('answers 404 for an unknown artwork and 400 for an id that is not one', async () => {
    const headers = context.auth('exporter1', 'EXPORTER');
    expect(
      (await catalog.request('/artworks/01a20e9a-6b4b-7673-b7ef-cba8ed3d91c0', { headers })).status,
    ).toBe(404);
    expect((await catalog.request('/artworks/not-an-id', { headers })).status).toBe(400);
  });
});
