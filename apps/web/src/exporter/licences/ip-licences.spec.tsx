import type { BodyOf } from '@artbridge/public-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen, type FakeRoute } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import type { Artwork, ArtworkPage, IpLicence, IpLicencePage } from '../shared/api-types';
import { artwork } from '../testing/exporter.fixture';

jest.setTimeout(20_000);

const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };
const LICENCE_ID = '019a0000-0000-7000-8000-00000000c001';
const PRODUCT_ID = '019a0000-0000-7000-8000-00000000c0a1';

const licence = (patch: Partial<IpLicence> = {}): IpLicence => ({
  id: LICENCE_ID,
  licenseeId: 'exporter1',
  licensor: 'Palace Museum',
  sourceItem: {
    title: 'Along the River During the Qingming Festival',
    artist: 'Zhang Zeduan',
    institutionRef: 'GUGONG-00005',
  },
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  territories: ['CN', 'HK', 'MO'],
  royaltyRate: '8.5',
  status: 'ACTIVE',
  registeredAt: '2026-11-20T08:00:00.000Z',
  ...patch,
});

const bad = (...message: string[]) => ({ status: 400, json: { statusCode: 400, message } });

function open(route: string, ...routes: FakeRoute[]) {
  const api = fakeApi(...routes);
  renderScreen(<ExporterRoutes />, {
    route,
    path: '/exporter/*',
    user: EXPORTER,
    fetch: api.fetch,
  });
  return api;
}

const setup = () => userEvent.setup({ delay: null, pointerEventsCheck: 0 });

async function fill(user: ReturnType<typeof setup>, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const invalid = (label: string) => screen.getByLabelText(label).getAttribute('aria-invalid');

describe('the licences list', () => {
  it('lists the exporter’s licences, page by page, each a link to it', async () => {
    const api = open(
      '/exporter/licences',
      on('GET', '/catalog/ip-licences', () => ({
        json: {
          items: [
            licence(),
            licence({
              id: 'other',
              sourceItem: { title: 'Dwelling in the Fuchun Mountains', institutionRef: 'X-1' },
              territories: ['WORLD'],
              status: 'EXPIRED',
            }),
          ],
          total: 2,
          page: 1,
          pageSize: 20,
        } satisfies IpLicencePage,
      })),
    );
    const table = await screen.findByRole('table', { name: 'Licences: 2' });
    expect(api.calls[0].path).toBe('/catalog/ip-licences?page=1&pageSize=20');
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first).getByRole('link').getAttribute('href')).toBe(
      `/exporter/licences/${LICENCE_ID}`,
    );
    expect(within(first).getByText('Palace Museum')).toBeTruthy();
    expect(within(first).getByText(/^China \(CN\), .* \(HK\), .* \(MO\)$/)).toBeTruthy();
    expect(within(first).getByText('8.5 %')).toBeTruthy();
    expect(within(first).getByText('Valid')).toBeTruthy();
    expect(within(second).getByText('Worldwide')).toBeTruthy();
    expect(within(second).getByText('Expired')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Register a licence' })).toBeTruthy();
  });

  it('says so when there are none', async () => {
    open(
      '/exporter/licences',
      on('GET', '/catalog/ip-licences', () => ({
        json: { items: [], total: 0, page: 1, pageSize: 20 } satisfies IpLicencePage,
      })),
    );
    expect(await screen.findByText('No licences registered yet.')).toBeTruthy();
  });
});

