import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { SHIPMENT_ID } from '../testing/exporter.fixture';
import { ConditionReportForm } from './condition-report-form';
import { TrackingEventForm } from './tracking-event-form';

const ID = SHIPMENT_ID;
const OPERATOR = { username: 'operator1', roles: ['LOGISTICS_OPERATOR' as const] };
const HOUR = 3600_000;
/** 24 November 2026 at this hour and minute, in the browser's time zone. */
const on24th = (hour: number, minute = 0) => new Date(2026, 10, 24, hour, minute);

/** Time passes on the test's clock; what the page asked meanwhile is answered. */
async function wait(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

const posted = (api: ReturnType<typeof fakeApi>, path: string) =>
  api.calls.filter((call) => call.method === 'POST' && call.path.endsWith(path));

describe('the time of an operator’s report', () => {
  beforeEach(() => {
    // the fetch stand-in resolves through Node's streams: only the timers are the test's
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
      now: on24th(8),
    });
  });
  afterEach(() => jest.useRealTimers());

  it('is the time of sending while untouched, and the time typed once changed', async () => {
    const api = fakeApi(
      on('POST', `/logistics/shipments/${ID}/tracking-events`, () => ({ status: 201, json: {} })),
    );
    renderScreen(<TrackingEventForm shipmentId={ID} onDone={() => undefined} />, {
      user: OPERATOR,
      fetch: api.fetch,
    });
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const time = screen.getByLabelText('Time') as HTMLInputElement;
    expect(time.value).toBe('2026-11-24T08:00');

    // the page stays open all morning: the work departs at 11:00, not at 08:00
    await wait(3 * HOUR);
    expect(time.value).toBe('2026-11-24T11:00');
    await user.selectOptions(screen.getByLabelText('Event'), 'DEPARTED');
    await user.type(screen.getByLabelText('Location'), 'PVG Shanghai Pudong');
    await user.click(screen.getByRole('button', { name: 'Add tracking event' }));
    expect(posted(api, '/tracking-events')[0]?.body).toMatchObject({
      type: 'DEPARTED',
      at: on24th(11).toISOString(),
    });

    // the next report starts from now again; a time typed is kept as the clock moves on
    await wait(HOUR / 2);
    expect(time.value).toBe('2026-11-24T11:30');
    await user.clear(time);
    await user.type(time, '2026-11-24T10:15');
    await wait(HOUR);
    expect(time.value).toBe('2026-11-24T10:15');
    await user.type(screen.getByLabelText('Location'), 'CDG Paris');
    await user.click(screen.getByRole('button', { name: 'Add tracking event' }));
    expect(posted(api, '/tracking-events')[1]?.body).toMatchObject({
      location: 'CDG Paris',
      at: on24th(10, 15).toISOString(),
    });
    // recorded: untouched again, at the time of that report
    await waitFor(() => expect(time.value).toBe('2026-11-24T12:30'));
  });

  it('is the time of sending in a condition report left open', async () => {
    const api = fakeApi(
      on('POST', `/logistics/shipments/${ID}/condition-reports`, () => ({
        status: 201,
        json: { shipmentStatus: 'DELIVERED', newDamages: 0 },
      })),
    );
    renderScreen(
      <ConditionReportForm shipmentId={ID} stage="DESTINATION" onDone={() => undefined} />,
      {
        user: OPERATOR,
        fetch: api.fetch,
      },
    );
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const form = screen.getByRole('form', { name: 'Condition report at destination' });
    const time = within(form).getByLabelText('Inspected at') as HTMLInputElement;

    await wait(5 * HOUR);
    expect(time.value).toBe('2026-11-24T13:00');
    await user.type(within(form).getByLabelText('Inspector'), 'A. Martin');
    await user.type(within(form).getByLabelText('Photographs'), 'cr/3.jpg');
    await user.click(within(form).getByRole('button', { name: 'Record condition report' }));
    expect(await within(form).findByText('Condition report recorded; new damage: 0.')).toBeTruthy();
    expect(posted(api, '/condition-reports')[0]?.body).toMatchObject({
      at: on24th(13).toISOString(),
    });
  });
});
