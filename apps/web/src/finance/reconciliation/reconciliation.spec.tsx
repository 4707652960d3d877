import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Invoice, InvoicePage } from '../../api/invoice.types';
import { eur, invoice as invoiceFixture } from '../../testing/invoices.fixture';
import { fakeApi, on, renderScreen, type FakeCall } from '../../testing/render';
import type {
  ReconciliationEntry,
  ReconciliationEntryDetail,
  ReconciliationEntryPage,
} from '../finance.types';
import { EntryDetail } from './entry-detail';
import { ReconciliationPage } from './reconciliation-page';

const finance = { username: 'finance1', roles: ['FINANCE' as const] };

function invoice(id: string, reference: string, open: string, buyer: string): Invoice {
  return invoiceFixture({
    id,
    reference,
    buyer: { name: buyer, country: 'FR', address: 'Paris' },
    total: eur(open),
    open: eur(open),
  });
}

const louvre = invoice(
  '0190a1b2-0000-7000-8000-00000000b001',
  'RF18539007547034',
  '1250.00',
  'Musée du Louvre',
);
const orsay = invoice(
  '0190a1b2-0000-7000-8000-00000000b002',
  'RF71ART2',
  '800.00',
  'Musée d’Orsay',
);

function entry(
  entryId: string,
  status: 'SUGGESTED' | 'EXCEPTION',
  amount: string,
  payer: string,
  invoiceId: string | null,
): ReconciliationEntry {
  return {
    entryId,
    statementEntryId: '0190a1b2-0000-7000-8000-00000000c000',
    amount: { amount, currency: 'EUR' },
    creditDebit: 'CRDT',
    reversal: false,
    bookingDate: '2026-05-08',
    references: [],
    remittanceText: 'painting',
    payer: { name: payer, iban: 'FR7630006000011234567890189' },
    status,
    rule: status === 'SUGGESTED' ? 'REC-FUZZY' : 'REC-NONE',
    invoiceId,
    explanation: status === 'SUGGESTED' ? 'amount and payer fit' : 'nothing matches',
    decidedBy: 'finance1',
    decidedAt: '2026-05-08T10:00:00.000Z',
  };
}

const SUGGESTED_ID = '0190a1b2-0000-7000-8000-00000000d001';
const EXCEPTION_ID = '0190a1b2-0000-7000-8000-00000000d002';

/** The payments service as far as this screen uses it, keeping what was decided. */
function payments() {
  const entries = [
    entry(SUGGESTED_ID, 'SUGGESTED', '1250.00', 'Musée du Louvre', louvre.id),
    entry(EXCEPTION_ID, 'EXCEPTION', '800.00', 'Unknown Collector', null),
  ];
  const refuse: { match?: (call: FakeCall) => { status: number; json: unknown } | undefined } = {};
  const api = fakeApi(
    on('GET', '/payments/invoices', (call) => ({
      json: (call.path.includes('status=OPEN')
        ? { items: [louvre, orsay], total: 2 }
        : { items: [], total: 0 }) satisfies InvoicePage,
    })),
    on('GET', '/payments/reconciliation', (call) => {
      const status = new URLSearchParams(call.path.split('?')[1]).get('status');
      const items = entries.filter((e) => e.status === status);
      return { json: { items, total: items.length } satisfies ReconciliationEntryPage };
    }),
    on('POST', /^\/payments\/reconciliation\/[^/]+\/match$/, (call) => {
      const refused = refuse.match?.(call);
      if (refused) return refused;
      const found = entries.find((e) => call.path.includes(e.entryId))!;
      Object.assign(found, {
        status: 'MATCHED',
        invoiceId: (call.body as { invoiceId: string }).invoiceId,
      });
      return { json: found };
    }),
    on('POST', /^\/payments\/reconciliation\/[^/]+\/dismiss$/, (call) => {
      const found = entries.find((e) => call.path.includes(e.entryId))!;
      Object.assign(found, { status: 'DISMISSED' });
      return { json: found };
    }),
  );
  return { ...api, refuse };
}

async function card(name: RegExp) {
  return screen.findByRole('article', { name });
}

const posts = (calls: FakeCall[]) => calls.filter((call) => call.method === 'POST');

