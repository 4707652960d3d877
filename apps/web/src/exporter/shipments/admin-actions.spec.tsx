import type { BodyOf, Schema } from '@artbridge/public-api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { everyValue } from '../../api/every-value';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { exporterMessages } from '../exporter.messages';
import { ExporterRoutes } from '../exporter-routes';
import type { Shipment } from '../shared/api-types';
import { shipment as shipmentFixture, SHIPMENT_ID } from '../testing/exporter.fixture';

const ID = SHIPMENT_ID;
const ADMIN = { username: 'admin', roles: ['ADMIN' as const] };
const DECLARATION_ID = '019a0000-0000-7000-8000-00000000f001';
const INVOICE_ID = '019a0000-0000-7000-8000-00000000e001';

const CLAIM: NonNullable<Shipment['claim']> = {
  id: '019a0000-0000-7000-8000-00000000c001',
  status: 'OPEN',
  openedAt: '2026-12-01T10:00:00.000Z',
  openedBy: 'operator1',
  reason: 'new damage at destination',
  damages: [
    {
      finding: 'NEW',
      location: 'lower left corner of the frame',
      description: 'split in the gilding',
      severity: 'MODERATE',
    },
  ],
  reportIds: ['019a0000-0000-7000-8000-00000000c101'],
  escrowHeld: true,
};

const shipment = (patch: Partial<Shipment>) =>
  shipmentFixture({
    artworkIds: [],
    declarationId: DECLARATION_ID,
    invoiceId: INVOICE_ID,
    ...patch,
  });

function open(current: () => Shipment, ...routes: Parameters<typeof fakeApi>) {
  const api = fakeApi(
    on('GET', `/logistics/shipments/${ID}`, () => ({ json: current() })),
    ...routes,
  );
  renderScreen(<ExporterRoutes />, {
    route: `/exporter/shipments/${ID}`,
    path: '/exporter/*',
    user: ADMIN,
    fetch: api.fetch,
  });
  return { api, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }) };
}

