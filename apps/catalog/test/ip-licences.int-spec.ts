import { randomUUID } from 'node:crypto';
import {
  ArtworkRegistered,
  ArtworksReserved,
  IpLicenceRegistered,
  IpProductRegistered,
  ReserveArtworks,
  ReserveArtworksV1,
} from '@artbridge/contracts';
import { readJson } from '@artbridge/platform-testing';
import { shanShui } from './artworks.fixtures';
import { CatalogHarness } from './catalog-harness';

interface Licence {
  id: string;
  licenseeId: string;
  licensor: string;
  sourceItem: { title: string; artist?: string; institutionRef: string };
  validFrom: string;
  validTo: string;
  territories: string[];
  royaltyRate: string;
  status: string;
  registeredAt: string;
}

interface Product {
  id: string;
  status: string;
  category: string;
  handExecuted: boolean;
  sku: string;
  productType: string;
  ipLicence: { id: string; licensor: string; royaltyRate: string };
  royaltyPerUnit: { amount: string; currency: string };
  [key: string]: unknown;
}

const DAY_MS = 86_400_000;
/** The UTC calendar date `days` from now. */
const day = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** A licence from the Palace Museum for Greater China, valid from a month ago for a year. */
const palaceLicence = (overrides: Record<string, unknown> = {}) => ({
  licensor: 'The Palace Museum',
  sourceItem: {
    title: 'Along the River During the Qingming Festival',
    artist: 'Zhang Zeduan',
    institutionRef: 'Xin 00005317',
  },
  validFrom: day(-30),
  validTo: day(365),
  territories: ['CN', 'HK', 'MO'],
  royaltyRate: '8.5',
  ...overrides,
});

const scarf = (overrides: Record<string, unknown> = {}) => ({
  sku: `PM-QM-SCARF-${randomUUID().slice(0, 8)}`,
  title: 'Qingming silk scarf',
  productType: 'SCARF',
  unitValue: { amount: '680.00', currency: 'CNY' },
  originCountry: 'CN',
  materials: [{ material: 'silk', weightGrams: 60, volumePercent: 95 }],
  ...overrides,
});