describe('registering a licence', () => {
  it('shows each refusal next to its field, keeps everything typed, then registers it', async () => {
    let answers = 0;
    const api = open(
      '/exporter/licences/new',
      on('POST', '/catalog/ip-licences', () =>
        ++answers === 1
          ? bad(
              'sourceItem.institutionRef must be longer than or equal to 1 characters',
              'validTo must not be before validFrom',
              'territories must hold ISO 3166-1 alpha-2 country codes such as CN, FR, GB, or just WORLD',
              'royaltyRate must be a percentage from 0 to 100 as a decimal string with at most 4 decimals, such as "8.5"',
            )
          : { status: 201, json: licence() },
      ),
      on('GET', `/catalog/ip-licences/${LICENCE_ID}`, () => ({ json: licence() })),
    );
    const user = setup();
    await screen.findByRole('form', { name: 'Register a licence' });
    await fill(user, 'Licensor', 'Palace Museum');
    await fill(user, 'Title of the licensed item', 'Along the River During the Qingming Festival');
    await user.type(screen.getByLabelText('Valid from'), '2026-01-01');
    await user.type(screen.getByLabelText('Valid until'), '2025-12-31');
    await fill(user, 'Royalty rate (%)', '8,5');
    await fill(user, 'Countries', 'cn, hk;  XX');
    await user.click(screen.getByRole('button', { name: 'Register licence' }));

    expect(await screen.findByText('must be longer than or equal to 1 characters')).toBeTruthy();
    expect(api.calls[0].body).toEqual({
      licensor: 'Palace Museum',
      sourceItem: { title: 'Along the River During the Qingming Festival', institutionRef: '' },
      validFrom: '2026-01-01',
      validTo: '2025-12-31',
      territories: ['CN', 'HK', 'XX'],
      royaltyRate: '8,5',
    });
    for (const label of [
      'Accession or inventory number',
      'Valid until',
      'Countries',
      'Royalty rate (%)',
    ])
      expect({ label, invalid: invalid(label) }).toEqual({ label, invalid: 'true' });
    expect(invalid('Licensor')).toBeNull();
    expect(screen.getByText('must not be before validFrom')).toBeTruthy();
    // the keyboard goes to the first field to fix
    expect(document.activeElement).toBe(screen.getByLabelText('Accession or inventory number'));
    // nothing typed is lost
    expect(value('Licensor')).toBe('Palace Museum');
    expect(value('Valid from')).toBe('2026-01-01');
    expect(value('Valid until')).toBe('2025-12-31');
    expect(value('Countries')).toBe('cn, hk;  XX');
    expect(value('Royalty rate (%)')).toBe('8,5');

    await user.paste('GUGONG-00005');
    await user.clear(screen.getByLabelText('Valid until'));
    await user.type(screen.getByLabelText('Valid until'), '2027-12-31');
    await user.clear(screen.getByLabelText('Royalty rate (%)'));
    await fill(user, 'Royalty rate (%)', '8.5');
    await user.click(screen.getByRole('checkbox', { name: 'Worldwide' }));
    expect(screen.queryByLabelText('Countries')).toBeNull();
    await fill(user, 'Artist of the item', '  Zhang Zeduan ');
    await user.click(screen.getByRole('button', { name: 'Register licence' }));

    expect(
      await screen.findByText('Licence registered. You can now register its products.'),
    ).toBeTruthy();
    expect(api.calls[1].body).toEqual({
      licensor: 'Palace Museum',
      sourceItem: {
        title: 'Along the River During the Qingming Festival',
        artist: 'Zhang Zeduan',
        institutionRef: 'GUGONG-00005',
      },
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      territories: ['WORLD'],
      royaltyRate: '8.5',
    } satisfies BodyOf<'catalog_IpLicencesController_register'>);
    expect(
      await screen.findByRole('heading', {
        name: 'Licence: Along the River During the Qingming Festival',
      }),
    ).toBeTruthy();
  });
});

