import type { BodyOf } from '@artbridge/public-api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '../../api/assessment.types';
import { fakeApi, on, renderScreen, type FakeRoute } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import type { ArtworkPage, SubmittedShipment } from '../shared/api-types';
import { artwork as artworkFixture, shipment } from '../testing/exporter.fixture';

// a big form in jsdom: role queries and events over many inputs take their time
jest.setTimeout(20_000);

const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };
const SHIPMENT_ID = '019a0000-0000-7000-8000-00000000b001';

const artwork = (id: string, title: string, creationYear: number) =>
  artworkFixture({ id, title, creationYear, technique: 'INK' });

const AUTUMN = artwork('019a0000-0000-7000-8000-0000000000a1', 'Autumn', 1945);
const WINTER = artwork('019a0000-0000-7000-8000-0000000000a2', 'Winter', 1960);

const ASSESSMENT: Assessment = {
  outcome: 'REVIEW',
  date: '2026-11-24',
  ruleBookVersion: '2026.1',
  items: [
    {
      hsCode: '9701.91',
      outcome: 'REVIEW',
      findings: [
        {
          ruleId: 'CN-EXIT-1949',
          ruleVersion: 1,
          effect: 'LICENCE_REQUIRED',
          message: 'a work made before 1949 needs an exit permit',
          source: 'Cultural Relics Protection Law, art. 60',
          licence: 'CN_EXIT_PERMIT',
        },
      ],
      licencesRequired: ['CN_EXIT_PERMIT'],
    },
  ],
  duties: {
    currency: 'EUR',
    customsValue: { amount: '48000.00', currency: 'EUR' },
    duty: { amount: '0.00', currency: 'EUR' },
    vat: { amount: '2640.00', currency: 'EUR' },
    total: { amount: '2640.00', currency: 'EUR' },
    complete: true,
    lines: [
      {
        status: 'COMPUTED',
        itemIndex: 0,
        hsCode: '9701.91',
        customsValue: { amount: '48000.00', currency: 'EUR' },
        dutyRate: { ruleId: 'EU-CN-9701', ruleVersion: 1, percent: '0' },
        vatRate: { ruleId: 'FR-VAT-ART', ruleVersion: 1, percent: '5.5' },
        duty: { amount: '0.00', currency: 'EUR' },
        vat: { amount: '2640.00', currency: 'EUR' },
        total: { amount: '2640.00', currency: 'EUR' },
      },
    ],
  },
};

const available: FakeRoute = on('GET', '/catalog/artworks', (call) => {
  expect(call.path).toContain('status=AVAILABLE');
  return { json: { items: [AUTUMN, WINTER], total: 2 } satisfies ArtworkPage };
});

