import { screen, within } from '@testing-library/react';
import type { Language } from '../i18n/i18n';
import { invoice } from '../testing/invoices.fixture';
import { renderScreen } from '../testing/render';
import { InvoiceTable, type InvoiceReader } from './invoice-table';

const INVOICE = invoice({ status: 'PARTIALLY_PAID' });

describe('the invoice table', () => {
  it.each([
    ['exporter', 'en', false],
    ['exporter', 'zh-CN', false],
    ['finance', 'en', true],
    ['finance', 'zh-CN', true],
  ] as [InvoiceReader, Language, boolean][])(
    'names its columns in the %s’s words (%s)',
    (reader, language, escrow) => {
      renderScreen(
        <InvoiceTable
          reader={reader}
          invoices={[INVOICE]}
          caption="Invoices"
          href={() => '/invoice'}
          escrow={escrow}
        />,
        { language },
      );
      const names = within(screen.getByRole('table'))
        .getAllByRole('columnheader')
        .map((header) => header.textContent ?? '');
      expect(names).toHaveLength(escrow ? 8 : 7);
      expect(names.filter((name) => name.includes('invoices.'))).toEqual([]);
    },
  );

  it('marks an overdue invoice for the reader who asks', () => {
    renderScreen(
      <InvoiceTable
        reader="exporter"
        invoices={[INVOICE]}
        caption="Invoices"
        href={(invoice) => `/exporter/invoices/${invoice.id}`}
        shipmentHref={(invoice) => `/exporter/shipments/${invoice.shipmentId}`}
        overdue={{ label: 'Overdue', is: () => true }}
      />,
    );
    const row = screen.getAllByRole('row')[1];
    expect(row.className).toBe('overdue');
    expect(within(row).getByText('Overdue')).toBeTruthy();
    expect(within(row).getByRole('link', { name: '0190a1b2' }).getAttribute('href')).toBe(
      `/exporter/shipments/${INVOICE.shipmentId}`,
    );
  });
});
