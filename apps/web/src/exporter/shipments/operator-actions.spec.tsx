import type { BodyOf } from '@artbridge/public-api';
import { screen, within } from '@testing-library/react';
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

  it('records the hand-over of the crate with a tracking event', async () => {
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: shipment('IN_TRANSIT') })),
      on('POST', `/logistics/shipments/${ID}/tracking-events`, () => ({
        status: 400,
        json: { statusCode: 400, message: ['custody.signedBy should not be empty'] },
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: OPERATOR,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const form = await screen.findByRole('form', { name: 'Add a tracking event' });
    await user.type(within(form).getByLabelText('Location'), 'CDG Paris');
    await user.type(within(form).getByLabelText('Handed over by'), 'AF Cargo');
    await user.type(within(form).getByLabelText('Handed over to'), 'Galerie Lumière');
    await user.click(within(form).getByRole('button', { name: 'Add tracking event' }));

    expect(await within(form).findByText('should not be empty')).toBeTruthy();
    expect(api.calls.find((call) => call.path.endsWith('/tracking-events'))?.body).toMatchObject({
      location: 'CDG Paris',
      custody: { from: 'AF Cargo', to: 'Galerie Lumière', signedBy: '' },
    });
  });

  it('takes a bonded shipment into bond, then releases it so it can be delivered', async () => {
    const STAY = {
      zone: 'Shanghai FTZ',
      country: 'CN',
      warehouse: 'Waigaoqiao 3',
      location: 'Vault 2',
      enteredAt: '2026-11-25T08:00:00.000Z',
      enteredBy: 'operator1',
    };
    let current: Shipment = { ...shipment('IN_TRANSIT'), ftzBonded: true };
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: current })),
      on('POST', `/logistics/shipments/${ID}/bonded-storage`, () => {
        current = { ...current, bondedStorage: { ...STAY, state: 'IN_BOND' } };
        return { status: 201, json: current };
      }),
      on('POST', `/logistics/shipments/${ID}/bonded-storage/re-export`, () => ({
        status: 400,
        json: {
          statusCode: 400,
          message: [
            'destination.country: a re-export leaves CN; to stay there, release the works to the domestic market',
          ],
        },
      })),
      on('POST', `/logistics/shipments/${ID}/bonded-storage/release`, () => {
        current = {
          ...current,
          bondedStorage: { ...STAY, state: 'RELEASED', leftAt: '2026-11-26T08:00:00.000Z' },
        };
        return { status: 201, json: current };
      }),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: OPERATOR,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });

    const entry = await screen.findByRole('form', { name: 'Enter bonded storage' });
    expect(screen.getByText(/Declared for FTZ bonded storage/)).toBeTruthy();
    // not yet in bond: tracked, but not delivered (logistics refuses it)
    const eventTypes = () =>
      within(screen.getByRole('form', { name: 'Add a tracking event' }))
        .getAllByRole('option')
        .map((option) => (option as HTMLOptionElement).value);
    expect(eventTypes()).toContain('ARRIVED');
    expect(eventTypes()).not.toContain('DELIVERED');
    await user.type(within(entry).getByLabelText('Free-trade zone'), 'Shanghai FTZ');
    await user.type(within(entry).getByLabelText('Warehouse'), 'Waigaoqiao 3');
    await user.type(within(entry).getByLabelText('Storage location'), 'Vault 2');
    const at = within(entry).getByLabelText('Time');
    await user.clear(at);
    await user.type(at, '2026-11-25T09:00');
    await user.click(within(entry).getByRole('button', { name: 'Record entry into bond' }));
    expect(api.calls.find((call) => call.path.endsWith('/bonded-storage'))?.body).toEqual({
      zone: 'Shanghai FTZ',
      warehouse: 'Waigaoqiao 3',
      location: 'Vault 2',
      at: new Date(2026, 10, 25, 9, 0).toISOString(),
    } satisfies BodyOf<'logistics_BondedStorageController_enter'>);

    // in bond: no tracking (logistics refuses it), but a way out
    const reExport = await screen.findByRole('form', { name: 'Re-export from bond' });
    expect(screen.queryByRole('form', { name: 'Add a tracking event' })).toBeNull();
    expect(screen.getByText('In bond')).toBeTruthy();
    await user.type(within(reExport).getByLabelText('Country'), 'cn');
    await user.type(within(reExport).getByLabelText('Place'), 'Shanghai');
    await user.click(within(reExport).getByRole('button', { name: 'Re-export' }));
    expect(await within(reExport).findByText(/a re-export leaves CN/)).toBeTruthy();
    expect(api.calls.find((call) => call.path.endsWith('/re-export'))?.body).toMatchObject({
      destination: { country: 'CN', place: 'Shanghai' },
    });

    const release = screen.getByRole('form', { name: 'Release to the domestic market' });
    await user.click(within(release).getByRole('button', { name: 'Release from bond' }));
    expect(api.calls.find((call) => call.path.endsWith('/release'))?.body).toEqual({
      at: expect.any(String),
    });
    expect(await screen.findByRole('form', { name: 'Add a tracking event' })).toBeTruthy();
    expect(screen.getByText('Released')).toBeTruthy();
    expect(eventTypes()).toContain('DELIVERED');
  });

  it('takes condition reports at origin and at destination', async () => {
    let current = shipment('PAID');
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: current })),
      on('POST', `/logistics/shipments/${ID}/condition-reports`, (call) =>
        (call.body as { stage: string }).stage === 'ORIGIN'
          ? {
              status: 201,
              json: { shipmentStatus: 'PAID', newDamages: 0 },
            }
          : {
              status: 409,
              json: {
                statusCode: 409,
                message: 'new damage found after the inspection period ended',
              },
            },
      ),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: OPERATOR,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });

    const origin = await screen.findByRole('form', { name: 'Condition report at origin' });
    await user.type(within(origin).getByLabelText('Inspector'), 'M. Chen');
    const at = within(origin).getByLabelText('Inspected at');
    await user.clear(at);
    await user.type(at, '2026-11-24T12:00');
    await user.type(within(origin).getByLabelText('Photographs'), 'cr/1.jpg{enter}cr/2.jpg');
    await user.click(within(origin).getByRole('button', { name: 'Add damage' }));
    await user.type(within(origin).getByLabelText('Where'), 'top edge');
    await user.type(within(origin).getByLabelText('Description'), 'old scratch');
    await user.selectOptions(within(origin).getByLabelText('Severity'), 'MINOR');
    await user.click(within(origin).getByRole('button', { name: 'Record condition report' }));
    expect(
      await within(origin).findByText('Condition report recorded; new damage: 0.'),
    ).toBeTruthy();
    // the page also reads the recorded reports (GET): the one sent is the POST
    expect(
      api.calls.find((call) => call.method === 'POST' && call.path.endsWith('/condition-reports'))
        ?.body,
    ).toEqual({
      stage: 'ORIGIN',
      inspector: 'M. Chen',
      at: new Date(2026, 10, 24, 12, 0).toISOString(),
      photoRefs: ['cr/1.jpg', 'cr/2.jpg'],
      damages: [{ location: 'top edge', description: 'old scratch', severity: 'MINOR' }],
    } satisfies BodyOf<'logistics_ConditionReportsController_record'>);

    current = shipment('DELIVERED');
    const destination = await screen.findByRole('form', {
      name: 'Condition report at destination',
    });
    expect(screen.queryByRole('form', { name: 'Condition report at origin' })).toBeNull();
    await user.type(within(destination).getByLabelText('Inspector'), 'A. Martin');
    await user.type(within(destination).getByLabelText('Photographs'), 'cr/3.jpg');
    await user.click(within(destination).getByRole('button', { name: 'Record condition report' }));
    expect(
      await within(destination).findByText('new damage found after the inspection period ended'),
    ).toBeTruthy();
  });
});
