import type { ShipmentStatus } from './shipment-status';

/**
 * The undo steps of the saga, each confirmed by a reply before the shipment is CANCELLED.
 * CANCEL_OVERDUE_INVOICE is the invoice's cancellation because its payment deadline passed:
 * payments decides (it keeps an invoice paid in full, and the sale goes on), so nothing else is
 * undone until it answers; a voided or refunded invoice then releases the artworks.
 */
export const COMPENSATIONS = [
  'RELEASE_ARTWORKS',
  'CANCEL_INVOICE',
  'CANCEL_OVERDUE_INVOICE',
] as const;
export type Compensation = (typeof COMPENSATIONS)[number];

const RESERVED_FROM: readonly ShipmentStatus[] = [
  'RESERVED',
  'DECLARED',
  'PENDING_REVIEW',
  'CLEARED',
  'AWAITING_PAYMENT',
  'PAID',
];
const INVOICED_FROM: readonly ShipmentStatus[] = ['CLEARED', 'AWAITING_PAYMENT', 'PAID'];

/**
 * A dispute settled for the buyer undoes the sale after delivery: the invoice is cancelled, which
 * for its held escrow is a refund to the buyer, and catalog releases the works, which it still
 * holds for the shipment (IN_TRANSIT: they are marked exported only on acceptance).
 */
const UNDONE_AFTER_DELIVERY: readonly ShipmentStatus[] = ['DISPUTED'];

/**
 * What must be undone when a shipment fails in `status`, in reverse order of the steps done:
 * the invoice (voided if unpaid, refunded if paid: payments decides), then the artworks'
 * reservation; from DISPUTED (settled for the buyer) the same two: the escrow refunded, the works
 * released. An invoice is cancelled as soon as it was asked for, even if payments has not
 * confirmed it yet: the cancel command follows the issue command on the same key, so payments
 * sees them in order. A return leg reserved nothing in catalog (`reservedInCatalog` false: its
 * works are held by the outbound shipment), so it has nothing to release there.
 */
export function compensationsFor(
  status: ShipmentStatus,
  invoiceRequested: boolean,
  reservedInCatalog = true,
): Compensation[] {
  const steps: Compensation[] = [];
  const undoneSale = UNDONE_AFTER_DELIVERY.includes(status);
  if (invoiceRequested && (undoneSale || INVOICED_FROM.includes(status))) {
    steps.push('CANCEL_INVOICE');
  }
  if (reservedInCatalog && (undoneSale || RESERVED_FROM.includes(status))) {
    steps.push('RELEASE_ARTWORKS');
  }
  return steps;
}

/**
 * The payment deadline passed: the invoice alone is cancelled first, as overdue. Payments owns
 * the payment state and may find it paid in full (escrow funded, its EscrowFunded not yet heard
 * here); releasing the artworks at once would lose that sale.
 */
export function overduePaymentCompensations(): Compensation[] {
  return ['CANCEL_OVERDUE_INVOICE'];
}

/** What is undone once payments voided or refunded the overdue invoice: the rest, in reverse. */
export function compensationsAfterOverdueInvoice(reservedInCatalog = true): Compensation[] {
  return compensationsFor('AWAITING_PAYMENT', false, reservedInCatalog);
}
