import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router-dom';
import type { DeclarationList } from '../../api/declaration.types';
import { list, summary } from '../../testing/declarations.fixture';
import { fakeApi, on, renderScreen, type FakeCall } from '../../testing/render';
import { ReviewQueue } from './review-queue';

const OFFICER = { username: 'officer1', roles: ['CUSTOMS_OFFICER' as const] };
const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

function Opened() {
  return <p>declaration {useParams().id}</p>;
}

function queueApp() {
  return (
    <Routes>
      <Route path="/customs/queue" element={<ReviewQueue />} />
      <Route path="/customs/declarations/:id" element={<Opened />} />
    </Routes>
  );
}

function renderQueue(answer: (call: FakeCall) => DeclarationList, language?: 'zh-CN') {
  const api = fakeApi(on('GET', '/customs/declarations', (call) => ({ json: answer(call) })));
  renderScreen(queueApp(), {
    route: '/customs/queue',
    path: '/*',
    user: OFFICER,
    fetch: api.fetch,
    language,
  });
  return api;
}

const query = (call: FakeCall) => new URLSearchParams(call.path.split('?')[1]);
const rows = () =>
  within(screen.getByRole('table', { name: 'Declarations' }))
    .getAllByRole('row')
    .slice(1);

describe('the review queue', () => {
  it('asks for pending reviews by deadline and lists them soonest first, each a link', async () => {
    const api = renderQueue(() =>
      list([
        summary({ id: '00000000-0000-7000-8000-00000000000c', reviewDueAt: hours(30) }),
        summary({ id: '00000000-0000-7000-8000-00000000000a', reviewDueAt: hours(2) }),
        summary({ id: '00000000-0000-7000-8000-00000000000b', reviewDueAt: hours(10) }),
      ]),
    );
    expect(await screen.findByRole('heading', { name: 'Review queue' })).toBeTruthy();
    await screen.findByRole('table', { name: 'Declarations' });
    expect(Object.fromEntries(query(api.calls[0]))).toEqual({
      status: 'PENDING_REVIEW',
      sort: 'deadline',
      page: '1',
      pageSize: '20',
    });
    const links = screen.getAllByRole('link', { name: /^Open declaration / });
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Open declaration 0000000A',
      'Open declaration 0000000B',
      'Open declaration 0000000C',
    ]);
    expect(links[0].getAttribute('href')).toBe(
      '/customs/declarations/00000000-0000-7000-8000-00000000000a',
    );
    expect(within(rows()[0]).getByText('France (FR) to China (CN)')).toBeTruthy();
    expect(screen.getByText('3 declarations')).toBeTruthy();
  });

  it('marks overdue reviews with the row class and a visible badge, the others not', async () => {
    renderQueue(() =>
      list([
        summary({ id: 'a-flagged', reviewDueAt: hours(-5), overdue: true }),
        // passed since the service answered: overdue all the same
        summary({ id: 'b-just-passed', reviewDueAt: hours(-0.01), overdue: false }),
        summary({ id: 'c-in-time', reviewDueAt: hours(5) }),
      ]),
    );
    await screen.findByRole('table', { name: 'Declarations' });
    const [flagged, passed, inTime] = rows();
    for (const row of [flagged, passed]) {
      expect(row.className).toBe('overdue');
      expect(within(row).getByText('Overdue')).toBeTruthy();
    }
    expect(inTime.className).toBe('');
    expect(within(inTime).queryByText('Overdue')).toBeNull();
    expect(screen.getByText(/2 overdue on this page/)).toBeTruthy();
  });

  it('shows another status, or all of them, on request', async () => {
    const api = renderQueue((call) =>
      list([
        summary({ status: (query(call).get('status') as never) ?? 'CLEARED', reviewDueAt: null }),
      ]),
    );
    await screen.findByRole('table', { name: 'Declarations' });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Rejected');
    await waitFor(() => expect(query(api.calls.at(-1)!).get('status')).toBe('REJECTED'));
    expect(await within(rows()[0]).findByText('Rejected')).toBeTruthy();
    expect(within(rows()[0]).queryByText('Overdue')).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'All statuses');
    await waitFor(() => expect(query(api.calls.at(-1)!).has('status')).toBe(false));
  });

  it('filters by kind and tells exports and imports from bond apart at a glance', async () => {
    const api = renderQueue((call) =>
      query(call).get('kind') === 'IMPORT'
        ? list([
            summary({
              id: 'import-1',
              kind: 'IMPORT',
              itemCount: 3,
              firstItem: { title: 'Qingming silk scarf', artistName: 'Zhang Zeduan' },
              totalDeclaredValue: null,
              declaredValues: [
                { amount: '1200.00', currency: 'CNY' },
                { amount: '300.00', currency: 'EUR' },
              ],
            }),
          ])
        : list([summary()]),
    );
    await screen.findByRole('table', { name: 'Declarations' });
    expect(query(api.calls[0]).has('kind')).toBe(false);
    const [exported] = rows();
    expect(within(exported).getByText('Export')).toBeTruthy();
    expect(within(exported).getByText(/^Ville-d'Avray, the Pond at Dusk/)).toBeTruthy();
    expect(exported.textContent).toContain(
      "Ville-d'Avray, the Pond at Dusk, Jean-Baptiste-Camille Corot",
    );
    expect(within(exported).getByText('€185,000.00')).toBeTruthy();
    expect(within(exported).queryByText(/more item/)).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'Import from bond');
    await waitFor(() => expect(query(api.calls.at(-1)!).get('kind')).toBe('IMPORT'));
    // the status asked for stays as it was
    expect(query(api.calls.at(-1)!).get('status')).toBe('PENDING_REVIEW');
    const [imported] = await waitFor(() => {
      const found = rows();
      expect(within(found[0]).getByText('Import from bond')).toBeTruthy();
      return found;
    });
    expect(within(imported).getByText('and 2 more items')).toBeTruthy();
    // several currencies: no total, each currency's sum
    expect(within(imported).getByText('CN¥1,200.00 + €300.00')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'Exports and imports');
    await waitFor(() => expect(query(api.calls.at(-1)!).has('kind')).toBe(false));
  });

  it('pages through a long queue', async () => {
    const api = renderQueue((call) =>
      list(
        [summary({ id: `row-page-${query(call).get('page')}` })],
        45,
        Number(query(call).get('page')),
      ),
    );
    expect(await screen.findByText('Page 1 of 3')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 3')).toBeTruthy();
    expect(query(api.calls.at(-1)!).get('page')).toBe('2');
  });

  it('opens a declaration from its link with the keyboard', async () => {
    renderQueue(() => list([summary()]));
    const link = await screen.findByRole('link', { name: 'Open declaration 2065C3A9' });
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(
      await screen.findByText('declaration 01a249bd-b711-71fa-902e-35632065c3a9'),
    ).toBeTruthy();
  });

  it('says so when nothing waits', async () => {
    renderQueue(() => list([]));
    expect(await screen.findByText('No declarations with this status.')).toBeTruthy();
  });

  it('is in Simplified Chinese when asked', async () => {
    renderQueue(() => list([summary({ reviewDueAt: hours(-1), overdue: true })]), 'zh-CN');
    expect(await screen.findByRole('heading', { name: '审核队列' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: '打开报关单 2065C3A9' })).toBeTruthy();
    expect(screen.getByText('已超期')).toBeTruthy();
    expect(screen.getByText('法国 (FR) 至 中国 (CN)')).toBeTruthy();
    expect(screen.getByLabelText('状态')).toBeTruthy();
    expect(screen.getByLabelText('类型')).toBeTruthy();
    const table = screen.getByRole('table', { name: '报关单' });
    expect(within(within(table).getAllByRole('row')[1]).getByText('出口')).toBeTruthy();
  });
});

describe('the review queue’s refresh', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks again every 10 seconds and shows what is new', async () => {
    let answers = 0;
    const api = renderQueue(() =>
      ++answers === 1
        ? list([summary({ id: 'first' })])
        : list([summary({ id: 'first' }), summary({ id: 'newly-filed', reviewDueAt: hours(1) })]),
    );
    await screen.findByRole('table', { name: 'Declarations' });
    expect(rows()).toHaveLength(1);
    expect(api.calls).toHaveLength(1);
    await act(async () => {
      jest.advanceTimersByTime(10_000);
    });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1].path).toBe(api.calls[0].path);
  });
});