describe('a licence refused in Simplified Chinese', () => {
  it('shows the service’s messages in Chinese under their fields, and the rest above the button', async () => {
    const api = fakeApi(
      on('POST', '/catalog/ip-licences', () =>
        bad(
          'sourceItem.institutionRef must be longer than or equal to 1 characters',
          'validTo must not be before validFrom',
          'royaltyRate must be a percentage from 0 to 100 as a decimal string with at most 4 decimals, such as "8.5"',
          'colour: property colour should not exist',
          'territories must not name XX twice',
        ),
      ),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/licences/new',
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
      language: 'zh-CN',
    });
    const user = setup();
    await screen.findByRole('form', { name: '登记授权' });
    await fill(user, '授权方', 'Palace Museum');
    await fill(user, '授权藏品名称', 'Along the River During the Qingming Festival');
    await user.type(screen.getByLabelText('生效日期'), '2026-01-01');
    await user.type(screen.getByLabelText('截止日期'), '2025-12-31');
    await fill(user, '版税率（%）', '8,5');
    await fill(user, '国家或地区', 'CN');
    await user.click(screen.getByRole('button', { name: '登记授权' }));

    const errorsOf = (label: string) =>
      screen.getByLabelText(label).closest('.field')!.querySelector('.field-errors')?.textContent;
    expect(await screen.findByText('长度不能少于 1 个字符')).toBeTruthy();
    expect(errorsOf('藏品登记号或总登记号')).toBe('长度不能少于 1 个字符');
    // another field's name inside a message is the API's, as sent
    expect(errorsOf('截止日期')).toBe('不能早于 validFrom');
    expect(errorsOf('版税率（%）')).toBe(
      '必须是 0 到 100 之间的百分比，以十进制字符串表示，最多 4 位小数，如“8.5”',
    );
    // a message of no known shape is shown as sent, never dropped
    expect(errorsOf('国家或地区')).toBe('must not name XX twice');
    // a field the form has no input for: above the button, with its path
    expect(screen.getByText('colour: 不允许有属性 colour').closest('.form-error')).toBeTruthy();
    expect(document.body.textContent).not.toContain('must be longer than or equal to');
  });
});

