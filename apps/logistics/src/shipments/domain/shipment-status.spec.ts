import {
  SHIPMENT_EVENTS,
  SHIPMENT_STATUSES,
  SHIPMENT_TRANSITIONS,
  ShipmentEvent,
  ShipmentStatus,
  allowedEvents,
  isCancellable,
  transition,
} from './shipment-status';

function walk(
  events: readonly ShipmentEvent[],
  from: ShipmentStatus = 'SUBMITTED',
): ShipmentStatus {
  return events.reduce<ShipmentStatus>((status, event) => {
    const result = transition(status, event);
    if (!result.ok) throw new Error(result.reason);
    return result.status;
  }, from);
}

describe('the shipment saga', () => {
  it.each<[string, ShipmentEvent[], ShipmentStatus]>([
    [
      'the happy path',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'INVOICE_ISSUED',
        'ESCROW_FUNDED',
        'DISPATCHED',
        'DELIVERED',
        'BUYER_ACCEPTED',
        'ESCROW_RELEASED',
      ],
      'COMPLETED',
    ],
    [
      'officer review, a question, then clearance; the inspection period ends',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_REVIEW_REQUIRED',
        'DECLARATION_INFO_REQUESTED',
        'DECLARATION_CLEARED',
        'INVOICE_ISSUED',
        'ESCROW_FUNDED',
        'DISPATCHED',
        'DELIVERED',
        'INSPECTION_PERIOD_ENDED',
        'ESCROW_RELEASED',
      ],
      'COMPLETED',
    ],
    [
      'nothing to invoice (an exhibition loan, no duties): no payment step, no escrow',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'NOTHING_TO_INVOICE',
        'DISPATCHED',
        'DELIVERED',
        'BUYER_ACCEPTED',
        'NOTHING_TO_RELEASE',
      ],
      'COMPLETED',
    ],
    ['reservation refused', ['RESERVATION_REFUSED'], 'CANCELLED'],
    [
      'declaration prohibited, compensated',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_PROHIBITED',
        'COMPENSATION_COMPLETED',
      ],
      'CANCELLED',
    ],
    [
      'rejected by the officer',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_REVIEW_REQUIRED',
        'DECLARATION_REJECTED',
      ],
      'CANCELLING',
    ],
    [
      'an invoice too large to issue: the reservation undone, nothing invoiced',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'INVOICE_TOO_LARGE',
        'COMPENSATION_COMPLETED',
      ],
      'CANCELLED',
    ],
    [
      'payment deadline passed',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'INVOICE_ISSUED',
        'PAYMENT_DEADLINE_PASSED',
        'COMPENSATION_COMPLETED',
      ],
      'CANCELLED',
    ],
    [
      'payment deadline passed, but paid before the cancellation took effect: the sale goes on',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'INVOICE_ISSUED',
        'PAYMENT_DEADLINE_PASSED',
        'PAID_BEFORE_CANCELLATION',
        'DISPATCHED',
        'DELIVERED',
        'BUYER_ACCEPTED',
        'ESCROW_RELEASED',
      ],
      'COMPLETED',
    ],
    [
      'damage found on arrival, settled for the exporter',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'INVOICE_ISSUED',
        'ESCROW_FUNDED',
        'DISPATCHED',
        'DELIVERED',
        'DAMAGE_REPORTED',
        'DAMAGE_REPORTED',
        'DISPUTE_SETTLED_FOR_EXPORTER',
        'ESCROW_RELEASED',
      ],
      'COMPLETED',
    ],
    [
      'refused, settled for the exporter with nothing invoiced: no escrow to release',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'NOTHING_TO_INVOICE',
        'DISPATCHED',
        'DELIVERED',
        'BUYER_REFUSED',
        'DISPUTE_SETTLED_FOR_EXPORTER',
        'NOTHING_TO_RELEASE',
      ],
      'COMPLETED',
    ],
    [
      'refused by the buyer, refunded',
      [
        'ARTWORKS_RESERVED',
        'DECLARATION_FILED',
        'DECLARATION_CLEARED',
        'INVOICE_ISSUED',
        'ESCROW_FUNDED',
        'DISPATCHED',
        'DELIVERED',
        'BUYER_REFUSED',
        'DISPUTE_SETTLED_FOR_BUYER',
        'COMPENSATION_COMPLETED',
      ],
      'CANCELLED',
    ],
  ])('%s', (_, events, expected) => {
    expect(walk(events)).toBe(expected);
  });

  it.each<[ShipmentStatus, ShipmentEvent, RegExp]>([
    [
      'AWAITING_PAYMENT',
      'DISPATCHED',
      /^DISPATCHED is not allowed while the shipment is AWAITING_PAYMENT \(allowed: ESCROW_FUNDED, PAYMENT_DEADLINE_PASSED, CANCELLATION_REQUESTED\)$/,
    ],
    ['SUBMITTED', 'DECLARATION_FILED', /not allowed while the shipment is SUBMITTED/],
    ['DECLARED', 'ESCROW_FUNDED', /not allowed while the shipment is DECLARED/],
    [
      'IN_TRANSIT',
      'CANCELLATION_REQUESTED',
      /^a shipment IN_TRANSIT cannot be cancelled: the works have left/,
    ],
    ['DELIVERED', 'CANCELLATION_REQUESTED', /cannot be cancelled/],
    [
      'COMPLETED',
      'DISPATCHED',
      /^the shipment is COMPLETED, a final status: DISPATCHED changes nothing$/,
    ],
    ['CANCELLED', 'COMPENSATION_COMPLETED', /a final status/],
    [
      'CANCELLING',
      'ESCROW_FUNDED',
      /not allowed while the shipment is CANCELLING \(allowed: COMPENSATION_COMPLETED, PAID_BEFORE_CANCELLATION\)/,
    ],
    ['PAID', 'DELIVERED', /not allowed/],
    ['ACCEPTED', 'CANCELLATION_REQUESTED', /cannot be cancelled/],
    ['ACCEPTED', 'BUYER_REFUSED', /not allowed while the shipment is ACCEPTED/],
    ['DISPUTED', 'CANCELLATION_REQUESTED', /cannot be cancelled/],
    ['DELIVERED', 'DISPUTE_SETTLED_FOR_BUYER', /not allowed while the shipment is DELIVERED/],
    ['ACCEPTED', 'DISPUTE_SETTLED_FOR_EXPORTER', /not allowed while the shipment is ACCEPTED/],
    ['CANCELLED', 'DISPUTE_SETTLED_FOR_BUYER', /a final status/],
  ])('refuses %s + %s with the reason', (status, event, reason) => {
    const result = transition(status, event);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('settles a dispute only from DISPUTED: for the exporter as an acceptance, for the buyer by compensating', () => {
    expect(transition('DISPUTED', 'DISPUTE_SETTLED_FOR_EXPORTER')).toEqual({
      ok: true,
      status: 'ACCEPTED',
    });
    expect(transition('DISPUTED', 'DISPUTE_SETTLED_FOR_BUYER')).toEqual({
      ok: true,
      status: 'CANCELLING',
    });
    const settledFrom = SHIPMENT_STATUSES.filter(
      (status) =>
        transition(status, 'DISPUTE_SETTLED_FOR_EXPORTER').ok ||
        transition(status, 'DISPUTE_SETTLED_FOR_BUYER').ok,
    );
    expect(settledFrom).toEqual(['DISPUTED']);
  });

  it('goes back to AWAITING_PAYMENT when the payment of a PAID shipment is reversed, and on when paid again', () => {
    expect(walk(['PAYMENT_REVERSED'], 'PAID')).toBe('AWAITING_PAYMENT');
    expect(walk(['PAYMENT_REVERSED', 'ESCROW_FUNDED', 'DISPATCHED'], 'PAID')).toBe('IN_TRANSIT');
    expect(walk(['PAYMENT_REVERSED', 'PAYMENT_DEADLINE_PASSED'], 'PAID')).toBe('CANCELLING');
    // not dispatched until paid again
    expect(transition(walk(['PAYMENT_REVERSED'], 'PAID'), 'DISPATCHED').ok).toBe(false);
    // once the works left, a reversal changes no status (the timeline tells it)
    for (const later of ['IN_TRANSIT', 'DELIVERED', 'ACCEPTED', 'DISPUTED', 'COMPLETED'] as const) {
      expect(transition(later, 'PAYMENT_REVERSED').ok).toBe(false);
    }
  });

  it('refuses unknown statuses and events read from outside', () => {
    expect(transition('SHIPPED', 'DELIVERED')).toEqual({
      ok: false,
      reason: "unknown shipment status 'SHIPPED'",
    });
    expect(transition('PAID', 'SHIPPED')).toEqual({
      ok: false,
      reason: "unknown shipment event 'SHIPPED'",
    });
  });

  it('can be cancelled until the works move, and never after', () => {
    expect(SHIPMENT_STATUSES.filter(isCancellable)).toEqual([
      'SUBMITTED',
      'RESERVED',
      'DECLARED',
      'PENDING_REVIEW',
      'CLEARED',
      'AWAITING_PAYMENT',
      'PAID',
    ]);
  });

  it('has a consistent table: known targets, every status reachable, final statuses closed', () => {
    const targets = new Set<ShipmentStatus>(['SUBMITTED']);
    for (const status of SHIPMENT_STATUSES) {
      for (const [event, next] of Object.entries(SHIPMENT_TRANSITIONS[status])) {
        expect(SHIPMENT_EVENTS).toContain(event);
        expect(SHIPMENT_STATUSES).toContain(next);
        targets.add(next);
      }
    }
    expect([...targets].sort()).toEqual([...SHIPMENT_STATUSES].sort());
    expect(allowedEvents('COMPLETED')).toEqual([]);
    expect(allowedEvents('CANCELLED')).toEqual([]);
  });

  it('is used by every event somewhere', () => {
    const used = new Set(SHIPMENT_STATUSES.flatMap((status) => allowedEvents(status)));
    expect([...used].sort()).toEqual([...SHIPMENT_EVENTS].sort());
  });
});
