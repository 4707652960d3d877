import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, on, renderScreen } from '../../testing/render';
import type {
  EscrowHeldReport,
  MatchRateReport,
  OpenInvoicesByAgeReport,
  StatusCounts,
} from '../finance.types';
import { ChartSizeContext } from './chart-frame';
import { ReportsPage } from './reports-page';

const finance = { username: 'finance1', roles: ['FINANCE' as const] };
const none: StatusCounts = {
  MATCHED: 0,
  PARTIALLY_PAID: 0,
  SUGGESTED: 0,
  EXCEPTION: 0,
  DISMISSED: 0,
};

function reportsApi() {
  return fakeApi(
    on('GET', '/payments/reports/escrow-held', (call) =>
      call.path.includes('from=2026-04-05&to=2026-05-04') || call.path.includes('from=2026-05-02')
        ? {
            json: {
              currencies: [
                { currency: 'EUR', held: '1150.00' },
                { currency: 'JPY', held: '5000' },
              ],
              series: {
                from: '2026-05-02',
                to: '2026-05-04',
                currencies: [
                  {
                    currency: 'EUR',
                    days: [
                      { date: '2026-05-02', held: '0.00' },
                      { date: '2026-05-03', held: '1150.00' },
                      { date: '2026-05-04', held: '1150.00' },
                    ],
                  },
                  {
                    currency: 'JPY',
                    days: [
                      { date: '2026-05-02', held: '5000' },
                      { date: '2026-05-03', held: '5000' },
                      { date: '2026-05-04', held: '5000' },
                    ],
                  },
                ],
              },
            } satisfies EscrowHeldReport,
          }
        : {
            status: 400,
            json: { statusCode: 400, message: ['from 2026-06-01 is after to 2026-05-04'] },
          },
    ),
    on('GET', '/payments/reports/match-rate', () => ({
      json: {
        rules: [
          { rule: 'REC-EXACT', total: 6, statuses: { ...none, MATCHED: 6 } },
          { rule: 'REC-FUZZY', total: 2, statuses: { ...none, SUGGESTED: 2 } },
          { rule: 'REC-NONE', total: 2, statuses: { ...none, EXCEPTION: 2 } },
        ],
        automatic: { decisions: 10, matched: 6, share: 0.6 },
        manual: [{ action: 'CONFIRMED', rule: 'REC-FUZZY', count: 1 }],
      } satisfies MatchRateReport,
    })),
    on('GET', '/payments/reports/open-invoices-by-age', () => ({
      json: {
        asOf: '2026-05-04',
        basis: 'due',
        buckets: ['0-30', '31-60', '61-90', '>90'],
        currencies: [
          {
            currency: 'EUR',
            count: 3,
            open: '2050.00',
            buckets: [
              { bucket: '0-30', count: 2, open: '1250.00' },
              { bucket: '31-60', count: 0, open: '0.00' },
              { bucket: '61-90', count: 0, open: '0.00' },
              { bucket: '>90', count: 1, open: '800.00' },
            ],
          },
        ],
      } satisfies OpenInvoicesByAgeReport,
    })),
  );
}

function renderReports(api: ReturnType<typeof fakeApi>) {
  return renderScreen(
    <ChartSizeContext.Provider value={{ width: 640, height: 280 }}>
      <ReportsPage today="2026-05-04" />
    </ChartSizeContext.Provider>,
    { route: '/finance/reports', user: finance, fetch: api.fetch },
  );
}

const cells = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('reports', () => {
  it('charts escrow held over the last 30 days by currency, with its numbers in a table', async () => {
    const api = reportsApi();
    const { container } = renderReports(api);
    const table = await screen.findByRole('table', {
      name: 'Escrow held in EUR at the end of each day',
    });
    expect(within(table).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['May 2, 2026', '€0.00'],
      ['May 3, 2026', '€1,150.00'],
      ['May 4, 2026', '€1,150.00'],
    ]);
    expect(api.calls[0].path).toBe('/payments/reports/escrow-held?from=2026-04-05&to=2026-05-04');
    expect(
      screen.getByRole('img', { name: 'Chart of escrow held in EUR at the end of each day' }),
    ).toBeTruthy();
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Currency'), 'JPY');
    const yen = await screen.findByRole('table', {
      name: 'Escrow held in JPY at the end of each day',
    });
    expect(within(yen).getAllByRole('row')[1].textContent).toContain('¥5,000');
  });

  it('says a refused range next to the date it concerns, keeping the dates typed', async () => {
    const api = reportsApi();
    renderReports(api);
    await screen.findByRole('table', { name: 'Escrow held now' });
    const from = screen.getByLabelText('From') as HTMLInputElement;
    await userEvent.clear(from);
    await userEvent.type(from, '2026-06-01');
    await userEvent.click(within(from.closest('section')!).getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    expect(within(from.closest('.field')!).getByRole('alert').textContent).toBe(
      '2026-06-01 is after to 2026-05-04',
    );
    expect(from.value).toBe('2026-06-01');
  });

  it('charts the match rate by rule with a table of decisions per status', async () => {
    renderReports(reportsApi());
    const table = await screen.findByRole('table', { name: 'Automatic decisions per rule' });
    const rows = within(table).getAllByRole('row');
    expect(rows[0].textContent).toBe('RuleMatchedPartially paidSuggestedExceptionTotalMatch rate');
    expect(rows.slice(1).map(cells)).toEqual([
      ['REC-EXACT exact amount, reference matches', '6', '0', '0', '0', '6', '100%'],
      ['REC-FUZZY no reference; amount, payer and date fit', '0', '0', '2', '0', '2', '0%'],
      ['REC-NONE nothing matches', '0', '0', '0', '2', '2', '0%'],
    ]);
    expect(screen.getByText('60% of payments matched automatically (6 of 10).')).toBeTruthy();
    expect(
      within(screen.getByRole('table', { name: 'Decisions by people per rule' })).getByRole('row', {
        name: 'Suggestion confirmed REC-FUZZY 1',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', { name: 'Chart of the automatic decisions per rule, by status' }),
    ).toBeTruthy();
  });

  it('charts open invoices by age with every bucket and the totals in a table', async () => {
    const api = reportsApi();
    renderReports(api);
    const table = await screen.findByRole('table', {
      name: 'Open invoices in EUR by age, as of May 4, 2026',
    });
    expect(within(table).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['0–30 days', '2', '€1,250.00'],
      ['31–60 days', '0', '€0.00'],
      ['61–90 days', '0', '€0.00'],
      ['Over 90 days', '1', '€800.00'],
      ['Total', '3', '€2,050.00'],
    ]);
    expect(
      api.calls.find((call) => call.path.startsWith('/payments/reports/open-invoices-by-age'))
        ?.path,
    ).toBe('/payments/reports/open-invoices-by-age?basis=due&asOf=2026-05-04');

    await userEvent.selectOptions(screen.getByLabelText('Age counted from'), 'issue');
    const section = screen.getByRole('region', { name: 'Open invoices by age' });
    await userEvent.click(within(section).getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(api.calls.map((call) => call.path)).toContain(
        '/payments/reports/open-invoices-by-age?basis=issue&asOf=2026-05-04',
      ),
    );
  });
});
