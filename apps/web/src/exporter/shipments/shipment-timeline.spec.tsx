import { act, screen, within } from '@testing-library/react';
import { fakeApi, on, renderScreen, type FakeCall } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import type { Shipment, TimelineStep } from '../shared/api-types';
import {
  artwork,
  ARTWORK_ID,
  shipment as shipmentFixture,
  SHIPMENT_ID,
} from '../testing/exporter.fixture';

const ID = SHIPMENT_ID;
const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };

const step = (second: number, type: string, source: string, detail: string): TimelineStep => ({
  at: `2026-11-24T10:00:0${second}.000Z`,
  type,
  source,
  detail,
});

const SUBMITTED = step(0, 'SUBMITTED', 'logistics', '1 artwork to Galerie Lumière');
const RESERVED = step(1, 'ARTWORKS_RESERVED', 'catalog', '1 artwork reserved');
const REQUESTED = step(1, 'DECLARATION_REQUESTED', 'logistics', 'declaration requested');
const FILED = step(2, 'DECLARATION_FILED', 'customs', 'declaration 019a…: CLEAR');

const shipment = (patch: Partial<Shipment>) =>
  shipmentFixture({
    consignee: { name: 'Galerie Lumière', country: 'FR', address: '1 rue de Rivoli, Paris' },
    price: { amount: '48000.00', currency: 'EUR' },
    submittedAt: '2026-11-24T10:00:00.000Z',
    ...patch,
  });

/** Time passes on the test's clock; what the page asked meanwhile is answered. */
async function wait(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

function openJourney(answers: Shipment[]) {
  const api = fakeApi(
    on('GET', `/logistics/shipments/${ID}`, () => ({ json: answers.shift() })),
    on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({ json: artwork({ title: 'Autumn' }) })),
  );
  renderScreen(<ExporterRoutes />, {
    route: `/exporter/shipments/${ID}`,
    path: '/exporter/*',
    user: EXPORTER,
    fetch: api.fetch,
  });
  const shipmentCalls = () =>
    api.calls.filter((call: FakeCall) => call.path === `/logistics/shipments/${ID}`).length;
  return { api, shipmentCalls };
}

