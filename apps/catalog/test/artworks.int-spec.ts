import { ArtworkRegistered } from '@artbridge/contracts';
import { decodeEnvelope } from '@artbridge/platform-messaging';
import type { Role } from '@artbridge/platform-auth';
import {
  readJson,
  ServiceUnderTest,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import { CatalogModule } from '../src/catalog.module';
import openApiMetadata from '../src/openapi-metadata';
import { brushPot, shanShui } from './artworks.fixtures';

describe('catalog: registering artworks (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let catalog: ServiceUnderTest;
  let events: TopicReader;

  beforeAll(async () => {
    const config = await context.serviceConfig('catalog');
    catalog = await ServiceUnderTest.start(CatalogModule.forRoot(config), config, openApiMetadata);
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

  it('reads null for an optional year as not given, not as the year 0', async () => {
    const response = await register({
      ...shanShui,
      artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: null },
      creationYearEnd: null,
    });
    expect(response.status).toBe(201);
    const artwork = await readJson<Record<string, unknown>>(response);
    expect(artwork['artist']).toEqual({ name: 'Wu Guanzhong', birthYear: 1919 });
    expect(artwork).not.toHaveProperty('creationYearEnd');
    const ancient = await register({
      ...shanShui,
      artist: { name: 'Unknown', birthYear: null, deathYear: null },
      creationYear: -200,
      category: 'ARCHAEOLOGICAL',
    });
    expect(ancient.status).toBe(201);
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

  it('registers the full model: range, materials, dimensions, provenance', async () => {
    const response = await register(brushPot);
    expect(response.status).toBe(201);
    const artwork = await readJson<{ id: string }>(response);
    expect(artwork).toEqual({
      id: expect.any(String),
      status: 'AVAILABLE',
      exporterId: 'exporter1',
      ...brushPot,
      // the CITES codes are read however they are written, so the customs rules see them
      materials: [{ ...brushPot.materials[0], material: 'IVORY' }, brushPot.materials[1]],
      registeredAt: expect.any(String),
    });
    const fetched = await catalog.request(`/artworks/${artwork.id}`, {
      headers: context.auth('officer1', 'CUSTOMS_OFFICER'),
    });
    expect(await readJson(fetched)).toEqual(artwork);
  });

  it('takes a size below 1 cm, as its OpenAPI schema says (above 0, not at least 1)', async () => {
    const response = await register({
      ...brushPot,
      dimensions: { heightCm: 12.5, widthCm: 8, depthCm: 0.4 },
    });
    // the answer is checked against the document (DocumentedAnswers), whose dimensions have an
    // exclusive minimum of 0
    expect(response.status).toBe(201);
    const document = await readJson<{
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    }>(await catalog.request('/docs-json'));
    for (const model of ['DimensionsDto', 'RegisteredDimensionsDto'])
      expect(document.components.schemas[model].properties['depthCm']).toMatchObject({
        minimum: 0,
        exclusiveMinimum: true,
      });
  });

  it('refuses a side longer than a kilometre, as an import does and the document says', async () => {
    // a unit slipped (millimetres for centimetres, twice) or a number no crate holds
    for (const heightCm of [100_001, 1e308]) {
      const response = await register({
        ...brushPot,
        dimensions: { heightCm, widthCm: 8 },
      });
      expect(response.status).toBe(400);
      expect((await readJson<{ message: string[] }>(response)).message).toEqual([
        'dimensions.heightCm must not be greater than 100000',
      ]);
    }
    const document = await readJson<{
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    }>(await catalog.request('/docs-json'));
    expect(
      document.components.schemas['RegisteredDimensionsDto'].properties['heightCm'],
    ).toMatchObject({ maximum: 100_000 });
    expect(
      (await register({ ...brushPot, dimensions: { heightCm: 100_000, widthCm: 8 } })).status,
    ).toBe(201);
  });

  it('stores a material’s share of the volume (UK Ivory Act exemptions), refusing 0 or over 100', async () => {
    const materials = [{ material: 'IVORY', weightGrams: 5, volumePercent: 12.5 }];
    const response = await register({ ...brushPot, materials });
    expect(response.status).toBe(201);
    const { id } = await readJson<{ id: string }>(response);
    const fetched = await readJson<{ materials: unknown[] }>(
      await catalog.request(`/artworks/${id}`, {
        headers: context.auth('officer1', 'CUSTOMS_OFFICER'),
      }),
    );
    expect(fetched.materials).toEqual(materials);
    for (const [volumePercent, message] of [
      [0, 'materials.0.volumePercent must be a positive number'],
      [100.5, 'materials.0.volumePercent must not be greater than 100'],
    ] as const) {
      const refused = await register({
        ...brushPot,
        materials: [{ material: 'IVORY', volumePercent }],
      });
      expect(refused.status).toBe(400);
      expect((await readJson<{ message: string[] }>(refused)).message).toEqual([message]);
    }
  });

  it('stores a musical instrument (UK Ivory Act exemption) with its ivory’s share of the volume', async () => {
    const guqin = {
      ...brushPot,
      title: 'Guqin with ivory studs',
      category: 'ANTIQUE',
      musicalInstrument: true,
      materials: [{ material: 'IVORY', weightGrams: 40, volumePercent: 15 }],
    };
    const response = await register(guqin);
    expect(response.status).toBe(201);
    const artwork = await readJson<{ id: string }>(response);
    expect(artwork).toMatchObject({ musicalInstrument: true, materials: guqin.materials });
    const fetched = await readJson(
      await catalog.request(`/artworks/${artwork.id}`, {
        headers: context.auth('officer1', 'CUSTOMS_OFFICER'),
      }),
    );
    expect(fetched).toEqual(artwork);
    expect(fetched).toMatchObject({ musicalInstrument: true, materials: guqin.materials });

    // announced like any other; ArtworkRegistered v1 names only its own fields (no materials nor
    // musicalInstrument): the full attributes travel in ArtworksReserved (reservations suite)
    const record = await waitFor('the guqin announced', () =>
      events.records.find((candidate) => candidate.key === artwork.id),
    );
    expect(decodeEnvelope(record.value)).toMatchObject({
      type: 'catalog.artwork.registered',
      payload: { artworkId: artwork.id, title: guqin.title },
    });

    const refused = await register({ ...guqin, musicalInstrument: 'yes' });
    expect(refused.status).toBe(400);
    expect((await readJson<{ message: string[] }>(refused)).message).toEqual([
      'musicalInstrument must be a boolean value',
    ]);
  });

  it('refuses a material heavier than 1,000 tonnes, naming it', async () => {
    for (const weightGrams of [1_000_000_001, 1e308]) {
      const response = await register({
        ...brushPot,
        materials: [{ material: 'JADE', weightGrams }],
      });
      expect(response.status).toBe(400);
      expect((await readJson<{ message: string[] }>(response)).message).toEqual([
        'materials.0.weightGrams must not be greater than 1000000000',
      ]);
    }
  });

  it('answers 400 naming each bad field of the full model', async () => {
    const response = await register({
      ...brushPot,
      artist: { name: 'X', ethnicMinority: 'yes' },
      creationYearEnd: 1795.5,
      handExecuted: 'maybe',
      portrait: 'no',
      materials: [{ material: '', weightGrams: -1, acquiredYear: 'long ago' }],
      dimensions: { heightCm: 0, widthCm: 'wide' },
      provenance: [{ year: 'c.1900', owner: '', event: 'Sale', price: 10 }],
    });
    expect(response.status).toBe(400);
    const { message } = await readJson<{ message: string[] }>(response);
    const fields = message.map((text) => text.split(/:? /)[0]);
    expect(new Set(fields)).toEqual(
      new Set([
        'artist.ethnicMinority',
        'creationYearEnd',
        'handExecuted',
        'portrait',
        'materials.0.material',
        'materials.0.weightGrams',
        'materials.0.acquiredYear',
        'dimensions.heightCm',
        'dimensions.widthCm',
        'provenance.0.year',
        'provenance.0.owner',
        'provenance.0.price',
      ]),
    );
  });

  it('answers 400 for an array where a material or a provenance entry belongs, never 500', async () => {
    const response = await register({
      ...brushPot,
      materials: [[]],
      provenance: [brushPot.provenance],
    });
    expect(response.status).toBe(400);
    expect((await readJson<{ message: string[] }>(response)).message).toEqual([
      'materials: each item of materials must be an object',
      'provenance: each item of provenance must be an object',
    ]);
  });

  it('refuses a technique, medium, material, provenance owner or event of white space only, naming each', async () => {
    const response = await register({
      ...brushPot,
      technique: ' ',
      medium: '\t',
      materials: [{ material: '   ', weightGrams: 812.5 }],
      provenance: [{ year: 1860, owner: ' ', event: '\n' }],
    });
    expect(response.status).toBe(400);
    expect((await readJson<{ message: string[] }>(response)).message).toEqual([
      'technique must not be blank',
      'medium must not be blank',
      'materials.0.material must not be blank',
      'provenance.0.owner must not be blank',
      'provenance.0.event must not be blank',
    ]);
  });

  it('refuses new facts that contradict the others, naming each', async () => {
    const response = await register({
      ...brushPot,
      creationYearEnd: 1730,
      materials: [{ material: 'IVORY', acquiredYear: 1800 }],
      provenance: [{ year: 3000, owner: 'Future Museum', event: 'Bequest' }],
    });
    expect(response.status).toBe(400);
    expect((await readJson<{ message: string[] }>(response)).message).toEqual([
      'creationYearEnd must not be before creationYear',
      'materials.0.acquiredYear must not be after the work was made (1736)',
      `provenance.0.year must not be in the future (after ${new Date().getUTCFullYear()})`,
    ]);
  });

  it('answers 404 for an unknown artwork and 400 for an id that is not one', async () => {
    const headers = context.auth('exporter1', 'EXPORTER');
    expect(
      (await catalog.request('/artworks/01a20e9a-6b4b-7673-b7ef-cba8ed3d91c0', { headers })).status,
    ).toBe(404);
    expect((await catalog.request('/artworks/not-an-id', { headers })).status).toBe(400);
  });

  describe('searching: full text, filters, pages, and an exporter sees its own', () => {
    type Page = { items: { id: string; title: string }[]; total: number };
    const ids: Record<string, string> = {};
    const work = (title: string, artist: string, creationYear: number, more: object = {}) => ({
      ...shanShui,
      title,
      artist: { name: artist },
      creationYear,
      ...more,
    });

    beforeAll(async () => {
      // one at a time, so that the newest-first order is known
      for (const [key, body, exporter] of [
        [
          'spring',
          work('Spring in Jiangnan', 'Lin Fengmian', 1962, { medium: 'Ink and colour on paper' }),
          'searcher1',
        ],
        ['lotus', work('Lotus Pond', '林风眠', 1970, { medium: 'Ink on paper' }), 'searcher1'],
        [
          'horse',
          work('Horse', 'Zoë Ölçer', 2001, {
            category: 'SCULPTURE',
            medium: 'Bronze',
            technique: 'BRONZE',
          }),
          'searcher1',
        ],
        [
          'twin',
          work('Twin Swallows', 'Wu Guanzhong', 1980, { creationYearEnd: 1988 }),
          'searcher1',
        ],
        [
          'rain',
          work('Spring Rain', 'Lin Fengmian', 1950, { medium: 'Oil on canvas' }),
          'searcher2',
        ],
      ] as const) {
        const response = await register(body, exporter);
        expect(response.status).toBe(201);
        ids[key] = (await readJson<{ id: string }>(response)).id;
      }
    });

    const search = async (query: string, user = 'searcher1', role: Role = 'EXPORTER') => {
      const response = await catalog.request(`/artworks?${query}`, {
        headers: context.auth(user, role),
      });
      return { status: response.status, body: await readJson<Page>(response) };
    };
    const found = async (query: string, user?: string, role?: Role) => {
      const { status, body } = await search(query, user, role);
      expect(status).toBe(200);
      const keyOf = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
      return {
        keys: body.items.map((item) => keyOf.get(item.id) ?? item.title),
        total: body.total,
      };
    };

    it('finds words as prefixes in title, artist and medium, in any script', async () => {
      expect(await found('q=fengm')).toEqual({ keys: ['spring'], total: 1 });
      expect(await found(`q=${encodeURIComponent('林')}`)).toEqual({ keys: ['lotus'], total: 1 });
      expect(await found(`q=${encodeURIComponent('ÖLÇ')}`)).toEqual({ keys: ['horse'], total: 1 });
      expect(await found('q=bronze')).toEqual({ keys: ['horse'], total: 1 });
      expect((await found('q=ink%20paper')).keys.sort()).toEqual(['lotus', 'spring']);
      expect(await found('q=spring%20jiang')).toEqual({ keys: ['spring'], total: 1 });
      expect(await found('q=nothing%20like%20this')).toEqual({ keys: [], total: 0 });
    });

    it('finds each word of a text the database parser would keep as one token', async () => {
      // PostgreSQL reads "Warhol/Basquiat" as a file path, "N.Y.C." as a host name, "a@b.org"
      // as an e-mail: the index is built from the text with that punctuation as spaces
      const registered = await register(
        work('Warhol/Basquiat Paintings', 'Studio N.Y.C.', 1985, {
          medium: 'Acrylic, silkscreen@canvas; 3.5 parts',
        }),
        'searcher4',
      );
      const paintings = (await readJson<{ id: string }>(registered)).id;
      for (const q of [
        'Basquiat',
        'warhol',
        'warhol/basquiat',
        'y',
        'n.y.c',
        'canvas',
        'silkscreen',
        '5',
      ]) {
        const { body } = await search(`q=${encodeURIComponent(q)}`, 'searcher4');
        expect([q, body.items.map((item) => item.id)]).toEqual([q, [paintings]]);
      }
    });

    it('ranks a title match above a match in the medium', async () => {
      const registered = await register(
        work('Ink Study', 'Someone Else', 1990, { medium: 'Graphite' }),
        'searcher3',
      );
      const study = (await readJson<{ id: string }>(registered)).id;
      await register(work('Mountains', 'Another', 1991, { medium: 'Ink on silk' }), 'searcher3');
      const { body } = await search('q=ink', 'searcher3');
      expect(body.total).toBe(2);
      expect(body.items[0].id).toBe(study);
    });

    it('filters by category, status and creation years (a range counts where it overlaps)', async () => {
      expect(await found('category=SCULPTURE')).toEqual({ keys: ['horse'], total: 1 });
      expect(await found('yearFrom=1960&yearTo=1975')).toEqual({
        keys: ['lotus', 'spring'],
        total: 2,
      });
      expect(await found('yearFrom=1985')).toEqual({ keys: ['twin', 'horse'], total: 2 });
      expect(await found('yearTo=1979&category=PAINTING&q=ink')).toEqual({
        keys: ['lotus', 'spring'],
        total: 2,
      });
      expect((await found('status=AVAILABLE')).total).toBe(4);
      expect(await found('status=RESERVED')).toEqual({ keys: [], total: 0 });
    });

    it('takes a filter or page sent empty as not sent (a form with blank fields)', async () => {
      const everything = await found('');
      expect(
        await found('q=&status=&category=&yearFrom=&yearTo=%20&ipLicenceId=&page=&pageSize='),
      ).toEqual(everything);
      expect(await found('yearFrom=1985&yearTo=')).toEqual({ keys: ['twin', 'horse'], total: 2 });
    });

    it('pages newest first with the total of all pages', async () => {
      expect(await found('pageSize=3')).toEqual({ keys: ['twin', 'horse', 'lotus'], total: 4 });
      expect(await found('pageSize=3&page=2')).toEqual({ keys: ['spring'], total: 4 });
      expect(await found('pageSize=3&page=3')).toEqual({ keys: [], total: 4 });
    });

    it("shows an exporter its own artworks only, and other roles everyone's", async () => {
      expect(await found('q=fengmian', 'searcher2')).toEqual({ keys: ['rain'], total: 1 });
      expect(await found('q=fengmian', 'officer1', 'CUSTOMS_OFFICER')).toEqual({
        keys: ['rain', 'spring'],
        total: 2,
      });
      expect((await found('q=fengmian', 'admin', 'ADMIN')).total).toBe(2);
      expect(await found('q=fengmian', 'nobody')).toEqual({ keys: [], total: 0 });
      expect((await catalog.request('/artworks')).status).toBe(401);
    });

    it('answers 400 naming each bad parameter', async () => {
      const { status, body } = await search(
        'page=0&pageSize=101&status=LOST&category=OIL&yearFrom=1.5&yearTo=abc&sort=title',
      );
      expect(status).toBe(400);
      expect((body as unknown as { message: string[] }).message).toEqual(
        expect.arrayContaining([
          'page must not be less than 1',
          'pageSize must not be greater than 100',
          'status must be one of AVAILABLE, RESERVED, IN_TRANSIT, EXPORTED, ON_LOAN',
          expect.stringMatching(/^category must be one of PAINTING, /),
          'yearFrom must be an integer number',
          'yearTo must be an integer number',
          'sort: property sort should not exist',
        ]),
      );
      for (const [query, message] of [
        ['yearFrom=1990&yearTo=1980', 'yearTo must not be before yearFrom'],
        ['q=%3F%3F%3F', 'q must contain at least one letter or digit'],
        ['pageSize=abc', 'pageSize must be an integer number'],
      ]) {
        const answer = await search(query);
        expect([answer.status, (answer.body as unknown as { message: string[] }).message]).toEqual([
          400,
          expect.arrayContaining([message]),
        ]);
      }
    });
  });
});
