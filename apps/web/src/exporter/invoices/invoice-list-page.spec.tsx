import { screen, within } from '@testing-library/react';
import type { InvoicePage } from '../../api/invoice.types';
import { eur, invoice } from '../../testing/invoices.fixture';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { ExporterRoutes } from '../exporter-routes';

const INVOICE = invoice({
  id: '019a0000-0000-7000-8000-00000000e001',
  shipmentId: '019a0000-0000-7000-8000-00000000d001',
  total: eur('50640.00'),
  paid: eur('20000.00'),
  open: eur('30640.00'),
  status: 'PARTIALLY_PAID',
  dueAt: '2000-01-01T00:00:00.000Z',
});

describe('the exporter’s invoices', () => {
  it('lists reference, total, paid, open, status and due date, overdue ones marked', async () => {
    const api = fakeApi(
      on('GET', '/payments/invoices', () => ({
        json: { items: [INVOICE], total: 1 } satisfies InvoicePage,
      })),
    );
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/invoices',
      path: '/exporter/*',
      user: { username: 'exporter1', roles: ['EXPORTER'] },
      fetch: api.fetch,
    });
    const row = within(await screen.findByRole('table')).getAllByRole('row')[1];
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 6)).toEqual([
      'RF18539007547034',
      '019a0000',
      '€50,640.00',
      '€20,000.00',
      '€30,640.00',
      'Partly paid',
    ]);
    expect(cells[6]).toContain('Overdue');
    expect(row.className).toBe('overdue');
    expect(within(row).getByRole('link', { name: 'RF18539007547034' }).getAttribute('href')).toBe(
      `/exporter/invoices/${INVOICE.id}`,
    );
  });

  it('is not for the logistics operator', () => {
    renderScreen(<ExporterRoutes />, {
      route: '/exporter/invoices',
      path: '/exporter/*',
      user: { username: 'operator1', roles: ['LOGISTICS_OPERATOR'] },
    });
    expect(screen.getByRole('alert').textContent).toBe('You may not see this page.');
  });
});