describe('catalog: IP licences and their products (real PostgreSQL and Kafka)', () => {
  const harness = new CatalogHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());
  const { context } = harness;

  const exporter1 = () => context.auth('exporter1', 'EXPORTER');

  const post = async (path: string, json: unknown, headers = exporter1()) => {
    const response = await harness.service.request(path, { method: 'POST', json, headers });
    return { status: response.status, body: await readJson<Record<string, unknown>>(response) };
  };
  const get = async (path: string, headers = exporter1()) => {
    const response = await harness.service.request(path, { headers });
    return { status: response.status, body: await readJson<Record<string, unknown>>(response) };
  };

  const registerLicence = async (
    overrides: Record<string, unknown> = {},
    headers = exporter1(),
  ) => {
    const { status, body } = await post('/ip-licences', palaceLicence(overrides), headers);
    expect(status).toBe(201);
    return body as unknown as Licence;
  };
  const registerProduct = async (licenceId: string, body: Record<string, unknown> = scarf()) => {
    const response = await post(`/ip-licences/${licenceId}/products`, body);
    expect(response.status).toBe(201);
    return response.body as unknown as Product;
  };

  const eventsAbout = (subject: string, count = 1) => harness.eventsAbout(subject, count);

  /** A reservation as logistics' saga sends it, and the answer it caused. */
  const reserve = (command: Omit<ReserveArtworksV1, 'exporterId'>) =>
    harness.ask(ReserveArtworks, { exporterId: 'exporter1', ...command });

  it('registers a licence and a product under it: a REPRODUCTION entry with its SKU, licence and royalty', async () => {
    const licence = await registerLicence();
    expect(licence).toEqual({
      id: expect.any(String),
      licenseeId: 'exporter1',
      licensor: 'The Palace Museum',
      sourceItem: {
        title: 'Along the River During the Qingming Festival',
        artist: 'Zhang Zeduan',
        institutionRef: 'Xin 00005317',
      },
      validFrom: day(-30),
      validTo: day(365),
      territories: ['CN', 'HK', 'MO'],
      royaltyRate: '8.5',
      status: 'ACTIVE',
      registeredAt: expect.any(String),
    });
    expect((await get(`/ip-licences/${licence.id}`)).body).toEqual(licence);
    const [announced] = await eventsAbout(licence.id);
    expect(announced).toMatchObject({
      type: IpLicenceRegistered.type,
      payload: {
        licenceId: licence.id,
        licenseeId: 'exporter1',
        territories: ['CN', 'HK', 'MO'],
        royaltyRate: '8.5',
      },
    });

    const body = scarf();
    const product = await registerProduct(licence.id, body);
    expect(product).toMatchObject({
      status: 'AVAILABLE',
      exporterId: 'exporter1',
      title: 'Qingming silk scarf',
      artist: { name: 'Zhang Zeduan' },
      creationYear: new Date().getUTCFullYear(),
      category: 'REPRODUCTION',
      handExecuted: false,
      materials: [{ material: 'silk', weightGrams: 60, volumePercent: 95 }],
      value: { amount: '680.00', currency: 'CNY' },
      ownedByCreator: true,
      originCountry: 'CN',
      sku: body.sku,
      productType: 'SCARF',
      ipLicence: { id: licence.id, licensor: 'The Palace Museum', royaltyRate: '8.5' },
      // 680.00 × 8.5 % = 57.80
      royaltyPerUnit: { amount: '57.80', currency: 'CNY' },
    });
    // the artwork view shows the same, one by one and in a search
    expect((await get(`/artworks/${product.id}`)).body).toEqual(product);
    const found = await get('/artworks?category=REPRODUCTION&q=Qingming&pageSize=100');
    expect((found.body.items as Product[]).find((item) => item.id === product.id)).toEqual(product);
    // announced like any artwork, and as a product with its royalty
    const announcements = await eventsAbout(product.id, 2);
    expect(announcements.map((event) => event.type).sort()).toEqual(
      [ArtworkRegistered.type, IpProductRegistered.type].sort(),
    );
    expect(announcements.find((e) => e.type === IpProductRegistered.type)!.payload).toEqual({
      artworkId: product.id,
      licenceId: licence.id,
      exporterId: 'exporter1',
      sku: body.sku,
      title: 'Qingming silk scarf',
      productType: 'SCARF',
      unitValue: { amount: '680.00', currency: 'CNY' },
      royaltyRate: '8.5',
      royaltyPerUnit: { amount: '57.80', currency: 'CNY' },
      registeredAt: product.registeredAt,
    });

    // one SKU once
    const again = await post(`/ip-licences/${licence.id}/products`, body);
    expect(again.status).toBe(409);
    expect(again.body.message).toBe(
      `sku ${body.sku} is already registered (artwork ${product.id})`,
    );
  });

  it("lists a licence's products through the artworks search (ipLicenceId)", async () => {
    const licence = await registerLicence();
    const other = await registerLicence();
    const scarfOne = await registerProduct(licence.id);
    const scarfTwo = await registerProduct(licence.id, scarf({ title: 'Qingming fan' }));
    await registerProduct(other.id);
    await post('/artworks', shanShui);

    const listed = await get(`/artworks?ipLicenceId=${licence.id}&pageSize=100`);
    expect(listed.status).toBe(200);
    const items = listed.body.items as Product[];
    expect(items.map((item) => item.id).sort()).toEqual([scarfOne.id, scarfTwo.id].sort());
    expect(items.every((item) => item.ipLicence.id === licence.id)).toBe(true);
    expect(listed.body.total).toBe(2);

    const bad = await get('/artworks?ipLicenceId=scarves');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(['ipLicenceId must be a UUID']);
  });

  it('refuses a product outside the licence period: 409 with the reason', async () => {
    const future = await registerLicence({ validFrom: day(10), validTo: day(400) });
    expect(future.status).toBe('NOT_YET_VALID');
    const early = await post(`/ip-licences/${future.id}/products`, scarf());
    expect(early.status).toBe(409);
    expect(early.body.message).toBe(
      `a product can be registered only while its licence is valid: licence ${future.id} is not valid yet on ${day(0)}: it runs from ${day(10)} to ${day(400)}`,
    );

    const expired = await registerLicence({ validFrom: day(-400), validTo: day(-1) });
    expect(expired.status).toBe('EXPIRED');
    const late = await post(`/ip-licences/${expired.id}/products`, scarf());
    expect(late.status).toBe(409);
    expect(late.body.message).toBe(
      `a product can be registered only while its licence is valid: licence ${expired.id} expired on ${day(-1)}: it ran from ${day(-400)}, today is ${day(0)}`,
    );
    // nothing stored
    const stored = await harness.db.query(
      `SELECT count(*)::int AS count FROM ip_product WHERE licence_id = ANY($1)`,
      [[future.id, expired.id]],
    );
    expect(stored).toEqual([{ count: 0 }]);
  });

  it("shows an exporter its own licences only: another's is 404, also for products", async () => {
    const mine = await registerLicence();
    const theirs = await registerLicence({}, context.auth('exporter2', 'EXPORTER'));

    expect((await get(`/ip-licences/${theirs.id}`)).status).toBe(404);
    expect((await get(`/ip-licences/${randomUUID()}`)).status).toBe(404);
    expect((await post(`/ip-licences/${theirs.id}/products`, scarf())).status).toBe(404);

    const list = await get('/ip-licences?pageSize=100');
    const ids = (list.body.items as Licence[]).map((licence) => licence.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect((list.body.items as Licence[]).every((l) => l.licenseeId === 'exporter1')).toBe(true);
    expect(list.body).toMatchObject({ total: ids.length, page: 1, pageSize: 100 });
    // newest first
    expect(ids.indexOf(mine.id)).toBe(0);

    // other roles see every licence, but only an exporter registers them
    const officer = context.auth('officer1', 'CUSTOMS_OFFICER');
    expect((await get(`/ip-licences/${theirs.id}`, officer)).status).toBe(200);
    expect((await post('/ip-licences', palaceLicence(), officer)).status).toBe(403);
  });

  it('bad input is 400 naming the field, never 500', async () => {
    const bad = await post('/ip-licences', {
      ...palaceLicence(),
      licensor: ' ',
      sourceItem: { title: 'x' },
      validFrom: '2026-02-30',
      validTo: 'next year',
      territories: ['CN', 'XX'],
      royaltyRate: 8.5,
      extra: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([
      'extra: property extra should not exist',
      'licensor must not be blank',
      'sourceItem.institutionRef must be longer than or equal to 1 characters',
      'sourceItem.institutionRef must be a string',
      'validTo must be a date YYYY-MM-DD',
      'territories must hold ISO 3166-1 alpha-2 country codes such as CN, FR, GB, or just WORLD',
      'royaltyRate must be a percentage from 0 to 100 as a decimal string with at most 4 decimals, such as "8.5"',
    ]);
    const rules = await post(
      '/ip-licences',
      palaceLicence({
        validFrom: '2026-02-30',
        validTo: '2025-01-01',
        territories: ['WORLD', 'FR'],
      }),
    );
    expect(rules.status).toBe(400);
    expect(rules.body.message).toEqual([
      'validFrom must be a calendar date YYYY-MM-DD',
      'territories must be either ["WORLD"] or a list of countries, not both',
    ]);
    const backwards = await post('/ip-licences', palaceLicence({ validTo: day(-31) }));
    expect(backwards.body.message).toEqual(['validTo must not be before validFrom']);
    expect((await post('/ip-licences', palaceLicence({ royaltyRate: '100.5' }))).status).toBe(400);
    expect((await post('/ip-licences', { licensor: 'x' })).status).toBe(400);

    const licence = await registerLicence();
    const badProduct = await post(`/ip-licences/${licence.id}/products`, {
      sku: 'no spaces',
      title: 'Scarf',
      productType: 'scarf',
      unitValue: { amount: '12.345', currency: 'CNY' },
      originCountry: 'China',
    });
    expect(badProduct.status).toBe(400);
    expect(badProduct.body.message).toEqual([
      'sku must start with a letter or digit and hold only letters, digits and . _ / -',
      'productType must be an upper-case code such as PRINT, SCARF, BOOK',
      "unitValue.amount '12.345' has 3 decimals but CNY has 2",
      'originCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
    ]);
    const noValue = await post(`/ip-licences/${licence.id}/products`, {
      ...scarf(),
      unitValue: undefined,
    });
    expect(noValue.status).toBe(400);
    expect(noValue.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^unitValue/)]),
    );
    expect((await post('/ip-licences/not-a-uuid/products', scarf())).status).toBe(400);

    // an array where a material belongs was taken, then failed registering it (a 500)
    for (const materials of [[[{ material: 'silk' }]], [[]]]) {
      const nested = await post(`/ip-licences/${licence.id}/products`, scarf({ materials }));
      expect(nested).toEqual({
        status: 400,
        body: expect.objectContaining({
          message: ['materials: each item of materials must be an object'],
        }),
      });
    }
    const blankMaterial = await post(
      `/ip-licences/${licence.id}/products`,
      scarf({ materials: [{ material: ' ' }] }),
    );
    expect(blankMaterial).toEqual({
      status: 400,
      body: expect.objectContaining({ message: ['materials.0.material must not be blank'] }),
    });
  });

  it('refuses to reserve a product for a country outside its territories, naming it; inside, reserves', async () => {
    const licence = await registerLicence();
    const product = await registerProduct(licence.id);
    const painting = (await post('/artworks', shanShui)).body as { id: string };

    const toParis = randomUUID();
    const refused = await reserve({
      shipmentId: toParis,
      artworkIds: [product.id, painting.id],
      destinationCountry: 'FR',
      purpose: 'SALE',
    });
    expect(refused).toMatchObject({
      type: 'catalog.artworks.reservation-refused',
      subject: toParis,
      payload: {
        shipmentId: toParis,
        refused: [
          {
            artworkId: product.id,
            reason: 'NOT_LICENSED',
            detail: `artwork ${product.id} (SKU ${product.sku}) may not be shipped to FR: licence ${licence.id} covers CN, HK, MO only`,
          },
        ],
      },
    });
    // all or nothing: neither is held
    expect((await get(`/artworks/${product.id}`)).body.status).toBe('AVAILABLE');
    expect((await get(`/artworks/${painting.id}`)).body.status).toBe('AVAILABLE');

    // no destination given (an older sender): a licence limited to some countries cannot be checked
    const unknown = await reserve({ shipmentId: randomUUID(), artworkIds: [product.id] });
    expect(unknown.payload).toMatchObject({ refused: [{ reason: 'NOT_LICENSED' }] });

    const toHongKong = randomUUID();
    const reserved = await reserve({
      shipmentId: toHongKong,
      artworkIds: [product.id],
      destinationCountry: 'HK',
      purpose: 'SALE',
    });
    expect(reserved.type).toBe(ArtworksReserved.type);
    expect(reserved.payload).toMatchObject({
      artworks: [
        {
          artworkId: product.id,
          attributes: { category: 'REPRODUCTION', handExecuted: false, title: product.title },
        },
      ],
    });
    expect((await get(`/artworks/${product.id}`)).body).toMatchObject({
      status: 'RESERVED',
      shipmentId: toHongKong,
    });
  });
});
