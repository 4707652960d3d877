import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { everyValue } from '../../api/every-value';
import type { Role } from '../../auth/session';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { exporterMessages } from '../exporter.messages';
import { ExporterRoutes } from '../exporter-routes';
import type { ConditionReport, Shipment, TimelineStep } from '../shared/api-types';
import { shipment as shipmentFixture, SHIPMENT_ID } from '../testing/exporter.fixture';

const ID = SHIPMENT_ID;
const REPORTS = `/logistics/shipments/${ID}/condition-reports`;

const ORIGIN: ConditionReport = {
  id: '019a0000-0000-7000-8000-00000000c101',
  shipmentId: ID,
  stage: 'ORIGIN',
  inspector: 'M. Chen',
  at: '2026-11-24T12:00:00.000Z',
  notes: 'crated in the studio\nhumidity 50 %',
  photoRefs: ['cr/1.jpg', 'https://photos.example/cr/2.jpg'],
  damages: [],
  newDamages: 0,
  recordedBy: 'operator1',
  recordedAt: '2026-11-24T12:05:00.000Z',
};

const DESTINATION: ConditionReport = {
  id: '019a0000-0000-7000-8000-00000000c102',
  shipmentId: ID,
  stage: 'DESTINATION',
  inspector: 'A. Martin',
  at: '2026-12-01T09:30:00.000Z',
  photoRefs: ['cr/3.jpg'],
  damages: [
    {
      finding: 'NEW',
      location: 'lower left corner of the frame',
      description: 'split in the gilding',
      severity: 'MODERATE',
    },
  ],
  newDamages: 1,
  recordedBy: 'admin',
  recordedAt: '2026-12-01T10:00:00.000Z',
};

const REPORTED: TimelineStep = {
  at: ORIGIN.at,
  type: 'CONDITION_REPORTED',
  source: 'logistics',
  detail: 'ORIGIN condition report by M. Chen',
};

function open(
  roles: Role[],
  current: () => Shipment,
  reports: () => ConditionReport[],
  ...routes: Parameters<typeof fakeApi>
) {
  const api = fakeApi(
    on('GET', `/logistics/shipments/${ID}`, () => ({ json: current() })),
    on('GET', REPORTS, () => ({ json: { items: reports() } })),
    ...routes,
  );
  renderScreen(<ExporterRoutes />, {
    route: `/exporter/shipments/${ID}`,
    path: '/exporter/*',
    user: { username: 'someone', roles },
    fetch: api.fetch,
  });
  return { api, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }) };
}

const medium = (iso: string) =>
  new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );

describe('the condition reports on the shipment page', () => {
  it('shows the exporter who inspected the works, when, what was found, the notes and photographs', async () => {
    open(
      ['EXPORTER'],
      () => shipmentFixture({ status: 'DISPUTED', artworkIds: [] }),
      () => [ORIGIN, DESTINATION],
    );
    const list = await screen.findByRole('list', { name: 'Condition reports' });
    const [origin, destination] = within(list).getAllByRole('listitem', {
      name: /^At (origin|destination)$/,
    });

    expect(within(origin).getByRole('heading', { name: 'At origin' })).toBeTruthy();
    expect(within(origin).getByText('M. Chen')).toBeTruthy();
    const [inspected, recorded] = [...origin.querySelectorAll('time')];
    expect(inspected.getAttribute('dateTime')).toBe(ORIGIN.at);
    expect(inspected.textContent).toBe(medium(ORIGIN.at));
    expect(recorded.getAttribute('dateTime')).toBe(ORIGIN.recordedAt);
    expect(within(origin).getByText(/by operator1/)).toBeTruthy();
    expect(within(origin).getByText('No damage: the works are in perfect condition.')).toBeTruthy();
    expect(origin.querySelector('.condition-notes')?.textContent).toBe(ORIGIN.notes);
    const photos = within(origin).getByRole('list', { name: 'Photographs' });
    expect(within(photos).getByText('cr/1.jpg').tagName).toBe('CODE');
    expect(
      within(photos)
        .getByRole('link', { name: 'https://photos.example/cr/2.jpg' })
        .getAttribute('href'),
    ).toBe('https://photos.example/cr/2.jpg');

    expect(within(destination).getByText('A. Martin')).toBeTruthy();
    expect(within(destination).getByText('New damage: 1.')).toBeTruthy();
    const damage = within(within(destination).getByRole('list', { name: 'Damage found' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(damage).toEqual([
      'lower left corner of the frame: split in the gilding (Moderate, New)',
    ]);
    expect(within(destination).queryByText(/Notes/)).toBeNull();
  });

  it('says when none has been recorded', async () => {
    open(
      ['EXPORTER'],
      () => shipmentFixture({ status: 'RESERVED', artworkIds: [] }),
      () => [],
    );
    expect(await screen.findByText('No condition report recorded yet.')).toBeTruthy();
  });

  it('shows the operator a report as soon as it is recorded', async () => {
    let current = shipmentFixture({ status: 'PAID', artworkIds: [] });
    let reports: ConditionReport[] = [];
    const { api, user } = open(
      ['LOGISTICS_OPERATOR'],
      () => current,
      () => reports,
      on('POST', REPORTS, () => {
        reports = [ORIGIN];
        current = { ...current, timeline: [REPORTED] };
        return { status: 201, json: { ...ORIGIN, shipmentStatus: 'PAID' } };
      }),
    );
    expect(await screen.findByText('No condition report recorded yet.')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Condition report at origin' });
    await user.type(within(form).getByLabelText('Inspector'), 'M. Chen');
    await user.type(within(form).getByLabelText('Photographs'), 'cr/1.jpg');
    await user.click(within(form).getByRole('button', { name: 'Record condition report' }));

    const list = await screen.findByRole('list', { name: 'Condition reports' });
    expect(within(list).getByText('M. Chen')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'GET' && call.path === REPORTS)).toHaveLength(
      2,
    );
  });

  it('names every stage, in both languages', () => {
    const stages = everyValue<ConditionReport['stage']>()(['ORIGIN', 'DESTINATION']);
    for (const texts of [exporterMessages.en, exporterMessages['zh-CN']])
      expect(
        stages.filter((stage) => typeof texts.conditionReports.stages[stage] !== 'string'),
      ).toEqual([]);
  });
});
