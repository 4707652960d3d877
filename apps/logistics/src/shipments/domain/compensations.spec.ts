import {
  compensationsAfterOverdueInvoice,
  compensationsFor,
  overduePaymentCompensations,
} from './compensations';
import { SHIPMENT_STATUSES, ShipmentStatus } from './shipment-status';

describe('compensationsFor', () => {
  it.each<[ShipmentStatus, boolean, string[]]>([
    ['SUBMITTED', false, []], // nothing reserved yet
    ['RESERVED', false, ['RELEASE_ARTWORKS']],
    ['DECLARED', false, ['RELEASE_ARTWORKS']],
    ['PENDING_REVIEW', false, ['RELEASE_ARTWORKS']],
    ['CLEARED', true, ['CANCEL_INVOICE', 'RELEASE_ARTWORKS']],
    ['CLEARED', false, ['RELEASE_ARTWORKS']], // nothing was invoiced
    ['AWAITING_PAYMENT', true, ['CANCEL_INVOICE', 'RELEASE_ARTWORKS']],
    ['PAID', true, ['CANCEL_INVOICE', 'RELEASE_ARTWORKS']],
    ['PAID', false, ['RELEASE_ARTWORKS']],
  ])('%s (invoice asked for: %s): %j', (status, invoiced, expected) => {
    expect(compensationsFor(status, invoiced)).toEqual(expected);
  });

  it('undoes the sale when a dispute is settled for the buyer: escrow refunded, works released', () => {
    expect(compensationsFor('DISPUTED', true)).toEqual(['CANCEL_INVOICE', 'RELEASE_ARTWORKS']);
    // nothing was invoiced (an exhibition loan without duties): only the works
    expect(compensationsFor('DISPUTED', false)).toEqual(['RELEASE_ARTWORKS']);
    // a return leg holds no works in catalog: only its invoice
    expect(compensationsFor('DISPUTED', true, false)).toEqual(['CANCEL_INVOICE']);
    expect(compensationsFor('DISPUTED', false, false)).toEqual([]);
  });

  it('has nothing to undo while the works move or once accepted, nor once the shipment is final', () => {
    const moved: ShipmentStatus[] = ['IN_TRANSIT', 'DELIVERED', 'ACCEPTED'];
    const final: ShipmentStatus[] = ['COMPLETED', 'CANCELLING', 'CANCELLED'];
    for (const status of [...moved, ...final]) {
      expect(SHIPMENT_STATUSES).toContain(status);
      expect(compensationsFor(status, true)).toEqual([]);
    }
  });

  it('has no artworks to release for a return leg, whose works the outbound shipment holds', () => {
    expect(compensationsFor('RESERVED', false, false)).toEqual([]);
    expect(compensationsFor('PAID', true, false)).toEqual(['CANCEL_INVOICE']);
    expect(compensationsAfterOverdueInvoice(false)).toEqual([]);
  });

  it('payment overdue: the invoice alone first (payments decides), the artworks once it is undone', () => {
    expect(overduePaymentCompensations()).toEqual(['CANCEL_OVERDUE_INVOICE']);
    expect(compensationsAfterOverdueInvoice()).toEqual(['RELEASE_ARTWORKS']);
  });
});