const stepTexts = () =>
  within(screen.getByRole('list', { name: 'Journey' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('strong')!.textContent);

describe('the shipment timeline', () => {
  beforeEach(() => {
    // the fetch stand-in resolves through Node's streams: only the timers are the test's
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
      now: new Date('2026-11-24T10:00:05.000Z'),
    });
  });
  afterEach(() => jest.useRealTimers());

  it('shows the steps in order, follows the journey every 2 s and stops at its end', async () => {
    const { shipmentCalls } = openJourney([
      // the service's order within an instant is kept; across instants, time decides
      shipment({ timeline: [RESERVED, REQUESTED, SUBMITTED] }),
      shipment({ status: 'DECLARED', timeline: [SUBMITTED, RESERVED, REQUESTED, FILED] }),
      shipment({
        status: 'COMPLETED',
        timeline: [
          SUBMITTED,
          RESERVED,
          REQUESTED,
          FILED,
          step(4, 'COMPLETED', 'logistics', 'journey completed'),
        ],
      }),
    ]);

    expect(await screen.findByRole('list', { name: 'Journey' })).toBeTruthy();
    expect(stepTexts()).toEqual([
      'Shipment submitted',
      'Artworks reserved',
      'Declaration requested',
    ]);
    const first = screen.getAllByRole('listitem')[0];
    expect(within(first).getByText('Logistics')).toBeTruthy();
    expect(within(first).getByText('1 artwork to Galerie Lumière')).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe(SUBMITTED.at);
    expect(screen.getByRole('status', { name: 'Shipment status' }).textContent).toContain(
      'Reserved',
    );
    expect(screen.getByText('Following live: updated every 2 seconds.')).toBeTruthy();
    expect(shipmentCalls()).toBe(1);

    // not yet: the page asks every 2 seconds
    await wait(1500);
    expect(shipmentCalls()).toBe(1);
    await wait(500);
    const journey = screen.getByRole('list', { name: 'Journey' });
    expect(await within(journey).findByText('Declaration filed')).toBeTruthy();
    expect(shipmentCalls()).toBe(2);
    expect(stepTexts()).toEqual([
      'Shipment submitted',
      'Artworks reserved',
      'Declaration requested',
      'Declaration filed',
    ]);
    expect(within(screen.getAllByRole('listitem')[3]).getByText('Customs')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Shipment status' }).textContent).toContain(
      'Declared',
    );

    await wait(2000);
    expect(await within(journey).findByText('Journey completed')).toBeTruthy();
    expect(screen.getByText('The journey is over.')).toBeTruthy();
    const calls = shipmentCalls();
    await wait(10_000);
    expect(shipmentCalls()).toBe(calls);
  });

  it('explains a reservation refused for a product outside its licence', async () => {
    const refusal = `${ARTWORK_ID} NOT_LICENSED: artwork ${ARTWORK_ID} (SKU PM-1) may not be shipped to FR: licence 019b covers CN, HK only`;
    openJourney([
      shipment({
        status: 'CANCELLED',
        cancellationReason: `reservation refused: ${refusal}`,
        timeline: [
          SUBMITTED,
          step(1, 'RESERVATION_REFUSED', 'catalog', refusal),
          step(2, 'CANCELLED', 'logistics', 'cancelled'),
        ],
      }),
    ]);
    const journey = await screen.findByRole('list', { name: 'Journey' });
    const steps = [...journey.children] as HTMLElement[];
    const refused = steps[1];
    expect(within(refused).getByText(refusal)).toBeTruthy();
    expect(
      within(refused).getByText(/may be shipped only to its licence’s territories/),
    ).toBeTruthy();
    // the cancellation reason says it too; a step without a refusal says nothing of the kind
    expect(screen.getAllByText(/may be shipped only to its licence’s territories/)).toHaveLength(2);
    expect(within(steps[2]).queryByText(/licence/)).toBeNull();
  });

  it('lists the deadlines and highlights the overdue ones', async () => {
    openJourney([
      shipment({
        status: 'AWAITING_PAYMENT',
        invoiceId: '019a0000-0000-7000-8000-00000000e001',
        timeline: [SUBMITTED],
        deadlines: [
          { kind: 'REVIEW_SLA', dueAt: '2026-11-24T09:00:00.000Z', state: 'CLOSED' },
          { kind: 'PAYMENT_DUE', dueAt: '2026-11-24T10:00:00.000Z', state: 'PENDING' },
          { kind: 'INSPECTION_PERIOD', dueAt: '2026-12-24T10:00:00.000Z', state: 'PENDING' },
        ],
      }),
    ]);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.className)).toEqual(['', 'overdue', '']);
    expect(within(rows[1]).getByText('Payment due')).toBeTruthy();
    expect(within(rows[1]).getByText('Overdue')).toBeTruthy();
    expect(within(rows[0]).getByText('Closed')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Invoice' }).getAttribute('href')).toBe(
      '/exporter/invoices/019a0000-0000-7000-8000-00000000e001',
    );
  });

  it.each([
    ['en', 'Terms', 'Why it was cancelled'],
    ['zh-CN', '条款', '取消原因'],
  ] as const)(
    'shows the instants a cancellation reason names in the user’s zone and locale (%s)',
    async (language, terms, label) => {
      const deadline = '2026-12-07T10:00:00.000Z';
      const api = fakeApi(
        on('GET', `/logistics/shipments/${ID}`, () => ({
          json: shipment({
            status: 'CANCELLED',
            cancellationReason: `payment deadline ${deadline} passed`,
            timeline: [SUBMITTED],
          }),
        })),
        on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({
          json: artwork({ title: 'Autumn' }),
        })),
      );
      renderScreen(<ExporterRoutes />, {
        route: `/exporter/shipments/${ID}`,
        path: '/exporter/*',
        user: EXPORTER,
        fetch: api.fetch,
        language,
      });
      const facts = await screen.findByRole('region', { name: terms });
      const reason = within(facts).getByText(label).nextElementSibling!;
      expect(reason.textContent).not.toContain(deadline);
      const time = reason.querySelector('time')!;
      expect(time.getAttribute('dateTime')).toBe(deadline);
      // as every other time on the page: the browser's regional variant of the chosen language
      const locale = language === 'en' ? navigator.language : language;
      const shown = new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'medium',
      }).format(new Date(deadline));
      expect(time.textContent).toBe(shown);
      expect(reason.textContent).toBe(`payment deadline ${shown} passed`);
    },
  );

  it('shows the instants a step names as the page’s other times, in the user’s language', async () => {
    const due = '2026-12-21T22:34:02.227Z';
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({
        json: shipment({
          status: 'DELIVERED',
          timeline: [
            step(
              3,
              'ADMISSION_STARTED',
              'logistics',
              `works to leave by ${due} (CN-TEMP-ADMISSION)`,
            ),
          ],
        }),
      })),
      on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({ json: artwork({ title: 'Autumn' }) })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
      language: 'zh-CN',
    });
    const journey = await screen.findByRole('list', { name: '行程' });
    const detail = journey.querySelector('.step-detail')!;
    expect(detail.textContent).not.toContain(due);
    expect(detail.textContent).toMatch(/^works to leave by .*2026.* \(CN-TEMP-ADMISSION\)$/);
    const time = detail.querySelector('time')!;
    expect(time.getAttribute('dateTime')).toBe(due);
    expect(time.textContent).toBe(
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' }).format(
        new Date(due),
      ),
    );
  });
});

describe('a shipment whose payment the bank reversed after dispatch', () => {
  /** The shipment's page, answered `patch` over an IN_TRANSIT shipment: its facts. */
  async function factsOf(patch: Partial<Shipment>) {
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({
        json: shipment({ status: 'IN_TRANSIT', timeline: [SUBMITTED], ...patch }),
      })),
      on('GET', `/catalog/artworks/${ARTWORK_ID}`, () => ({ json: artwork({ title: 'Autumn' }) })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    return screen.findByRole('region', { name: 'Terms' });
  }

  it('says so among its facts, with when, so finance and the exporter know escrow holds nothing', async () => {
    const reversedAt = '2026-12-07T09:30:00.000Z';
    const facts = await factsOf({ paymentReversedAt: reversedAt });
    const fact = within(facts).getByText('Payment reversed').nextElementSibling!;
    expect(fact.querySelector('time')!.getAttribute('dateTime')).toBe(reversedAt);
    expect(fact.textContent).toContain('escrow holds nothing');
  });

  it('shows nothing of the kind otherwise', async () => {
    const facts = await factsOf({});
    expect(within(facts).queryByText('Payment reversed')).toBeNull();
  });
});