describe('reconciliation', () => {
  it('confirms a suggested match in one click with the suggested invoice, and the payment leaves the list', async () => {
    const api = payments();
    renderScreen(<ReconciliationPage />, {
      route: '/finance/reconciliation',
      user: finance,
      fetch: api.fetch,
    });
    const suggestion = await card(/€1,250.00 from Musée du Louvre/);
    // the suggested invoice is named by its RF reference once open invoices are loaded
    expect(await within(suggestion).findByRole('link', { name: 'RF18539007547034' })).toBeTruthy();

    await userEvent.click(within(suggestion).getByRole('button', { name: 'Confirm match' }));

    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Musée du Louvre/ })).toBeNull(),
    );
    expect(posts(api.calls)).toEqual([
      expect.objectContaining({
        path: `/payments/reconciliation/${SUGGESTED_ID}/match`,
        body: { invoiceId: louvre.id },
      }),
    ]);
    expect(
      screen.getByText('€1,250.00 matched to RF18539007547034: suggestion confirmed.'),
    ).toBeTruthy();
    expect(document.activeElement?.textContent).toMatch(/^Suggested matches/);
  });

  it('matches an exception by hand to an open invoice named by its RF reference', async () => {
    const api = payments();
    renderScreen(<ReconciliationPage />, {
      route: '/finance/reconciliation',
      user: finance,
      fetch: api.fetch,
    });
    const exception = await card(/€800.00 from Unknown Collector/);
    const open = within(exception).getByRole('button', { name: 'Match by hand' });
    await userEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const field = within(exception).getByRole('combobox', {
      name: 'Invoice (RF reference or invoice id)',
    });
    expect(document.activeElement).toBe(field);

    // a reference no open invoice has is said under the field; nothing is sent
    await userEvent.type(field, 'RF99 1234');
    await userEvent.click(within(exception).getByRole('button', { name: 'Match payment' }));
    expect(within(exception).getByRole('alert').textContent).toBe(
      'No open invoice has the reference RF991234.',
    );
    expect(posts(api.calls)).toEqual([]);

    await userEvent.clear(field);
    await userEvent.type(field, 'rf71 art2');
    await userEvent.click(within(exception).getByRole('button', { name: 'Match payment' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Unknown Collector/ })).toBeNull(),
    );
    expect(posts(api.calls)).toEqual([
      expect.objectContaining({
        path: `/payments/reconciliation/${EXCEPTION_ID}/match`,
        body: { invoiceId: orsay.id },
      }),
    ]);
    expect(screen.getByText('€800.00 matched to RF71ART2.')).toBeTruthy();
  });

  it('shows why the service refused a manual match under the invoice field, keeping what was typed', async () => {
    const api = payments();
    api.refuse.match = () => ({
      status: 409,
      json: {
        statusCode: 409,
        message: `invoice ${orsay.id} is PAID; it takes no payment`,
      },
    });
    renderScreen(<ReconciliationPage />, {
      route: '/finance/reconciliation',
      user: finance,
      fetch: api.fetch,
    });
    const exception = await card(/Unknown Collector/);
    await userEvent.click(within(exception).getByRole('button', { name: 'Match by hand' }));
    const field = within(exception).getByRole('combobox', {
      name: 'Invoice (RF reference or invoice id)',
    });
    await userEvent.type(field, orsay.id);
    await userEvent.click(within(exception).getByRole('button', { name: 'Match payment' }));
    expect((await within(exception).findByRole('alert')).textContent).toBe(
      `invoice ${orsay.id} is PAID; it takes no payment`,
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((field as HTMLInputElement).value).toBe(orsay.id);
    expect(screen.getByRole('article', { name: /Unknown Collector/ })).toBeTruthy();
  });

  it('dismisses a payment only with a reason', async () => {
    const api = payments();
    renderScreen(<ReconciliationPage />, {
      route: '/finance/reconciliation',
      user: finance,
      fetch: api.fetch,
    });
    const exception = await card(/Unknown Collector/);
    await userEvent.click(within(exception).getByRole('button', { name: 'Dismiss' }));
    await userEvent.click(within(exception).getByRole('button', { name: 'Dismiss payment' }));
    expect(within(exception).getByRole('alert').textContent).toBe(
      'A reason is required to dismiss a payment.',
    );
    const reason = within(exception).getByRole('textbox', { name: 'Reason for dismissing' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(posts(api.calls)).toEqual([]);

    await userEvent.type(reason, 'Returned to the payer: not for us');
    await userEvent.click(within(exception).getByRole('button', { name: 'Dismiss payment' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Unknown Collector/ })).toBeNull(),
    );
    expect(posts(api.calls)).toEqual([
      expect.objectContaining({
        path: `/payments/reconciliation/${EXCEPTION_ID}/dismiss`,
        body: { reason: 'Returned to the payer: not for us' },
      }),
    ]);
  });

  it('shows a payment with every decision and who made it', async () => {
    const detail: ReconciliationEntryDetail = {
      ...entry(EXCEPTION_ID, 'EXCEPTION', '800.00', 'Unknown Collector', null),
      status: 'DISMISSED',
      decisions: [
        {
          action: 'AUTOMATIC',
          rule: 'REC-NONE',
          status: 'EXCEPTION',
          invoiceId: null,
          explanation: 'nothing matches',
          reason: null,
          decidedBy: 'finance1',
          decidedAt: '2026-05-08T10:00:00.000Z',
        },
        {
          action: 'DISMISSED',
          rule: 'REC-NONE',
          status: 'DISMISSED',
          invoiceId: null,
          explanation: 'dismissed by finance2: returned',
          reason: 'returned',
          decidedBy: 'finance2',
          decidedAt: '2026-05-09T08:30:00.000Z',
        },
      ],
    };
    const api = fakeApi(
      on('GET', `/payments/reconciliation/${EXCEPTION_ID}`, () => ({ json: detail })),
      on('GET', '/payments/invoices', () => ({
        json: { items: [], total: 0 } satisfies InvoicePage,
      })),
    );
    renderScreen(<EntryDetail />, {
      route: `/finance/reconciliation/${EXCEPTION_ID}`,
      path: '/finance/reconciliation/:entryId',
      user: finance,
      fetch: api.fetch,
    });
    const history = await screen.findByRole('table', { name: 'Every decision on this payment' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Automatic')).toBeTruthy();
    expect(within(rows[1]).getByText('finance2')).toBeTruthy();
    expect(within(rows[1]).getByText('returned')).toBeTruthy();
    // a dismissed payment takes no more decisions
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });
});
