import type { Invoice } from '../../api/invoice.types';

/** An invoice still waiting for money after its due date. */
export function isInvoiceOverdue(invoice: Invoice, now: Date): boolean {
  return (
    (invoice.status === 'OPEN' || invoice.status === 'PARTIALLY_PAID') &&
    new Date(invoice.dueAt).getTime() <= now.getTime()
  );
}