describe('registering a product under a licence', () => {
  const product: Artwork = artwork({
    id: PRODUCT_ID,
    title: 'Qingming silk scarf',
    category: 'REPRODUCTION',
    handExecuted: false,
    value: { amount: '680.00', currency: 'CNY' },
    sku: 'PM-QM-SCARF-01',
    productType: 'SILK_SCARF',
    ipLicence: { id: LICENCE_ID, licensor: 'Palace Museum', royaltyRate: '8.5' },
    royaltyPerUnit: { amount: '57.80', currency: 'CNY' },
  });

  it('keeps what was typed after a refusal, each message by its field, then registers it', async () => {
    const answers = [
      bad(
        'productType must be an upper-case code such as PRINT, SCARF, BOOK',
        'unitValue.currency must be an ISO 4217 currency code such as EUR, CNY, JPY',
      ),
      // the catalog's rules speak of the entry's `value`: the form's unit value
      bad(
        'value.amount must not be negative',
        'materials.0.acquiredYear must not be after the work was made (2026)',
      ),
      {
        status: 409,
        json: {
          statusCode: 409,
          message: 'sku PM-QM-SCARF-01 is already registered (artwork 019a)',
        },
      },
      { status: 201, json: product },
    ];
    const api = open(
      `/exporter/licences/${LICENCE_ID}`,
      on('GET', `/catalog/ip-licences/${LICENCE_ID}`, () => ({ json: licence() })),
      on('POST', `/catalog/ip-licences/${LICENCE_ID}/products`, () => answers.shift()!),
    );
    const user = setup();
    const form = await screen.findByRole('form', { name: 'Register a product under this licence' });
    expect(within(form).getByLabelText('SKU')).toBeTruthy();
    await fill(user, 'SKU', 'PM-QM-SCARF-01');
    await fill(user, 'Product title', 'Qingming silk scarf');
    await fill(user, 'Product type', 'silk scarf');
    await fill(user, 'Unit value', '680.00');
    await fill(user, 'Currency', 'cnx');
    await fill(user, 'Country of origin', 'cn');
    const submit = screen.getByRole('button', { name: 'Register product' });

    await user.click(submit);
    expect(
      await screen.findByText('must be an upper-case code such as PRINT, SCARF, BOOK'),
    ).toBeTruthy();
    expect(invalid('Product type')).toBe('true');
    expect(invalid('Currency')).toBe('true');
    expect(api.calls.at(-1)!.body).toEqual({
      sku: 'PM-QM-SCARF-01',
      title: 'Qingming silk scarf',
      productType: 'SILK_SCARF',
      unitValue: { amount: '680.00', currency: 'CNX' },
      originCountry: 'CN',
    } satisfies BodyOf<'catalog_IpLicencesController_registerProduct'>);
    expect(value('Product type')).toBe('silk scarf');
    expect(value('Currency')).toBe('cnx');

    await user.clear(screen.getByLabelText('Currency'));
    await fill(user, 'Currency', 'CNY');
    await user.click(screen.getByRole('button', { name: 'Add material' }));
    await fill(user, 'Material', 'SILK');
    await fill(user, 'Acquired (year)', '2030');
    await user.click(submit);
    expect(await screen.findByText('must not be negative')).toBeTruthy();
    expect(invalid('Unit value')).toBe('true');
    expect(invalid('Acquired (year)')).toBe('true');
    expect(invalid('Currency')).toBeNull();
    expect(api.calls.at(-1)!.body).toMatchObject({
      unitValue: { amount: '680.00', currency: 'CNY' },
      materials: [{ material: 'SILK', acquiredYear: 2030 }],
    });

    await user.click(screen.getByRole('button', { name: 'Remove material 1' }));
    await user.click(submit);
    expect(
      await screen.findByText('PM-QM-SCARF-01 is already registered (artwork 019a)'),
    ).toBeTruthy();
    expect(invalid('SKU')).toBe('true');
    expect(value('SKU')).toBe('PM-QM-SCARF-01');

    await user.click(submit);
    const done = await screen.findByText(
      'Product PM-QM-SCARF-01 registered; royalty per unit: CN¥57.80.',
      { exact: false },
    );
    expect(within(done).getByRole('link', { name: 'See the product' }).getAttribute('href')).toBe(
      `/exporter/artworks/${PRODUCT_ID}`,
    );
    // ready for the next product
    expect(value('SKU')).toBe('');
    expect(invalid('SKU')).toBeNull();
  });

  it("lists the licence's products, and the new one once registered", async () => {
    const registered: Artwork[] = [];
    const api = open(
      `/exporter/licences/${LICENCE_ID}`,
      on('GET', `/catalog/ip-licences/${LICENCE_ID}`, () => ({ json: licence() })),
      on('GET', '/catalog/artworks', () => ({
        json: { items: registered, total: registered.length } satisfies ArtworkPage,
      })),
      on('POST', `/catalog/ip-licences/${LICENCE_ID}/products`, () => {
        registered.push(product);
        return { status: 201, json: product };
      }),
    );
    expect(await screen.findByText('No products registered under this licence yet.')).toBeTruthy();
    expect(api.calls.find((call) => call.path.startsWith('/catalog/artworks'))!.path).toBe(
      `/catalog/artworks?ipLicenceId=${LICENCE_ID}&pageSize=100`,
    );

    const user = setup();
    await fill(user, 'SKU', 'PM-QM-SCARF-01');
    await fill(user, 'Product title', 'Qingming silk scarf');
    await fill(user, 'Product type', 'SCARF');
    await fill(user, 'Unit value', '680.00');
    await fill(user, 'Currency', 'CNY');
    await fill(user, 'Country of origin', 'CN');
    await user.click(screen.getByRole('button', { name: 'Register product' }));

    const list = await screen.findByRole('table');
    const row = within(list).getByRole('row', { name: /PM-QM-SCARF-01/ });
    expect(
      within(row).getByRole('link', { name: 'Qingming silk scarf' }).getAttribute('href'),
    ).toBe(`/exporter/artworks/${PRODUCT_ID}`);
    expect(within(row).getByText('CN¥57.80')).toBeTruthy();
  });

  it('explains why a licence out of its period takes no product', async () => {
    open(
      `/exporter/licences/${LICENCE_ID}`,
      on('GET', `/catalog/ip-licences/${LICENCE_ID}`, () => ({
        json: licence({ status: 'EXPIRED', validTo: '2025-12-31', validFrom: '2025-01-01' }),
      })),
    );
    expect(
      await screen.findByText(
        'Products can be registered only while the licence is valid, from Jan 1, 2025 to Dec 31, 2025.',
      ),
    ).toBeTruthy();
    expect(
      screen.queryByRole('form', { name: 'Register a product under this licence' }),
    ).toBeNull();
  });

  it('is in Simplified Chinese when asked', async () => {
    const api = fakeApi(
      on('GET', `/catalog/ip-licences/${LICENCE_ID}`, () => ({ json: licence() })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/licences/${LICENCE_ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
      language: 'zh-CN',
    });
    expect(await screen.findByRole('form', { name: '在此授权下登记产品' })).toBeTruthy();
    expect(screen.getByLabelText('产品类型')).toBeTruthy();
    expect(screen.getByText('8.5%')).toBeTruthy();
  });
});