describe('the shipment page for the admin', () => {
  it('records the buyer’s refusal of a delivery, with its reason, and shows a refusal', async () => {
    let answers = 0;
    let current = shipment({ status: 'DELIVERED' });
    const { api, user } = open(
      () => current,
      on('POST', `/logistics/shipments/${ID}/acceptance`, () => {
        answers += 1;
        if (answers > 1) current = shipment({ status: 'DISPUTED' });
        return answers === 1
          ? {
              status: 409,
              json: {
                statusCode: 409,
                message: 'the inspection period ended: a refusal comes too late',
              },
            }
          : { json: current };
      }),
    );
    const form = await screen.findByRole('form', { name: 'Buyer’s answer' });
    expect(screen.getByRole('link', { name: 'Customs declaration' }).getAttribute('href')).toBe(
      `/exporter/declarations/${DECLARATION_ID}`,
    );
    expect(screen.getByRole('link', { name: 'Invoice' }).getAttribute('href')).toBe(
      `/exporter/invoices/${INVOICE_ID}`,
    );

    // a refusal without a reason is not sent
    await user.click(within(form).getByRole('button', { name: 'Refuse delivery' }));
    expect(within(form).getByText('A refusal needs a reason.')).toBeTruthy();
    expect(api.calls.some((call) => call.path.endsWith('/acceptance'))).toBe(false);

    await user.type(within(form).getByLabelText('Reason'), 'frame split on arrival');
    await user.click(within(form).getByRole('button', { name: 'Refuse delivery' }));
    expect(await within(form).findByText(/a refusal comes too late/)).toBeTruthy();
    expect(api.calls.find((call) => call.path.endsWith('/acceptance'))?.body).toEqual({
      accepted: false,
      reason: 'frame split on arrival',
    } satisfies BodyOf<'logistics_ShipmentsController_answer'>);

    await user.click(within(form).getByRole('button', { name: 'Refuse delivery' }));
    expect(await screen.findByRole('form', { name: 'Settle the dispute' })).toBeTruthy();
  });

  it('accepts a delivery', async () => {
    const { api, user } = open(
      () => shipment({ status: 'DELIVERED' }),
      on('POST', `/logistics/shipments/${ID}/acceptance`, () => ({
        json: shipment({ status: 'ACCEPTED' }),
      })),
    );
    await user.click(await screen.findByRole('button', { name: 'Accept delivery' }));
    expect(api.calls.find((call) => call.path.endsWith('/acceptance'))?.body).toEqual({
      accepted: true,
    });
  });

  it('settles a disputed sale, showing the claim and what the service refused', async () => {
    let tries = 0;
    const { api, user } = open(
      () => shipment({ status: 'DISPUTED', claim: CLAIM }),
      on('POST', `/logistics/shipments/${ID}/dispute-settlement`, () => {
        tries += 1;
        return tries === 1
          ? {
              status: 400,
              json: { statusCode: 400, message: ['reason must not be blank'] },
            }
          : { json: shipment({ status: 'DISPUTED', claim: CLAIM }) };
      }),
    );
    const form = await screen.findByRole('form', { name: 'Settle the dispute' });
    const claim = screen.getByRole('region', { name: 'Damage claim' });
    expect(within(claim).getByText('Open')).toBeTruthy();
    expect(within(claim).getByText('Held until the claim is settled')).toBeTruthy();
    expect(within(claim).getByRole('listitem').textContent).toBe(
      'lower left corner of the frame: split in the gilding (Moderate, New)',
    );

    const outcome = within(form).getByLabelText('Outcome');
    expect(
      within(outcome)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['RELEASE_TO_EXPORTER', 'REFUND_BUYER']);
    await user.click(within(form).getByRole('button', { name: 'Settle dispute' }));
    expect(within(form).getByText('Give a reason.')).toBeTruthy();
    expect(api.calls.some((call) => call.path.endsWith('/dispute-settlement'))).toBe(false);

    await user.selectOptions(outcome, 'REFUND_BUYER');
    await user.type(within(form).getByLabelText('Why'), 'tear confirmed by the surveyor');
    await user.click(within(form).getByRole('button', { name: 'Settle dispute' }));
    expect(await within(form).findByText('must not be blank')).toBeTruthy();
    expect(api.calls.find((call) => call.path.endsWith('/dispute-settlement'))?.body).toEqual({
      outcome: 'REFUND_BUYER',
      reason: 'tear confirmed by the surveyor',
    } satisfies BodyOf<'logistics_ShipmentsController_settleDispute'>);
  });

  it('offers no refund for a loan, which has no sale to undo', async () => {
    open(() => shipment({ status: 'DISPUTED', purpose: 'TEMPORARY_EXHIBITION', price: undefined }));
    const form = await screen.findByRole('form', { name: 'Settle the dispute' });
    const outcome = within(form).getByLabelText('Outcome');
    expect(
      within(outcome)
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['RELEASE_TO_EXPORTER']);
  });

  it('takes the condition report at origin but leaves dispatch to the operator', async () => {
    const { api, user } = open(
      () => shipment({ status: 'PAID' }),
      on('POST', `/logistics/shipments/${ID}/condition-reports`, () => ({
        status: 201,
        json: { shipmentStatus: 'PAID', newDamages: 0 },
      })),
    );
    const origin = await screen.findByRole('form', { name: 'Condition report at origin' });
    // POST .../dispatch is LOGISTICS_OPERATOR only (403 for the admin)
    expect(screen.queryByRole('button', { name: 'Dispatch shipment' })).toBeNull();
    expect(screen.getByText('Paid: the logistics operator dispatches it.')).toBeTruthy();

    await user.type(within(origin).getByLabelText('Inspector'), 'M. Chen');
    await user.type(within(origin).getByLabelText('Photographs'), 'cr/1.jpg');
    await user.click(within(origin).getByRole('button', { name: 'Record condition report' }));
    expect(
      await within(origin).findByText('Condition report recorded; new damage: 0.'),
    ).toBeTruthy();
    expect(
      api.calls.find((call) => call.method === 'POST' && call.path.endsWith('/condition-reports'))
        ?.body,
    ).toMatchObject({ stage: 'ORIGIN', inspector: 'M. Chen', photoRefs: ['cr/1.jpg'] });
  });

  it('records the works’ entry into bond and where they are, as the operator does', async () => {
    const { api, user } = open(
      () => shipment({ status: 'IN_TRANSIT', ftzBonded: true }),
      on('POST', `/logistics/shipments/${ID}/tracking-events`, () => ({
        status: 201,
        json: shipment({ status: 'IN_TRANSIT', ftzBonded: true }),
      })),
    );
    expect(await screen.findByRole('form', { name: 'Enter bonded storage' })).toBeTruthy();
    const tracking = screen.getByRole('form', { name: 'Add a tracking event' });
    await user.selectOptions(within(tracking).getByLabelText('Event'), 'ARRIVED');
    await user.type(within(tracking).getByLabelText('Location'), 'PVG Shanghai Pudong');
    await user.click(within(tracking).getByRole('button', { name: 'Add tracking event' }));
    expect(api.calls.find((call) => call.path.endsWith('/tracking-events'))?.body).toMatchObject({
      type: 'ARRIVED',
      location: 'PVG Shanghai Pudong',
    });
  });

  it('takes the condition report at destination beside the buyer’s answer', async () => {
    open(() => shipment({ status: 'DELIVERED' }));
    expect(
      await screen.findByRole('form', { name: 'Condition report at destination' }),
    ).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Buyer’s answer' })).toBeTruthy();
  });

  it('is not offered to the operator', async () => {
    const api = fakeApi(
      on('GET', `/logistics/shipments/${ID}`, () => ({ json: shipment({ status: 'DELIVERED' }) })),
    );
    renderScreen(<ExporterRoutes />, {
      route: `/exporter/shipments/${ID}`,
      path: '/exporter/*',
      user: { username: 'operator1', roles: ['LOGISTICS_OPERATOR'] },
      fetch: api.fetch,
    });
    expect(
      await screen.findByRole('form', { name: 'Condition report at destination' }),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Buyer’s answer' })).toBeNull();
  });

  it('names every outcome, finding and state the new sections show, in both languages', () => {
    const lists: [string, readonly string[]][] = [
      [
        'admin.outcomes',
        everyValue<Schema<'logistics.DisputeSettlementDto'>['outcome']>()([
          'RELEASE_TO_EXPORTER',
          'REFUND_BUYER',
        ]),
      ],
      [
        'claim.statuses',
        everyValue<Schema<'logistics.ClaimResponse'>['status']>()([
          'OPEN',
          'SETTLED_FOR_EXPORTER',
          'SETTLED_FOR_BUYER',
        ]),
      ],
      [
        'findings',
        everyValue<Schema<'logistics.ClaimDamageResponse'>['finding']>()([
          'KNOWN',
          'NEW',
          'WORSENED',
        ]),
      ],
      [
        'severities',
        everyValue<Schema<'logistics.DamageDto'>['severity']>()(['MINOR', 'MODERATE', 'SEVERE']),
      ],
      [
        'bonded.states',
        everyValue<Schema<'logistics.BondedStorageResponse'>['state']>()([
          'IN_BOND',
          'RELEASED',
          'RE_EXPORTED',
        ]),
      ],
      [
        'admission.states',
        everyValue<Schema<'logistics.AdmissionResponse'>['state']>()([
          'RUNNING',
          'OVERDUE',
          'DISCHARGED',
        ]),
      ],
    ];
    for (const texts of [exporterMessages.en, exporterMessages['zh-CN']]) {
      const missing = lists.flatMap(([list, values]) =>
        values.filter((value) => {
          const node = `${list}.${value}`
            .split('.')
            .reduce<unknown>(
              (tree, key) => (tree as Record<string, unknown> | undefined)?.[key],
              texts.shipmentActions,
            );
          return typeof node !== 'string';
        }),
      );
      expect(missing).toEqual([]);
    }
  });
});
