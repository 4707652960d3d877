import type { ShipmentStatus } from './shipment-status';

/** The undo steps of the saga, each confirmed by a reply before the shipment is CANCELLED. */
export const COMPENSATIONS = ['RELEASE_ARTWORKS', 'CANCEL_INVOICE'] as const;
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
 * What must be undone when a shipment fails in `status`, in reverse order of the steps done:
 * the invoice (voided if unpaid, refunded if paid: payments decides), then the artworks'
 * reservation. An invoice is cancelled as soon as it was asked for, even if payments has not
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
  if (invoiceRequested && INVOICED_FROM.includes(status)) steps.push('CANCEL_INVOICE');
  if (reservedInCatalog && RESERVED_FROM.includes(status)) steps.push('RELEASE_ARTWORKS');
  return steps;
}
