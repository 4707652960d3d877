/**
 * The shipment saga as a state machine (ARCHITECTURE.md, "The shipment saga"). Besides the
 * statuses drawn there it has:
 *
 * - PENDING_REVIEW: customs sent the declaration to an officer; the shipment waits for the
 *   decision (the saga drawing folds this into DECLARED, the user should see it).
 * - ACCEPTED: the buyer accepted the works (or the inspection period ran out without a
 *   complaint, or a dispute was settled for the exporter); escrow is being released to the
 *   exporter. COMPLETED once payments says it was.
 * - DISPUTED: after delivery the buyer refused the works or new damage was found; escrow stays
 *   held until the dispute is settled (RULES.md section 7, condition reports): for the exporter
 *   (ACCEPTED, escrow released) or for the buyer (CANCELLING: escrow refunded, the works
 *   released, then CANCELLED).
 * - CANCELLING: a failure or a cancellation started the compensations (void or refund the
 *   invoice, release the artworks); they are retried until done, then CANCELLED. A shipment
 *   that has reserved nothing is cancelled at once. When the payment deadline passed, payments
 *   is first asked to cancel the overdue invoice and the artworks wait for its answer: an
 *   invoice it finds paid in full (escrow funded before the cancellation took effect) is kept,
 *   and the shipment goes back to the sale, PAID (PAID_BEFORE_CANCELLATION).
 * - A PAID shipment whose payment the bank reversed (payments unfunded escrow) goes back to
 *   AWAITING_PAYMENT (PAYMENT_REVERSED) until escrow is funded again or the deadline passes.
 *   Once the works have left, a reversal changes no status: it marks the shipment and holds back
 *   its escrow commands until escrow is funded again (payment-reversal.ts).
 *
 * Once IN_TRANSIT a shipment cannot be cancelled: the works are moving; what goes wrong after
 * that is settled through delivery and dispute, and a return travels as its own shipment.
 */
