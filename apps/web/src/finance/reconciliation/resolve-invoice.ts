import type { Money } from '../../api/types';

export interface InvoiceCandidate {
  id: string;
  reference: string;
  open: Money;
  dueAt: string;
  buyer?: { name: string | null };
}

export type InvoiceChoice<T extends InvoiceCandidate = InvoiceCandidate> =
  | { invoiceId: string; invoice?: T }
  | { problem: 'empty' | 'notAnInvoice' }
  | { problem: 'unknownReference'; reference: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RF = /^RF\d{2}[A-Z0-9]{1,21}$/;

/** An RF reference as printed (`RF18 5390 0754 7034`) or typed (`rf18539007547034`), compacted. */
export function compactReference(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * What a person typed to name the invoice a payment is for: an invoice id (sent as is, the
 * service checks it), or the RF reference of one of the open invoices (its id is sent).
 */
export function resolveInvoice<T extends InvoiceCandidate>(
  input: string,
  openInvoices: readonly T[],
): InvoiceChoice<T> {
  const text = input.trim();
  if (!text) return { problem: 'empty' };
  if (UUID.test(text)) {
    const invoiceId = text.toLowerCase();
    return { invoiceId, invoice: openInvoices.find((invoice) => invoice.id === invoiceId) };
  }
  const reference = compactReference(text);
  if (!RF.test(reference)) return { problem: 'notAnInvoice' };
  const invoice = openInvoices.find(
    (candidate) => compactReference(candidate.reference) === reference,
  );
  return invoice ? { invoiceId: invoice.id, invoice } : { problem: 'unknownReference', reference };
}

/** Open invoices to offer for a payment: its currency first, then the earliest due. */
export function invoiceCandidates<T extends InvoiceCandidate>(
  openInvoices: readonly T[],
  currency: string,
): T[] {
  return [...openInvoices].sort(
    (a, b) =>
      Number(b.open.currency === currency) - Number(a.open.currency === currency) ||
      a.dueAt.localeCompare(b.dueAt) ||
      a.reference.localeCompare(b.reference),
  );
}
