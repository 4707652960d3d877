import type { ShipmentStatus } from './shipment-status';

/**
 * The bank may reverse the buyer's payment after escrow was funded (payments' REC-REVERSAL, heard
 * as EscrowUnfunded). Before dispatch the shipment goes back to AWAITING_PAYMENT
 * (shipment-status, PAYMENT_REVERSED). Once the works have left, the saga cannot call them back:
 * the journey goes on, the shipment marked as having its payment reversed (for finance to act),
 * and the escrow commands it owes payments wait until escrow is funded again (the buyer paid
 * again), since payments refuses to release or hold escrow that holds nothing.
 */

/** The works left with escrow funded for them, and the saga has not finished with it. */
const WORKS_LEFT: readonly ShipmentStatus[] = ['IN_TRANSIT', 'DELIVERED', 'ACCEPTED', 'DISPUTED'];

/**
 * Whether a reversal heard in `status` marks the shipment: an invoiced one whose works have left
 * (in any other status it goes back to AWAITING_PAYMENT, or is past escrow: only the timeline).
 */
export function marksPaymentReversed(status: ShipmentStatus, invoiced: boolean): boolean {
  return invoiced && WORKS_LEFT.includes(status);
}

export type EscrowCommand = 'RELEASE_ESCROW' | 'HOLD_ESCROW';

/**
 * The escrow command a shipment whose payment was reversed owes payments once escrow is funded
 * again: ACCEPTED, its release to the exporter; DISPUTED, its hold until the dispute is settled;
 * nothing while the works are on their way or awaiting the buyer's answer (the acceptance or the
 * refusal sends it then).
 */
export function escrowCommandOnceFundedAgain(status: ShipmentStatus): EscrowCommand | undefined {
  if (status === 'ACCEPTED') return 'RELEASE_ESCROW';
  if (status === 'DISPUTED') return 'HOLD_ESCROW';
  return undefined;
}
