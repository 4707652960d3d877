import { escrowCommandOnceFundedAgain, marksPaymentReversed } from './payment-reversal';
import { SHIPMENT_STATUSES, ShipmentStatus } from './shipment-status';

describe('a bank reversal of the buyer payment', () => {
  it('marks an invoiced shipment whose works have left, and no other', () => {
    const marked = SHIPMENT_STATUSES.filter((status) => marksPaymentReversed(status, true));
    expect(marked).toEqual(['IN_TRANSIT', 'DELIVERED', 'ACCEPTED', 'DISPUTED']);
    // nothing invoiced, no escrow to lose
    expect(SHIPMENT_STATUSES.filter((status) => marksPaymentReversed(status, false))).toEqual([]);
  });

  it.each<[ShipmentStatus, string | undefined]>([
    ['IN_TRANSIT', undefined],
    ['DELIVERED', undefined],
    ['ACCEPTED', 'RELEASE_ESCROW'],
    ['DISPUTED', 'HOLD_ESCROW'],
    ['COMPLETED', undefined],
    ['CANCELLING', undefined],
  ])('once escrow is funded again, a shipment %s owes payments %s', (status, command) => {
    expect(escrowCommandOnceFundedAgain(status)).toBe(command);
  });
});
