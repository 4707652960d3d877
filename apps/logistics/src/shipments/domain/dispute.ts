import type { ShipmentEvent } from './shipment-status';

/**
 * How a dispute (a refusal, or new damage found at destination) is settled: the works stay sold
 * and escrow goes to the exporter, or the sale is undone and the buyer refunded from escrow.
 */
export const DISPUTE_OUTCOMES = ['RELEASE_TO_EXPORTER', 'REFUND_BUYER'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

/** The saga's event for a settlement with this outcome. */
export function settlementEvent(outcome: DisputeOutcome): ShipmentEvent {
  return outcome === 'RELEASE_TO_EXPORTER'
    ? 'DISPUTE_SETTLED_FOR_EXPORTER'
    : 'DISPUTE_SETTLED_FOR_BUYER';
}
