import type { Deadline, TimelineStep } from '../shared/api-types';
import {
  isFinalStatus,
  isOverdue,
  lastCustomsStep,
  nextDeadline,
  stepsInOrder,
} from './shipment-journey';

const deadline = (patch: Partial<Deadline>): Deadline => ({
  kind: 'PAYMENT_DUE',
  dueAt: '2026-11-24T10:00:00.000Z',
  state: 'PENDING',
  ...patch,
});

const step = (at: string, type: string, source = 'logistics'): TimelineStep => ({
  at,
  type,
  source,
  detail: type.toLowerCase(),
});

describe('a shipment’s journey', () => {
  it('ends when completed or cancelled', () => {
    expect(isFinalStatus('COMPLETED')).toBe(true);
    expect(isFinalStatus('CANCELLED')).toBe(true);
    expect(isFinalStatus('CANCELLING')).toBe(false);
    expect(isFinalStatus('IN_TRANSIT')).toBe(false);
  });

  it('flags a deadline past due while running, or a missed one; not a closed one', () => {
    const now = new Date('2026-11-24T11:00:00.000Z');
    expect(isOverdue(deadline({}), now)).toBe(true);
    expect(isOverdue(deadline({ dueAt: '2026-11-25T00:00:00.000Z' }), now)).toBe(false);
    expect(isOverdue(deadline({ state: 'FIRED' }), now)).toBe(true);
    expect(isOverdue(deadline({ kind: 'ADMISSION_EXPIRY', state: 'FIRED' }), now)).toBe(true);
    expect(isOverdue(deadline({ state: 'CLOSED' }), now)).toBe(false);
    // silence after delivery is acceptance, a reminder is just sent: nothing was missed
    expect(isOverdue(deadline({ kind: 'INSPECTION_PERIOD', state: 'FIRED' }), now)).toBe(false);
    expect(isOverdue(deadline({ kind: 'ADMISSION_REMINDER', state: 'FIRED' }), now)).toBe(false);
  });

  it('finds the next running deadline', () => {
    expect(
      nextDeadline([
        deadline({ kind: 'REVIEW_SLA', state: 'CLOSED', dueAt: '2026-01-01T00:00:00.000Z' }),
        deadline({ kind: 'INSPECTION_PERIOD', dueAt: '2026-12-01T00:00:00.000Z' }),
        deadline({ kind: 'PAYMENT_DUE', dueAt: '2026-11-30T00:00:00.000Z' }),
      ])?.kind,
    ).toBe('PAYMENT_DUE');
    expect(nextDeadline([])).toBeUndefined();
  });

  it('orders steps by time, keeping the given order within an instant', () => {
    const ordered = stepsInOrder([
      step('2026-11-24T10:00:02.000Z', 'DECLARATION_FILED', 'customs'),
      step('2026-11-24T10:00:00.000Z', 'SUBMITTED'),
      step('2026-11-24T10:00:01.000Z', 'ARTWORKS_RESERVED', 'catalog'),
      step('2026-11-24T10:00:01.000Z', 'DECLARATION_REQUESTED'),
    ]);
    expect(ordered.map((s) => s.type)).toEqual([
      'SUBMITTED',
      'ARTWORKS_RESERVED',
      'DECLARATION_REQUESTED',
      'DECLARATION_FILED',
    ]);
    expect(lastCustomsStep(ordered)?.type).toBe('DECLARATION_FILED');
  });
});
