import { Money } from '@artbridge/money';
import { normaliseCreditorReference } from '../../invoices/domain/creditor-reference';
import { nameKeys } from './party-matching';
import { OpenInvoice } from './reconciliation.types';

export type ReferenceLookup<Invoice = OpenInvoice> =
  | { readonly kind: 'FOUND'; readonly invoice: Invoice }
  | { readonly kind: 'AMBIGUOUS'; readonly invoiceIds: readonly string[] }
  | { readonly kind: 'NOT_FOUND' };

export const NOT_FOUND = { kind: 'NOT_FOUND' } as const satisfies ReferenceLookup;

function amountKey(amount: Money): string {
  return `${amount.currency}:${amount.minor}`;
}

/**
 * Open invoices by normalised reference (REC-EXACT ... REC-FX) and by open amount and currency
 * (REC-FUZZY), so each payment is matched in constant time: 200,000 payments against 200,000
 * open invoices is a few hash look-ups each, not 4 x 10^10 comparisons.
 */
export class OpenInvoiceIndex {
  private readonly byId = new Map<string, OpenInvoice>();
  private readonly byReference = new Map<string, OpenInvoice[]>();
  private readonly byAmount = new Map<string, OpenInvoice[]>();
  // computed on first use: only fuzzy matching needs them, and normalising is not free
  private readonly buyerNameKeysById = new Map<string, ReadonlySet<string>>();

  private constructor(invoices: readonly OpenInvoice[]) {
    for (const invoice of invoices) this.add(invoice);
  }

  static of(invoices: readonly OpenInvoice[]): OpenInvoiceIndex {
    return new OpenInvoiceIndex(invoices);
  }

  get size(): number {
    return this.byId.size;
  }

  get(invoiceId: string): OpenInvoice | undefined {
    return this.byId.get(invoiceId);
  }

  /** References are unique when invoices are issued; two open invoices sharing one is reported, not guessed. */
  findByReference(reference: string): ReferenceLookup {
    const found = this.byReference.get(normaliseCreditorReference(reference));
    if (!found || found.length === 0) return NOT_FOUND;
    if (found.length === 1) return { kind: 'FOUND', invoice: found[0] };
    return { kind: 'AMBIGUOUS', invoiceIds: found.map((invoice) => invoice.id) };
  }

  /** Open invoices whose open amount is exactly this amount in this currency. */
  findByOpenAmount(amount: Money): readonly OpenInvoice[] {
    return this.byAmount.get(amountKey(amount)) ?? [];
  }

  /** Normal forms of the invoice's buyer name (see party-matching.ts), cached. */
  buyerNameKeys(invoice: OpenInvoice): ReadonlySet<string> {
    let keys = this.buyerNameKeysById.get(invoice.id);
    if (!keys) {
      keys = invoice.buyerName ? nameKeys(invoice.buyerName) : new Set<string>();
      this.buyerNameKeysById.set(invoice.id, keys);
    }
    return keys;
  }

  /**
   * Records a payment on an invoice of this index: `remaining` is what stays open, nothing or zero
   * closing it. Only reconcileAll calls this, on the index it built for itself; reconcile() never
   * changes an index.
   */
  recordPayment(invoiceId: string, remaining: Money | undefined): void {
    const invoice = this.byId.get(invoiceId);
    if (!invoice) return;
    this.remove(invoice);
    if (remaining && remaining.minor > 0n) this.add({ ...invoice, openAmount: remaining });
  }

  /**
   * A reversal took `unpaid` off an invoice's paid amount (REC-REVERSAL): it is open again for
   * that much more, and a later payment of the same import may pay it. `invoice` is the invoice
   * as read, for one this index does not hold (it was paid in full).
   */
  recordReversal(invoice: OpenInvoice, unpaid: Money): void {
    const current = this.byId.get(invoice.id) ?? invoice;
    if (this.byId.has(invoice.id)) this.remove(current);
    const openAmount = {
      minor: current.openAmount.minor + unpaid.minor,
      currency: current.openAmount.currency,
    };
    this.add({ ...current, openAmount });
  }

  private add(invoice: OpenInvoice): void {
    if (this.byId.has(invoice.id)) throw new Error(`open invoice ${invoice.id} listed twice`);
    this.byId.set(invoice.id, invoice);
    push(this.byReference, normaliseCreditorReference(invoice.reference), invoice);
    push(this.byAmount, amountKey(invoice.openAmount), invoice);
  }

  private remove(invoice: OpenInvoice): void {
    this.byId.delete(invoice.id);
    this.buyerNameKeysById.delete(invoice.id);
    pull(this.byReference, normaliseCreditorReference(invoice.reference), invoice.id);
    pull(this.byAmount, amountKey(invoice.openAmount), invoice.id);
  }
}

function push(map: Map<string, OpenInvoice[]>, key: string, invoice: OpenInvoice): void {
  const list = map.get(key);
  if (list) list.push(invoice);
  else map.set(key, [invoice]);
}

function pull(map: Map<string, OpenInvoice[]>, key: string, invoiceId: string): void {
  const list = map.get(key);
  if (!list) return;
  const remaining = list.filter((invoice) => invoice.id !== invoiceId);
  if (remaining.length > 0) map.set(key, remaining);
  else map.delete(key);
}
