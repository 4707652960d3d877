import {
  DISPUTE_OUTCOMES,
  inspectionEndedProblem,
  settlementEvent,
  settlementProblem,
} from './dispute';
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

describe('settlementProblem', () => {
  it('lets a SALE be settled either way', () => {
    for (const outcome of DISPUTE_OUTCOMES)
      expect(settlementProblem('SALE', outcome)).toBeUndefined();
  });

  it('refunds the buyer of nothing but a SALE: a loan and its return leg have no sale to undo', () => {
    expect(settlementProblem('TEMPORARY_EXHIBITION', 'REFUND_BUYER')).toMatch(
      /^a loan for a temporary exhibition has no sale to undo/,
    );
    expect(settlementProblem('RETURN', 'REFUND_BUYER')).toBe(
      'a return leg has no sale to undo: settle it for the exporter, so that it completes and the works are home in catalog',
    );
    expect(settlementProblem('TEMPORARY_EXHIBITION', 'RELEASE_TO_EXPORTER')).toBeUndefined();
    expect(settlementProblem('RETURN', 'RELEASE_TO_EXPORTER')).toBeUndefined();
  });
});

describe('inspectionEndedProblem', () => {
  const ends = new Date('2026-11-24T10:00:00Z');

  it('lets a dispute be opened until the inspection period ends, not from its deadline on', () => {
    expect(inspectionEndedProblem(ends, new Date('2026-11-24T09:59:59.999Z'))).toBeUndefined();
    const ended =
      'the inspection period ended at 2026-11-24T10:00:00.000Z: the works stand accepted, and a dispute can no longer be opened';
    expect(inspectionEndedProblem(ends, ends)).toBe(ended);
    // the scheduler has not fired it yet (downtime): over all the same
    expect(inspectionEndedProblem(ends, new Date('2026-11-25T00:00:00Z'))).toBe(ended);
  });

  it('has nothing to say without a running inspection period', () => {
    expect(inspectionEndedProblem(undefined, new Date())).toBeUndefined();
  });
});
