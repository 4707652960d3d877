import { Money, parseMoney } from '@artbridge/money';
import {
  EscrowEvent,
  EscrowSettings,
  EscrowState,
  INITIAL_ESCROW_STATE,
  escrowTransition,
} from './escrow';

const settings: EscrowSettings = { inspectionPeriodDays: 14 };
const eur = (amount: string): Money => parseMoney(amount, 'EUR');
const paid = (amount: string): EscrowEvent => ({
  type: 'PAYMENT_APPLIED',
  on: '2026-04-01',
  paid: eur(amount),
  due: eur('1000.00'),
});

function run(events: EscrowEvent[], from: EscrowState = INITIAL_ESCROW_STATE) {
  let state = from;
  const effects: string[] = [];
  const refusals: string[] = [];
  for (const event of events) {
    const transition = escrowTransition(state, event, settings);
    state = transition.state;
    if (transition.effect) effects.push(transition.effect);
    if (transition.refusal) refusals.push(transition.refusal);
  }
  return { state, effects, refusals };
}

describe('escrow state machine', () => {
  it('is funded only when the invoice is fully paid', () => {
    const partly = run([paid('600.00')]);
    expect(partly.state.status).toBe('AWAITING_FUNDS');
    expect(partly.effects).toEqual([]);
    expect(partly.refusals[0]).toContain('not fully paid');

    expect(run([paid('600.00'), paid('1000.00')])).toMatchObject({
      state: { status: 'FUNDED' },
      effects: ['FUND'],
    });
    // over-payment funds as well; the excess is the payer's credit, not escrow
    expect(run([paid('1200.00')]).effects).toEqual(['FUND']);
    expect(() =>
      escrowTransition(
        INITIAL_ESCROW_STATE,
        {
          type: 'PAYMENT_APPLIED',
          on: '2026-04-01',
          paid: parseMoney('1000', 'JPY'),
          due: eur('1000.00'),
        },
        settings,
      ),
    ).toThrow('cannot combine');
  });

  it('is released on delivery and acceptance', () => {
    const result = run([
      paid('1000.00'),
      { type: 'DELIVERED', on: '2026-04-10' },
      { type: 'BUYER_ACCEPTED', on: '2026-04-11' },
    ]);
    expect(result.state).toEqual({
      status: 'RELEASED',
      releasedOn: '2026-04-11',
      reason: 'ACCEPTED',
    });
    expect(result.effects).toEqual(['FUND', 'RELEASE']);
  });

  it('is released when the inspection period ends without a dispute, not a day earlier', () => {
    const delivered = run([paid('1000.00'), { type: 'DELIVERED', on: '2026-04-10' }]).state;
    expect(delivered).toEqual({
      status: 'DELIVERED',
      deliveredOn: '2026-04-10',
      inspectionEndsOn: '2026-04-24',
    });
    expect(run([{ type: 'INSPECTION_CHECK', on: '2026-04-23' }], delivered)).toMatchObject({
      state: { status: 'DELIVERED' },
      effects: [],
      refusals: [expect.stringContaining('runs until 2026-04-24')],
    });
    expect(run([{ type: 'INSPECTION_CHECK', on: '2026-04-24' }], delivered)).toMatchObject({
      state: { status: 'RELEASED', reason: 'INSPECTION_PERIOD_ENDED' },
      effects: ['RELEASE'],
    });
  });

  it('is held by a dispute: neither acceptance nor the end of inspection releases it', () => {
    const disputed = run([
      paid('1000.00'),
      { type: 'DELIVERED', on: '2026-04-10' },
      { type: 'DISPUTE_OPENED', on: '2026-04-12' },
    ]);
    expect(disputed.state).toEqual({
      status: 'DISPUTED',
      disputedOn: '2026-04-12',
      heldFrom: 'DELIVERED',
    });
    const later = run(
      [
        { type: 'INSPECTION_CHECK', on: '2026-06-01' },
        { type: 'BUYER_ACCEPTED', on: '2026-06-01' },
      ],
      disputed.state,
    );
    expect(later.state.status).toBe('DISPUTED');
    expect(later.effects).toEqual([]);
    expect(later.refusals).toHaveLength(2);

    expect(
      run([{ type: 'DISPUTE_RESOLVED', on: '2026-06-02', outcome: 'RELEASE' }], disputed.state)
        .effects,
    ).toEqual(['RELEASE']);
    expect(
      run([{ type: 'DISPUTE_RESOLVED', on: '2026-06-02', outcome: 'REFUND' }], disputed.state),
    ).toMatchObject({
      state: { status: 'REFUNDED', reason: 'DISPUTE_RESOLVED' },
      effects: ['REFUND'],
    });
  });

  it('refunds on cancellation once funded; before funding there is nothing to refund', () => {
    expect(run([paid('1000.00'), { type: 'CANCELLED', on: '2026-04-02' }])).toMatchObject({
      state: { status: 'REFUNDED', reason: 'CANCELLED' },
      effects: ['FUND', 'REFUND'],
    });
    expect(run([{ type: 'CANCELLED', on: '2026-04-02' }])).toMatchObject({
      state: { status: 'CANCELLED' },
      effects: [],
    });
    // delivered goods are disputed, not cancelled
    const delivered = run([
      paid('1000.00'),
      { type: 'DELIVERED', on: '2026-04-10' },
      { type: 'CANCELLED', on: '2026-04-11' },
    ]);
    expect(delivered.state.status).toBe('DELIVERED');
    expect(delivered.refusals[0]).toContain('must open a dispute');
  });

  it('never releases escrow that was not funded', () => {
    const unfunded = run([
      { type: 'DELIVERED', on: '2026-04-10' },
      { type: 'BUYER_ACCEPTED', on: '2026-04-11' },
      { type: 'INSPECTION_CHECK', on: '2026-05-30' },
      { type: 'DISPUTE_OPENED', on: '2026-05-30' },
      { type: 'DISPUTE_RESOLVED', on: '2026-05-30', outcome: 'RELEASE' },
    ]);
    expect(unfunded.state.status).toBe('AWAITING_FUNDS');
    expect(unfunded.effects).toEqual([]);
    expect(unfunded.refusals).toHaveLength(5);
  });

  it('is closed after release or refund', () => {
    const released = run([
      paid('1000.00'),
      { type: 'DELIVERED', on: '2026-04-10' },
      { type: 'BUYER_ACCEPTED', on: '2026-04-11' },
    ]);
    const after = run(
      [
        { type: 'CANCELLED', on: '2026-04-12' },
        { type: 'DISPUTE_OPENED', on: '2026-04-12' },
        paid('1000.00'),
      ],
      released.state,
    );
    expect(after.state.status).toBe('RELEASED');
    expect(after.effects).toEqual([]);
  });

  it('checks its settings and dates', () => {
    expect(() =>
      escrowTransition(INITIAL_ESCROW_STATE, paid('1.00'), { inspectionPeriodDays: 0 }),
    ).toThrow('1 to 30 days');
    expect(() =>
      escrowTransition(INITIAL_ESCROW_STATE, paid('1.00'), { inspectionPeriodDays: 31 }),
    ).toThrow('1 to 30 days');
    expect(() =>
      escrowTransition(INITIAL_ESCROW_STATE, { type: 'DELIVERED', on: 'tomorrow' }, settings),
    ).toThrow('not a calendar date');
  });
});
