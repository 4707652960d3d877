import type { BodyOf } from '@artbridge/public-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import type { Artwork } from '../shared/api-types';

// a big form in jsdom: role queries and events over some sixty inputs take their time
jest.setTimeout(20_000);

const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };
const ID = '019a0000-0000-7000-8000-0000000000a1';

function open(...routes: Parameters<typeof fakeApi>) {
  const api = fakeApi(...routes);
  renderScreen(<ExporterRoutes />, {
    route: '/exporter/artworks/new',
    path: '/exporter/*',
    user: EXPORTER,
    fetch: api.fetch,
  });
  return api;
}

/** What a screen reader announces with the input: its hint and its errors. */
function description(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** Types a whole value at once (as a paste): a keystroke per character is slow in jsdom. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

const value = (label: string, scope: HTMLElement = document.body) =>
  (within(scope).getByLabelText(label) as HTMLInputElement).value;

async function fillEverything() {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  await fill(user, screen.getByLabelText('Title'), 'Bronze ding');
  await fill(user, screen.getByLabelText('Creation year'), '-200');
  await user.selectOptions(screen.getByLabelText('Category'), 'Archaeological object');
  await fill(user, screen.getByLabelText('Technique'), 'BRONZE');
  await fill(user, screen.getByLabelText('Medium'), 'Cast bronze');
  await user.click(screen.getByLabelText('Executed entirely by hand'));
  await user.click(screen.getByLabelText('Portrait'));

  await fill(user, screen.getByLabelText('Artist name'), 'Unknown workshop');
  await fill(user, screen.getByLabelText('Artist born (year)'), '-260');
  await fill(user, screen.getByLabelText('Artist died (year)'), '-190');
  await user.click(screen.getByLabelText('Representative work of an ethnic minority'));

  await user.click(screen.getByRole('button', { name: 'Add material' }));
  const material = screen.getByRole('group', { name: 'Material 1' });
  expect(document.activeElement).toBe(within(material).getByLabelText('Material'));
  await fill(user, within(material).getByLabelText('Material'), 'IVORY');
  await fill(user, within(material).getByLabelText('Weight (g)'), '120.5');
  await fill(user, within(material).getByLabelText('Acquired (year)'), '-210');
  await user.click(screen.getByRole('button', { name: 'Add material' }));
  await fill(
    user,
    within(screen.getByRole('group', { name: 'Material 2' })).getByLabelText('Material'),
    'gold leaf',
  );

  await fill(user, screen.getByLabelText('Height (cm)'), '42');
  await fill(user, screen.getByLabelText('Width (cm)'), '30.5');

  await fill(user, screen.getByLabelText('Value'), '150000.00');
  await fill(user, screen.getByLabelText('Currency'), 'eur');
  await fill(user, screen.getByLabelText('Country of origin'), 'cn');
  await user.click(screen.getByLabelText('Owned by its creator'));

  await user.click(screen.getByRole('button', { name: 'Add provenance entry' }));
  const entry = screen.getByRole('group', { name: 'Provenance entry 1' });
  await fill(user, within(entry).getByLabelText('Year'), '1935');
  await fill(user, within(entry).getByLabelText('Owner'), 'C. T. Loo');
  await fill(user, within(entry).getByLabelText('Event'), 'bought');
  return user;
}

const EXPECTED_BODY = {
  title: 'Bronze ding',
  artist: { name: 'Unknown workshop', birthYear: -260, deathYear: -190, ethnicMinority: true },
  creationYear: -200,
  category: 'ARCHAEOLOGICAL',
  technique: 'BRONZE',
  handExecuted: false,
  portrait: true,
  medium: 'Cast bronze',
  materials: [
    { material: 'IVORY', weightGrams: 120.5, acquiredYear: -210 },
    { material: 'gold leaf' },
  ],
  dimensions: { heightCm: 42, widthCm: 30.5 },
  value: { amount: '150000.00', currency: 'EUR' },
  ownedByCreator: true,
  originCountry: 'CN',
  provenance: [{ year: 1935, owner: 'C. T. Loo', event: 'bought' }],
} satisfies BodyOf<'catalog_ArtworksController_register'>;

/** The catalog's answer: what was sent, registered. */
const REGISTERED: Artwork = {
  ...EXPECTED_BODY,
  id: ID,
  status: 'AVAILABLE',
  exporterId: 'exporter1',
  registeredAt: '2026-11-24T10:00:00.000Z',
};

describe('registering an artwork', () => {
  it('sends every attribute as typed and shows the registered artwork', async () => {
    const api = open(
      on('POST', '/catalog/artworks', () => ({ status: 201, json: REGISTERED })),
      on('GET', `/catalog/artworks/${ID}`, () => ({ json: REGISTERED })),
    );
    const user = await fillEverything();
    await user.click(screen.getByRole('button', { name: 'Register artwork' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bronze ding' })).toBeTruthy();
    expect(screen.getByText('Artwork registered.')).toBeTruthy();
    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.body).toEqual(EXPECTED_BODY);
    expect(screen.getByText('200 BCE')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ship this artwork' }).getAttribute('href')).toBe(
      `/exporter/shipments/new?artwork=${ID}`,
    );
  });

  it('shows each refusal next to its field and keeps everything typed', async () => {
    open(
      on('POST', '/catalog/artworks', () => ({
        status: 400,
        json: {
          statusCode: 400,
          error: 'Bad Request',
          message: [
            'value.amount has 3 decimals but EUR has 2',
            'materials.0.acquiredYear must not be after the work was made (-200)',
            'provenance.0.year must not be in the future (after 2026)',
            'originCountry must be an ISO 3166-1 alpha-2 country code such as CN, FR, GB',
            'property colour should not exist',
          ],
        },
      })),
    );
    const user = await fillEverything();
    await user.click(screen.getByRole('button', { name: 'Register artwork' }));

    const valueInput = await screen.findByLabelText('Value');
    await screen.findByText('has 3 decimals but EUR has 2');
    expect(valueInput.getAttribute('aria-invalid')).toBe('true');
    expect(description(valueInput)).toContain('has 3 decimals but EUR has 2');

    const material = screen.getByRole('group', { name: 'Material 1' });
    const acquired = within(material).getByLabelText('Acquired (year)');
    expect(description(acquired)).toContain('must not be after the work was made (-200)');
    // the keyboard goes to the first field to fix
    expect(document.activeElement).toBe(acquired);
    expect(description(within(material).getByLabelText('Weight (g)'))).toBe('');
    const entry = screen.getByRole('group', { name: 'Provenance entry 1' });
    expect(description(within(entry).getByLabelText('Year'))).toContain(
      'must not be in the future',
    );
    expect(description(screen.getByLabelText('Country of origin'))).toContain(
      'must be an ISO 3166-1 alpha-2 country code',
    );
    expect(description(screen.getByLabelText('Title'))).toBe('');
    // what no field shows is listed above the button, once
    expect(screen.getByText('property colour should not exist')).toBeTruthy();
    expect(screen.queryAllByText(/has 3 decimals/)).toHaveLength(1);

    // nothing typed is lost
    expect(value('Title')).toBe('Bronze ding');
    expect(value('Creation year')).toBe('-200');
    expect(value('Value')).toBe('150000.00');
    expect(value('Currency')).toBe('eur');
    expect((screen.getByLabelText('Category') as HTMLSelectElement).value).toBe('ARCHAEOLOGICAL');
    expect(value('Material', material)).toBe('IVORY');
    expect(value('Owner', entry)).toBe('C. T. Loo');
    expect((screen.getByLabelText('Portrait') as HTMLInputElement).checked).toBe(true);
  });

  it('sends the UK ivory facts when given: a share of volume per material, a musical instrument', async () => {
    const api = open(
      on('POST', '/catalog/artworks', () => ({
        status: 400,
        json: {
          statusCode: 400,
          error: 'Bad Request',
          message: ['materials.0.volumePercent must not be greater than 100'],
        },
      })),
    );
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const instrument = screen.getByLabelText('Musical instrument') as HTMLSelectElement;
    expect(instrument.value).toBe('');
    expect(instrument.selectedOptions[0].textContent).toBe('Not said');
    await user.selectOptions(instrument, 'Yes');
    await user.click(screen.getByRole('button', { name: 'Add material' }));
    const material = screen.getByRole('group', { name: 'Material 1' });
    await fill(user, within(material).getByLabelText('Material'), 'IVORY');
    await fill(user, within(material).getByLabelText('Share of volume (%)'), '150');
    await user.click(screen.getByRole('button', { name: 'Register artwork' }));

    const share = within(material).getByLabelText('Share of volume (%)');
    await screen.findByText('must not be greater than 100');
    expect(description(share)).toContain('must not be greater than 100');
    const post = api.calls.find((call) => call.method === 'POST')!;
    expect(post.body).toMatchObject({
      musicalInstrument: true,
      materials: [{ material: 'IVORY', volumePercent: 150 }],
    });

    // "No" is sent as false; back to "Not said", nothing is sent
    await user.selectOptions(instrument, 'No');
    await user.click(screen.getByRole('button', { name: 'Register artwork' }));
    await user.selectOptions(instrument, 'Not said');
    await user.click(screen.getByRole('button', { name: 'Register artwork' }));
    const posts = api.calls.filter((call) => call.method === 'POST');
    expect(posts).toHaveLength(3);
    expect((posts[1].body as { musicalInstrument?: boolean }).musicalInstrument).toBe(false);
    expect(posts[2].body).not.toHaveProperty('musicalInstrument');
  });

  it('removes a row and gives the keyboard back to the add button', async () => {
    open();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add material' }));
    await user.click(screen.getByRole('button', { name: 'Remove material 1' }));
    expect(screen.queryByRole('group', { name: 'Material 1' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add material' }));
  });

  it('marks a reproduction as not executed by hand', async () => {
    open();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Category'), 'REPRODUCTION');
    expect((screen.getByLabelText('Executed entirely by hand') as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('is in Simplified Chinese when asked', () => {
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/artworks/new',
      path: '/exporter/*',
      user: EXPORTER,
      language: 'zh-CN',
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('登记艺术品');
    expect(screen.getByLabelText('艺术家姓名')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登记艺术品' })).toBeTruthy();
  });
});