function open(route: string, ...routes: FakeRoute[]) {
  const api = fakeApi(...routes, available);
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

async function fillTerms(user: ReturnType<typeof setup>) {
  await user.click(await screen.findByRole('checkbox', { name: 'Autumn' }));
  await fill(user, 'Consignee name', 'Galerie Lumière');
  await fill(user, 'Consignee country', 'fr');
  await fill(user, 'Consignee address', '1 rue de Rivoli, 75001 Paris');
  await fill(user, 'Origin country', 'CN');
  await fill(user, 'Origin place', 'Shanghai');
  await fill(user, 'Destination country', 'FR');
  await fill(user, 'Destination place', 'Paris');
  await user.selectOptions(screen.getByLabelText('Incoterm'), 'CIP');
  await fill(user, 'Incoterm place', 'Paris');
  await fill(user, 'Price', '48000.00');
  await fill(user, 'Price currency', 'EUR');
}

describe('creating a shipment', () => {
  it('pre-checks the chosen artwork with customs, then submits the exact shipment', async () => {
    const api = open(
      '/exporter/shipments/new',
      on('POST', '/customs/assessments', () => ({ json: ASSESSMENT })),
      on('POST', '/logistics/shipments', () => ({
        status: 201,
        json: { id: SHIPMENT_ID, status: 'SUBMITTED' } satisfies SubmittedShipment,
      })),
      on('GET', `/logistics/shipments/${SHIPMENT_ID}`, () => ({
        json: shipment({
          id: SHIPMENT_ID,
          status: 'SUBMITTED',
          artworkIds: [AUTUMN.id],
          submittedAt: '2026-11-24T10:00:00.000Z',
        }),
      })),
      on('GET', `/catalog/artworks/${AUTUMN.id}`, () => ({ json: AUTUMN })),
    );
    const user = setup();
    await fillTerms(user);
    await user.selectOptions(screen.getByLabelText('Insurance clauses'), 'A');
    await user.click(screen.getByRole('button', { name: 'Insure for 110 % of the price' }));
    expect((screen.getByLabelText('Insured value') as HTMLInputElement).value).toBe('52800.00');

    await user.click(screen.getByRole('button', { name: 'Add package' }));
    const crate = screen.getByRole('group', { name: 'Package 1' });
    await user.selectOptions(within(crate).getByLabelText('Material'), 'SOLID_WOOD');
    await user.click(within(crate).getByLabelText('ISPM 15 marked'));
    for (const [label, text] of [
      ['Gross weight (kg)', '35'],
      ['Length (cm)', '120'],
      ['Width (cm)', '20'],
      ['Height (cm)', '90'],
    ]) {
      await user.click(within(crate).getByLabelText(label));
      await user.paste(text);
    }

    // the pre-check, before anything is submitted
    await user.click(screen.getByRole('button', { name: 'Pre-check customs' }));
    const result = await screen.findByRole('region', { name: 'Pre-check result' });
    const precheck = api.calls.find((call) => call.path === '/customs/assessments')!;
    expect(precheck.body).toEqual({
      exportCountry: 'CN',
      importCountry: 'FR',
      purpose: 'SALE',
      items: [
        {
          title: 'Autumn',
          artist: { name: 'Lin Fengmian', birthYear: 1900, deathYear: 1991 },
          creationYear: 1945,
          category: 'PAINTING',
          technique: 'INK',
          handExecuted: true,
          value: { amount: '48000.00', currency: 'EUR' },
          ownedByCreator: false,
          originCountry: 'CN',
        },
      ],
    } satisfies BodyOf<'customs_AssessmentsController_assess'>);
    expect(within(result).getByText('Needs review')).toBeTruthy();
    expect(within(result).getByText('CN-EXIT-1949')).toBeTruthy();
    expect(within(result).getByText('Cultural Relics Protection Law, art. 60')).toBeTruthy();
    expect(within(result).getByText('Licences required: CN_EXIT_PERMIT')).toBeTruthy();
    expect(within(result).getByRole('region', { name: 'Autumn' })).toBeTruthy();
    expect(within(result).getByRole('region', { name: 'Duties and taxes' })).toBeTruthy();
    expect(api.calls.some((call) => call.path === '/logistics/shipments')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Submit shipment' }));
    expect(
      await screen.findByText('Shipment submitted. Its journey is followed below.'),
    ).toBeTruthy();
    const submitted = api.calls.find(
      (call) => call.method === 'POST' && call.path === '/logistics/shipments',
    )!;
    expect(submitted.body).toEqual({
      artworkIds: [AUTUMN.id],
      consignee: {
        name: 'Galerie Lumière',
        country: 'FR',
        address: '1 rue de Rivoli, 75001 Paris',
      },
      origin: { country: 'CN', place: 'Shanghai' },
      destination: { country: 'FR', place: 'Paris' },
      purpose: 'SALE',
      incoterm: { rule: 'CIP', place: 'Paris' },
      transportMode: 'AIR',
      price: { amount: '48000.00', currency: 'EUR' },
      insurance: { insuredValue: { amount: '52800.00', currency: 'EUR' }, clauses: 'A' },
      packages: [
        {
          type: 'CRATE',
          material: 'SOLID_WOOD',
          ispm15Marked: true,
          grossKg: 35,
          dimensionsCm: { length: 120, width: 20, height: 90 },
        },
      ],
    } satisfies BodyOf<'logistics_ShipmentsController_submit'>);
  });

  it('says when the form changed since the pre-check', async () => {
    open(
      '/exporter/shipments/new',
      on('POST', '/customs/assessments', () => ({ json: { ...ASSESSMENT, outcome: 'CLEAR' } })),
    );
    const user = setup();
    await fillTerms(user);
    await user.click(screen.getByRole('button', { name: 'Pre-check customs' }));
    const result = await screen.findByRole('region', { name: 'Pre-check result' });
    expect(within(result).queryByText(/has changed since this pre-check/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Winter' }));
    expect(within(result).getByText(/has changed since this pre-check/)).toBeTruthy();
  });

  it('shows the pre-check’s and the submission’s refusals next to their fields', async () => {
    open(
      '/exporter/shipments/new',
      on('POST', '/customs/assessments', () => ({
        status: 400,
        json: {
          statusCode: 400,
          message: ['exportCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB'],
        },
      })),
      on('POST', '/logistics/shipments', () => ({
        status: 400,
        json: {
          statusCode: 400,
          message: [
            'insurance.clauses: CIP requires Institute Cargo Clauses A (LOG-INCOTERM-CIP-COVER)',
            'consignee.name must be longer than or equal to 1 characters',
          ],
        },
      })),
    );
    const user = setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Autumn' }));
    await fill(user, 'Origin country', 'XX');
    await user.click(screen.getByRole('button', { name: 'Pre-check customs' }));
    const origin = screen.getByLabelText('Origin country');
    expect(
      await screen.findByText('must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB'),
    ).toBeTruthy();
    expect(origin.getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(screen.getByLabelText('Insurance clauses'), 'B');
    await user.click(screen.getByRole('button', { name: 'Submit shipment' }));
    expect(
      await screen.findByText('CIP requires Institute Cargo Clauses A (LOG-INCOTERM-CIP-COVER)'),
    ).toBeTruthy();
    expect(screen.getByLabelText('Insurance clauses').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Consignee name').getAttribute('aria-invalid')).toBe('true');
    // the pre-check's complaint is gone with the newer answer; what was typed stays
    expect(origin.getAttribute('aria-invalid')).toBeNull();
    expect((origin as HTMLInputElement).value).toBe('XX');
    expect((screen.getByLabelText('Insurance clauses') as HTMLSelectElement).value).toBe('B');
    expect((screen.getByRole('checkbox', { name: 'Autumn' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('offers bonded storage only into CN, and sends it to the pre-check and the shipment', async () => {
    const api = open(
      '/exporter/shipments/new',
      on('POST', '/customs/assessments', () => ({ json: { ...ASSESSMENT, outcome: 'CLEAR' } })),
      on('POST', '/logistics/shipments', () => ({
        status: 201,
        json: { id: SHIPMENT_ID, status: 'SUBMITTED' } satisfies SubmittedShipment,
      })),
      on('GET', `/logistics/shipments/${SHIPMENT_ID}`, () => ({
        json: shipment({ id: SHIPMENT_ID, status: 'SUBMITTED', ftzBonded: true }),
      })),
      on('GET', `/catalog/artworks/${AUTUMN.id}`, () => ({ json: AUTUMN })),
    );
    const user = setup();
    const bonded = () =>
      screen.queryByRole('checkbox', { name: 'Into the Shanghai FTZ bonded warehouse on arrival' });
    await fillTerms(user);
    // into France: nothing to offer
    expect(bonded()).toBeNull();

    const destination = screen.getByLabelText('Destination country');
    await user.clear(destination);
    await user.paste('cn');
    expect(bonded()).toBeTruthy();
    await user.click(bonded()!);
    // ticked, then the destination changed: not offered, not sent
    await user.clear(destination);
    await user.paste('FR');
    expect(bonded()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pre-check customs' }));
    await screen.findByRole('region', { name: 'Pre-check result' });
    expect(api.calls.at(-1)!.body).not.toHaveProperty('ftzBonded');

    await user.clear(destination);
    await user.paste('CN');
    expect((bonded() as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pre-check customs' }));
    const prechecks = api.calls.filter((call) => call.path === '/customs/assessments');
    expect(prechecks).toHaveLength(2);
    expect(prechecks[1].body).toMatchObject({ importCountry: 'CN', ftzBonded: true });
    await waitFor(() => expect(screen.queryByText(/has changed since this pre-check/)).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Submit shipment' }));
    expect(await screen.findByText('Bonded')).toBeTruthy();
    const submitted = api.calls.find(
      (call) => call.method === 'POST' && call.path === '/logistics/shipments',
    )!;
    expect(submitted.body).toMatchObject({
      destination: { country: 'CN', place: 'Paris' },
      ftzBonded: true,
    });
    expect(
      screen.getByText(
        'Bonded: into the Shanghai FTZ bonded warehouse on arrival, import duty and VAT deferred (CN-FTZ-BONDED).',
      ),
    ).toBeTruthy();
  });

  it('shows the shipment service’s refusal of bonded storage on its box', async () => {
    open(
      '/exporter/shipments/new',
      on('POST', '/logistics/shipments', () => ({
        status: 400,
        json: {
          statusCode: 400,
          message: [
            'ftzBonded: bonded storage in a free-trade zone (CN-FTZ-BONDED) is for a destination in CN; the destination is HK (LOG-FTZ-BONDED)',
          ],
        },
      })),
    );
    const user = setup();
    await fillTerms(user);
    const destination = screen.getByLabelText('Destination country');
    await user.clear(destination);
    await user.paste('CN');
    const box = screen.getByRole('checkbox', {
      name: 'Into the Shanghai FTZ bonded warehouse on arrival',
    });
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Submit shipment' }));
    expect(await screen.findByText(/is for a destination in CN/)).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('starts with the artwork it was opened for', async () => {
    open(
      `/exporter/shipments/new?artwork=${WINTER.id}`,
      on('GET', `/catalog/artworks/${WINTER.id}`, () => ({ json: WINTER })),
    );
    const winter = (await screen.findByRole('checkbox', { name: 'Winter' })) as HTMLInputElement;
    expect(winter.checked).toBe(true);
    const autumn = (await screen.findByRole('checkbox', { name: 'Autumn' })) as HTMLInputElement;
    expect(autumn.checked).toBe(false);
    expect(screen.getByText('Artworks chosen: 1')).toBeTruthy();
  });
});
