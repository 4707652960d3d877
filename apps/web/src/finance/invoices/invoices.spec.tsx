import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InvoicePage } from '../../api/invoice.types';
import { eur, invoice as invoiceFixture } from '../../testing/invoices.fixture';
import { fakeApi, on, renderScreen } from '../../testing/render';
import { InvoiceDetail } from './invoice-detail';
import { InvoiceList } from './invoice-list';

const finance = { username: 'finance1', roles: ['FINANCE' as const] };

const invoice = invoiceFixture({
  buyer: { name: 'Musée du Louvre', country: 'FR', address: 'Rue de Rivoli, Paris' },
  lines: [
    { kind: 'PRICE', description: 'Ink on paper', amount: eur('90071992547409.93') },
    { kind: 'DUTY', description: 'Import duty', amount: eur('0.00') },
  ],
  total: eur('90071992547409.93'),
  paid: eur('1000.00'),
  open: eur('90071992546409.93'),
  status: 'PARTIALLY_PAID',
});

describe('invoices', () => {
  it('lists invoices with reference, shipment, money, escrow, status and due date, filtered by status', async () => {
    const api = fakeApi(
      on('GET', '/payments/invoices', () => ({
        json: { items: [invoice], total: 1 } satisfies InvoicePage,
      })),
    );
    renderScreen(<InvoiceList />, {
      route: '/finance/invoices',
      user: finance,
      fetch: api.fetch,
    });
    const link = await screen.findByRole('link', { name: 'RF18539007547034' });
    const row = link.closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'RF18539007547034',
      '0190a1b2',
      '€90,071,992,547,409.93',
      '€1,000.00',
      '€90,071,992,546,409.93',
      'Awaiting funds',
      'Partially paid',
      'May 10, 2026',
    ]);
    expect(link.getAttribute('href')).toBe(`/finance/invoices/${invoice.id}`);

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'PARTIALLY_PAID');
    await waitFor(() =>
      expect(api.calls.at(-1)?.path).toBe(
        '/payments/invoices?status=PARTIALLY_PAID&page=1&pageSize=50',
      ),
    );
  });

  it('shows one invoice with its lines', async () => {
    const api = fakeApi(on('GET', `/payments/invoices/${invoice.id}`, () => ({ json: invoice })));
    renderScreen(<InvoiceDetail />, {
      route: `/finance/invoices/${invoice.id}`,
      path: '/finance/invoices/:id',
      user: finance,
      fetch: api.fetch,
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Invoice RF18539007547034',
    );
    const facts = screen.getByRole('table', { name: 'Invoice details' });
    expect(within(facts).getByRole('row', { name: 'Open €90,071,992,546,409.93' })).toBeTruthy();
    expect(within(facts).getByRole('row', { name: 'Escrow Awaiting funds' })).toBeTruthy();
    expect(screen.getByRole('row', { name: 'Customs duty Import duty €0.00' })).toBeTruthy();
  });
});
