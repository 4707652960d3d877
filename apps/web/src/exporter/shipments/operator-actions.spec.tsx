import type { BodyOf } from '@artbridge/public-api';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import type { Shipment } from '../shared/api-types';
import type { ShipmentStatus } from '../shared/codes';
import { ExporterRoutes } from '../exporter-routes';
import { shipment as shipmentFixture, SHIPMENT_ID } from '../testing/exporter.fixture';

const ID = SHIPMENT_ID;
const DECLARATION_ID = '019a0000-0000-7000-8000-00000000f001';
const OPERATOR = { username: 'operator1', roles: ['LOGISTICS_OPERATOR' as const] };

const shipment = (status: ShipmentStatus) =>
  shipmentFixture({
    status,
    artworkIds: [],
    declarationId: DECLARATION_ID,
    invoiceId: '019a0000-0000-7000-8000-00000000e001',
    timeline: [
      {
        at: '2026-11-24T10:00:00.000Z',
        type: 'DECLARATION_CLEARED',
        source: 'customs',
        detail: 'cleared by officer1; duties €0.00, VAT €2,640.00',
      },
    ],
  });

describe('the shipment page for the logistics operator', () => {
  it('dispatches a paid shipment, then reports where it is', async () => {
    let current = shipment('PAID');
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: current })),
      on('POST', `/logistics/shipments/${ID}/dispatch`, () => {
        current = shipment('IN_TRANSIT');
        return { json: current };
      }),
      on('POST', `/logistics/shipments/${ID}/tracking-events`, () => ({
        status: 201,
        json: current,
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: OPERATOR,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });

    await user.click(await screen.findByRole('button', { name: 'Dispatch shipment' }));
    expect(api.calls.find((call) => call.path.endsWith('/dispatch'))?.body).toEqual({});

    const location = await screen.findByLabelText('Location');
    await user.selectOptions(screen.getByLabelText('Event'), 'DEPARTED');
    await user.type(location, 'PVG Shanghai Pudong');
    const time = screen.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '2026-11-24T11:30');
    await user.click(screen.getByRole('button', { name: 'Add tracking event' }));

    const tracked = api.calls.find((call) => call.path.endsWith('/tracking-events'))!;
    expect(tracked.body).toEqual({
      type: 'DEPARTED',
      location: 'PVG Shanghai Pudong',
      at: new Date(2026, 10, 24, 11, 30).toISOString(),
    } satisfies BodyOf<'logistics_ShipmentsController_track'>);
  });

  it('shows what customs said on the journey, and none of the exporter’s actions', async () => {
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: shipment('PAID') })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: OPERATOR,
      fetch: api.fetch,
    });
    expect(await screen.findByText(/cleared by officer1/, { selector: 'p' })).toBeTruthy();
    expect(
      screen.getByText('Declaration 019a0000 (shown to the exporter and to customs).'),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Customs declaration' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Invoice' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Attach a licence' })).toBeNull();
    // the operator may not read declarations (404): the page does not ask
    expect(api.calls.some((call) => call.path.startsWith('/customs/'))).toBe(false);
  });

  it('is not offered to the exporter', async () => {
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({
        json: { ...shipment('PAID'), declarationId: undefined } satisfies Shipment,
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: { username: 'exporter1', roles: ['EXPORTER'] },
      fetch: api.fetch,
    });
    expect(await screen.findByRole('list', { name: 'Journey' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dispatch shipment' })).toBeNull();
  });
});
