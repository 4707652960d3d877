import type { Purpose } from '@artbridge/contracts';
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

/**
 * Why a settlement cannot be made for this shipment's purpose, or undefined. Only a SALE has a
 * sale to undo: refunding the buyer cancels the shipment and releases its works in catalog. A
 * loan's works are abroad under temporary admission and come back on the return leg; a return
 * leg's works are the loan's, held ON_LOAN in catalog until it completes (ReturnLegCompleted),
 * so cancelling it would leave them ON_LOAN for good, its outbound's admission already
 * discharged, and no new return leg possible.
 */
export function settlementProblem(purpose: Purpose, outcome: DisputeOutcome): string | undefined {
  if (outcome !== 'REFUND_BUYER' || purpose === 'SALE') return undefined;
  return purpose === 'TEMPORARY_EXHIBITION'
    ? 'a loan for a temporary exhibition has no sale to undo: settle it for the exporter, and bring the works back on the return leg'
    : 'a return leg has no sale to undo: settle it for the exporter, so that it completes and the works are home in catalog';
}

/**
 * Why a dispute (a refusal, or new damage found at destination) can no longer be opened, or
 * undefined: the buyer's inspection period is over once its deadline is due, whether or not the
 * scheduler has fired it yet (after downtime it may not have for a while). RULES.md section 8:
 * escrow is released when the inspection period ends without a dispute, so from then on the
 * works stand accepted. An acceptance stays possible: it is what the deadline leads to anyway.
 */
export function inspectionEndedProblem(
  inspectionEndsAt: Date | undefined,
  now: Date,
): string | undefined {
  if (!inspectionEndsAt || inspectionEndsAt.getTime() > now.getTime()) return undefined;
  return `the inspection period ended at ${inspectionEndsAt.toISOString()}: the works stand accepted, and a dispute can no longer be opened`;
}
