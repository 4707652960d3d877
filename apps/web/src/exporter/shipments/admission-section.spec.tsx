import type { BodyOf } from '@artbridge/public-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';
import type { Shipment } from '../shared/api-types';
import { shipment as shipmentFixture, SHIPMENT_ID } from '../testing/exporter.fixture';

const ID = SHIPMENT_ID;
const RETURN_ID = '019a0000-0000-7000-8000-00000000d002';
const EXPORTER = { username: 'exporter1', roles: ['EXPORTER' as const] };

const ADMISSION: NonNullable<Shipment['admission']> = {
  state: 'RUNNING',
  startedAt: '2026-06-21T22:34:02.227Z',
  deadline: '2026-12-21T22:34:02.227Z',
  extensionsUsed: 3,
  extensionsLeft: 1,
  extensions: [],
  remindersSent: 1,
};

/** An exhibition loan from Paris to Shanghai, delivered: its admission clock runs. */
const loan = (patch: Partial<Shipment> = {}) =>
  shipmentFixture({
    artworkIds: [],
    status: 'COMPLETED',
    purpose: 'TEMPORARY_EXHIBITION',
    price: undefined,
    origin: { country: 'FR', place: 'Paris' },
    destination: { country: 'CN', place: 'Shanghai' },
    deliveredAt: '2026-06-21T22:34:02.227Z',
    admission: ADMISSION,
    ...patch,
  });

function open(shipment: Shipment, ...routes: Parameters<typeof fakeApi>) {
  const api = fakeApi(
    on('GET', `/logistics/shipments/${ID}`, () => ({ json: shipment })),
    ...routes,
  );
  renderScreen(<ExporterRoutes />, {
    route: `/exporter/shipments/${ID}`,
    path: '/exporter/*',
    user: EXPORTER,
    fetch: api.fetch,
  });
  return { api, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }) };
}

describe('an exhibition loan’s admission, for its lender', () => {
  it('shows the clock and asks for an extension, showing why it is refused', async () => {
    const { api, user } = open(
      loan(),
      on('POST', `/logistics/shipments/${ID}/admission/extensions`, () => ({
        status: 409,
        json: {
          statusCode: 409,
          error: 'Conflict',
          message:
            'all 3 extensions are used: the work must be re-exported by 2026-12-21T22:34:02.227Z (CN-TEMP-ADMISSION)',
          ruleId: 'CN-TEMP-ADMISSION',
        },
      })),
    );
    const section = await screen.findByRole('region', { name: 'Temporary admission' });
    expect(within(section).getByText('Running')).toBeTruthy();
    expect(within(section).getByText('3 used, 1 left')).toBeTruthy();
    expect(section.querySelector('time')?.getAttribute('dateTime')).toBe(ADMISSION.deadline);

    const form = within(section).getByRole('form', { name: 'Ask for an extension' });
    await user.click(within(form).getByRole('button', { name: 'Extend admission' }));
    expect(within(form).getByText('Give a reason.')).toBeTruthy();
    expect(api.calls.some((call) => call.path.endsWith('/extensions'))).toBe(false);

    await user.type(within(form).getByLabelText('Reason'), 'the exhibition is prolonged');
    await user.click(within(form).getByRole('button', { name: 'Extend admission' }));
    expect(await within(form).findByText(/all 3 extensions are used/)).toBeTruthy();
    expect(within(form).getAllByText(/CN-TEMP-ADMISSION/)).toHaveLength(1);
    expect(api.calls.find((call) => call.path.endsWith('/extensions'))?.body).toEqual({
      reason: 'the exhibition is prolonged',
    } satisfies BodyOf<'logistics_AdmissionController_extend'>);
  });

  it('creates the return leg and opens it', async () => {
    const { api, user } = open(
      loan(),
      on('POST', `/logistics/shipments/${ID}/return`, () => ({
        status: 201,
        json: loan({
          id: RETURN_ID,
          status: 'SUBMITTED',
          purpose: 'RETURN',
          admission: undefined,
          returnOfShipmentId: ID,
        }),
      })),
      on('GET', `/logistics/shipments/${RETURN_ID}`, () => ({
        json: loan({
          id: RETURN_ID,
          status: 'SUBMITTED',
          purpose: 'RETURN',
          admission: undefined,
          returnOfShipmentId: ID,
        }),
      })),
    );
    await user.click(await screen.findByRole('button', { name: 'Create return leg' }));
    expect(api.calls.find((call) => call.path.endsWith('/return'))?.body).toEqual({});
    expect(await screen.findByRole('heading', { name: 'Shipment 019a0000' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Outbound shipment' })).toBeTruthy();
    expect(api.calls.some((call) => call.path === `/logistics/shipments/${RETURN_ID}`)).toBe(true);
  });

  it('links the return leg under way instead of offering another', async () => {
    open(
      loan({ returnShipmentId: RETURN_ID }),
      on('GET', `/logistics/shipments/${RETURN_ID}`, () => ({
        json: loan({ id: RETURN_ID, status: 'IN_TRANSIT', purpose: 'RETURN' }),
      })),
    );
    const section = await screen.findByRole('region', { name: 'Temporary admission' });
    expect(await within(section).findByText(/In transit/)).toBeTruthy();
    expect(within(section).getByRole('link', { name: '019a0000' }).getAttribute('href')).toBe(
      `/exporter/shipments/${RETURN_ID}`,
    );
    expect(screen.queryByRole('button', { name: 'Create return leg' })).toBeNull();
  });

  it('loads the return leg again when the loan changes: a cancelled leg offers a new one', async () => {
    let outbound = loan({ returnShipmentId: RETURN_ID });
    let legStatus: Shipment['status'] = 'IN_TRANSIT';
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: outbound })),
      on('GET', `/logistics/shipments/${RETURN_ID}`, () => ({
        json: loan({ id: RETURN_ID, status: legStatus, purpose: 'RETURN' }),
      })),
      on('POST', `/logistics/shipments/${ID}/admission/extensions`, () => {
        // meanwhile the return leg was cancelled
        legStatus = 'CANCELLED';
        outbound = { ...outbound, updatedAt: '2026-11-25T10:00:00.000Z' };
        return { status: 201, json: outbound };
      }),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: EXPORTER,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const section = await screen.findByRole('region', { name: 'Temporary admission' });
    expect(await within(section).findByText(/In transit/)).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Create return leg' })).toBeNull();

    const form = within(section).getByRole('form', { name: 'Ask for an extension' });
    await user.type(within(form).getByLabelText('Reason'), 'the exhibition is prolonged');
    await user.click(within(form).getByRole('button', { name: 'Extend admission' }));
    expect(await within(section).findByText(/Cancelled/)).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Create return leg' })).toBeTruthy();
  });

  it('says when the return leg cannot be loaded', async () => {
    open(
      loan({ returnShipmentId: RETURN_ID }),
      on('GET', `/logistics/shipments/${RETURN_ID}`, () => ({
        status: 503,
        json: { statusCode: 503, message: 'logistics is unavailable' },
      })),
    );
    const section = await screen.findByRole('region', { name: 'Temporary admission' });
    expect((await within(section).findByRole('alert')).textContent).toContain(
      'logistics is unavailable',
    );
  });
});
