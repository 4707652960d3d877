import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eur } from '../../testing/invoices.fixture';
import { fakeApi, on, renderScreen } from '../../testing/render';
import type { LedgerBalances } from '../finance.types';
import { LedgerPage } from './ledger-page';

const finance = { username: 'finance1', roles: ['FINANCE' as const] };

describe('ledger', () => {
  it('shows balances per account and that debits equal credits', async () => {
    const api = fakeApi(
      on('GET', '/payments/ledger/balances', () => ({
        json: {
          accounts: [
            {
              account: 'BANK',
              code: '1000',
              name: 'Bank',
              type: 'ASSET',
              currency: 'EUR',
              debits: eur('1250.00'),
              credits: eur('0.00'),
              balance: eur('1250.00'),
            },
            {
              account: 'BUYER_RECEIVABLE',
              code: '1100',
              name: 'Buyer receivables',
              type: 'ASSET',
              currency: 'EUR',
              debits: eur('1250.00'),
              credits: eur('1250.00'),
              balance: eur('0.00'),
            },
            {
              account: 'ESCROW_LIABILITY',
              code: '2100',
              name: 'Escrow held',
              type: 'LIABILITY',
              currency: 'EUR',
              debits: eur('0.00'),
              credits: eur('1250.00'),
              balance: eur('1250.00'),
            },
          ],
          totals: [
            { currency: 'EUR', debits: eur('2500.00'), credits: eur('2500.00'), balanced: true },
          ],
          balanced: true,
        } satisfies LedgerBalances,
      })),
    );
    renderScreen(<LedgerPage />, { route: '/finance/ledger', user: finance, fetch: api.fetch });
    expect(await screen.findByText('Debits equal credits in every currency.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Debits equal credits in every currency.');
    const totals = screen.getByRole('table', { name: 'Debits and credits per currency' });
    expect(within(totals).getByRole('row', { name: 'EUR €2,500.00 €2,500.00 Equal' })).toBeTruthy();
    const accounts = screen.getByRole('table', { name: 'Balances per account' });
    expect(
      within(accounts).getByRole('row', {
        name: '2100 Escrow held Liability EUR €0.00 €1,250.00 €1,250.00',
      }),
    ).toBeTruthy();
  });

  it('filters by currency and says a refused currency under the field, keeping it', async () => {
    const api = fakeApi(
      on('GET', '/payments/ledger/balances', (call) =>
        call.path.includes('currency=EURO')
          ? {
              status: 400,
              json: { statusCode: 400, message: ['currency must be an ISO 4217 currency code'] },
            }
          : { json: { accounts: [], totals: [], balanced: true } satisfies LedgerBalances },
      ),
    );
    renderScreen(<LedgerPage />, { route: '/finance/ledger', user: finance, fetch: api.fetch });
    await screen.findByText('Nothing has been booked yet.');
    const field = screen.getByLabelText('Currency') as HTMLInputElement;
    await userEvent.type(field, 'euro');
    await userEvent.click(screen.getByRole('button', { name: 'Show balances' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('must be an ISO 4217 currency code');
    expect(field.value).toBe('EURO');
    expect(api.calls.at(-1)?.path).toBe('/payments/ledger/balances?currency=EURO');
  });
});
