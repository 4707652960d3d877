import type { InvoiceStatus } from '../../api/invoice.types';
import { invoice as invoiceFixture } from '../../testing/invoices.fixture';
import { isInvoiceOverdue } from './invoice-due';

const invoice = (status: InvoiceStatus) =>
  invoiceFixture({ status, dueAt: '2026-11-24T00:00:00.000Z' });

describe('an overdue invoice', () => {
  it('still expects money after its due date', () => {
    const after = new Date('2026-11-25T00:00:00.000Z');
    expect(isInvoiceOverdue(invoice('OPEN'), after)).toBe(true);
    expect(isInvoiceOverdue(invoice('PARTIALLY_PAID'), after)).toBe(true);
    expect(isInvoiceOverdue(invoice('PAID'), after)).toBe(false);
    expect(isInvoiceOverdue(invoice('OPEN'), new Date('2026-11-23T00:00:00.000Z'))).toBe(false);
  });
});
