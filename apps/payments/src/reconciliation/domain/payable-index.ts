import { normaliseCreditorReference } from '../../invoices/domain/creditor-reference';
import { NOT_FOUND, ReferenceLookup } from './open-invoice-index';
import { InvoicePayables, PayableAccount } from './reconciliation.types';

/**
 * The sibling of OpenInvoiceIndex for debits (REC-PAYOUT): what the platform owes on the invoices
 * a statement's debits name, by normalised reference. The invoices a payout pays are paid,
 * released or refunded, never open, so the open-invoice index does not hold them; and only the
 * few a debit names are read, not every invoice that ever owed something.
 */
export class PayableIndex {
  private readonly byId = new Map<string, InvoicePayables>();
  private readonly idsByReference = new Map<string, string[]>();

  private constructor(invoices: readonly InvoicePayables[]) {
    for (const invoice of invoices) {
      this.byId.set(invoice.id, invoice);
      const reference = normaliseCreditorReference(invoice.reference);
      const ids = this.idsByReference.get(reference);
      if (ids) ids.push(invoice.id);
      else this.idsByReference.set(reference, [invoice.id]);
    }
  }

  static of(invoices: readonly InvoicePayables[]): PayableIndex {
    return new PayableIndex(invoices);
  }

  /** As OpenInvoiceIndex.findByReference: two invoices sharing a reference are reported, not guessed. */
  findByReference(reference: string): ReferenceLookup<InvoicePayables> {
    const ids = this.idsByReference.get(normaliseCreditorReference(reference));
    if (!ids || ids.length === 0) return NOT_FOUND;
    if (ids.length === 1) return { kind: 'FOUND', invoice: this.byId.get(ids[0])! };
    return { kind: 'AMBIGUOUS', invoiceIds: ids };
  }

  /**
   * A payout cleared what the invoice owed on `account`: a second debit of the same import finds
   * nothing owed there. Only reconcileAll calls this, on the index it built for itself.
   */
  recordPayout(invoiceId: string, account: PayableAccount): void {
    const invoice = this.byId.get(invoiceId);
    if (!invoice) return;
    const owed = { ...invoice.owed, [account]: { minor: 0n, currency: invoice.currency } };
    this.byId.set(invoiceId, { ...invoice, owed });
  }
}
