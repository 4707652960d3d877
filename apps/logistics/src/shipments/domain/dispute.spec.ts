import { DISPUTE_OUTCOMES, settlementEvent } from './dispute';
import { transition } from './shipment-status';

describe('settlementEvent', () => {
  it('names the saga event of each outcome, allowed only while DISPUTED', () => {
    expect(settlementEvent('RELEASE_TO_EXPORTER')).toBe('DISPUTE_SETTLED_FOR_EXPORTER');
    expect(settlementEvent('REFUND_BUYER')).toBe('DISPUTE_SETTLED_FOR_BUYER');
    expect(
      DISPUTE_OUTCOMES.map((outcome) => transition('DISPUTED', settlementEvent(outcome))),
    ).toEqual([
      { ok: true, status: 'ACCEPTED' },
      { ok: true, status: 'CANCELLING' },
    ]);
    for (const outcome of DISPUTE_OUTCOMES) {
      expect(transition('DELIVERED', settlementEvent(outcome)).ok).toBe(false);
    }
  });
});