export const SHIPMENT_STATUSES = [
  'SUBMITTED',
  'RESERVED',
  'DECLARED',
  'PENDING_REVIEW',
  'CLEARED',
  'AWAITING_PAYMENT',
  'PAID',
  'IN_TRANSIT',
  'DELIVERED',
  'ACCEPTED',
  'DISPUTED',
  'COMPLETED',
  'CANCELLING',
  'CANCELLED',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const SHIPMENT_EVENTS = [
  'ARTWORKS_RESERVED',
  'RESERVATION_REFUSED',
  'DECLARATION_FILED',
  'DECLARATION_REVIEW_REQUIRED',
  'DECLARATION_INFO_REQUESTED',
  'DECLARATION_CLEARED',
  'DECLARATION_PROHIBITED',
  'DECLARATION_REJECTED',
  'INVOICE_ISSUED',
  'NOTHING_TO_INVOICE',
  /** the invoice would total more than an amount can hold: payments could never issue it */
  'INVOICE_TOO_LARGE',
  'ESCROW_FUNDED',
  'PAYMENT_DEADLINE_PASSED',
  'PAID_BEFORE_CANCELLATION',
  /** the bank reversed the buyer's payment before dispatch: escrow no longer funded */
  'PAYMENT_REVERSED',
  'DISPATCHED',
  'DELIVERED',
  'BUYER_ACCEPTED',
  'INSPECTION_PERIOD_ENDED',
  'BUYER_REFUSED',
  'ESCROW_RELEASED',
  'NOTHING_TO_RELEASE',
  'DAMAGE_REPORTED',
  'DISPUTE_SETTLED_FOR_EXPORTER',
  'DISPUTE_SETTLED_FOR_BUYER',
  'CANCELLATION_REQUESTED',
  'COMPENSATION_COMPLETED',
] as const;
export type ShipmentEvent = (typeof SHIPMENT_EVENTS)[number];

export const FINAL_STATUSES: readonly ShipmentStatus[] = ['COMPLETED', 'CANCELLED'];

/** Every allowed transition; anything not in the table is refused. */
export const SHIPMENT_TRANSITIONS: Readonly<
  Record<ShipmentStatus, Readonly<Partial<Record<ShipmentEvent, ShipmentStatus>>>>
> = {
  SUBMITTED: {
    ARTWORKS_RESERVED: 'RESERVED',
    RESERVATION_REFUSED: 'CANCELLED', // nothing reserved, nothing to compensate
    CANCELLATION_REQUESTED: 'CANCELLED',
  },
  RESERVED: {
    DECLARATION_FILED: 'DECLARED',
    CANCELLATION_REQUESTED: 'CANCELLING',
  },
  DECLARED: {
    DECLARATION_CLEARED: 'CLEARED',
    DECLARATION_REVIEW_REQUIRED: 'PENDING_REVIEW',
    DECLARATION_PROHIBITED: 'CANCELLING',
    DECLARATION_REJECTED: 'CANCELLING',
    CANCELLATION_REQUESTED: 'CANCELLING',
  },
  PENDING_REVIEW: {
    DECLARATION_CLEARED: 'CLEARED',
    DECLARATION_INFO_REQUESTED: 'PENDING_REVIEW', // the officer waits for the exporter's answer
    DECLARATION_PROHIBITED: 'CANCELLING',
    DECLARATION_REJECTED: 'CANCELLING',
    CANCELLATION_REQUESTED: 'CANCELLING',
  },
  CLEARED: {
    INVOICE_ISSUED: 'AWAITING_PAYMENT',
    NOTHING_TO_INVOICE: 'PAID', // no price and no duties to collect: nothing to wait for
    // no IssueInvoice sent (payments would dead-letter it): the reservation is undone instead
    INVOICE_TOO_LARGE: 'CANCELLING',
    CANCELLATION_REQUESTED: 'CANCELLING',
  },
  AWAITING_PAYMENT: {
    ESCROW_FUNDED: 'PAID',
    PAYMENT_DEADLINE_PASSED: 'CANCELLING',
    CANCELLATION_REQUESTED: 'CANCELLING',
  },
  PAID: {
    DISPATCHED: 'IN_TRANSIT',
    PAYMENT_REVERSED: 'AWAITING_PAYMENT', // the buyer must pay again before the works leave
    CANCELLATION_REQUESTED: 'CANCELLING',
  },
  IN_TRANSIT: {
    DELIVERED: 'DELIVERED',
  },
  DELIVERED: {
    BUYER_ACCEPTED: 'ACCEPTED',
    INSPECTION_PERIOD_ENDED: 'ACCEPTED', // silence is acceptance
    BUYER_REFUSED: 'DISPUTED',
    DAMAGE_REPORTED: 'DISPUTED',
  },
  ACCEPTED: {
    ESCROW_RELEASED: 'COMPLETED',
    NOTHING_TO_RELEASE: 'COMPLETED', // nothing was invoiced, so no escrow holds anything
  },
  DISPUTED: {
    DAMAGE_REPORTED: 'DISPUTED', // a further finding joins the open claim
    // as an acceptance: escrow is being released to the exporter, COMPLETED once payments says so
    DISPUTE_SETTLED_FOR_EXPORTER: 'ACCEPTED',
    // the sale undone: escrow refunded to the buyer, the works released (compensations), then
    // CANCELLED; bringing the works back is a return leg, its own shipment
    DISPUTE_SETTLED_FOR_BUYER: 'CANCELLING',
  },
  COMPLETED: {},
  CANCELLING: {
    COMPENSATION_COMPLETED: 'CANCELLED',
    // only while the overdue invoice's cancellation awaits payments' answer (the saga checks)
    PAID_BEFORE_CANCELLATION: 'PAID',
  },
  CANCELLED: {},
};

export type TransitionResult =
  | { readonly ok: true; readonly status: ShipmentStatus }
  | { readonly ok: false; readonly reason: string };

export function isShipmentStatus(value: string): value is ShipmentStatus {
  return (SHIPMENT_STATUSES as readonly string[]).includes(value);
}

export function isShipmentEvent(value: string): value is ShipmentEvent {
  return (SHIPMENT_EVENTS as readonly string[]).includes(value);
}

export function allowedEvents(status: ShipmentStatus): ShipmentEvent[] {
  return Object.keys(SHIPMENT_TRANSITIONS[status]) as ShipmentEvent[];
}

/** A cancellation is possible until the works move. */
export function isCancellable(status: ShipmentStatus): boolean {
  return SHIPMENT_TRANSITIONS[status].CANCELLATION_REQUESTED !== undefined;
}

/**
 * The status after `event`, or why the event is refused in this status. Takes strings so that
 * values read from storage or a message are checked too.
 */
export function transition(
  status: ShipmentStatus | string,
  event: ShipmentEvent | string,
): TransitionResult {
  if (!isShipmentStatus(status))
    return { ok: false, reason: `unknown shipment status '${status}'` };
  if (!isShipmentEvent(event)) return { ok: false, reason: `unknown shipment event '${event}'` };
  const next = SHIPMENT_TRANSITIONS[status][event];
  if (next) return { ok: true, status: next };
  if (FINAL_STATUSES.includes(status)) {
    return {
      ok: false,
      reason: `the shipment is ${status}, a final status: ${event} changes nothing`,
    };
  }
  if (
    event === 'CANCELLATION_REQUESTED' &&
    (status === 'IN_TRANSIT' ||
      status === 'DELIVERED' ||
      status === 'ACCEPTED' ||
      status === 'DISPUTED')
  ) {
    return {
      ok: false,
      reason: `a shipment ${status} cannot be cancelled: the works have left; refuse them on delivery or open a dispute`,
    };
  }
  return {
    ok: false,
    reason: `${event} is not allowed while the shipment is ${status} (allowed: ${allowedEvents(status).join(', ')})`,
  };
}
