import { byDeadline, byFiled, isOverdue } from './queue-order';
import { queueParams, queueViewFrom } from './queue-params';

const row = (id: string, reviewDueAt: string | null, filedAt = '2026-12-01T00:00:00Z') => ({
  id,
  reviewDueAt,
  filedAt,
});

describe('the review queue’s order', () => {
  it('puts the soonest deadline first and reviews without one last', () => {
    const rows = [
      row('c', '2026-12-09T00:00:00Z'),
      row('none', null),
      row('a', '2026-12-02T00:00:00Z'),
      row('b', '2026-12-05T00:00:00Z'),
    ];
    expect(byDeadline(rows).map((r) => r.id)).toEqual(['a', 'b', 'c', 'none']);
    expect(rows[0].id).toBe('c');
  });

  it('breaks a tie by the earliest filed, then by id, as the service does', () => {
    const due = '2026-12-02T00:00:00Z';
    const rows = [
      row('y', due, '2026-11-30T10:00:00Z'),
      row('x', due, '2026-11-30T10:00:00Z'),
      row('w', due, '2026-11-30T09:00:00Z'),
    ];
    expect(byDeadline(rows).map((r) => r.id)).toEqual(['w', 'x', 'y']);
  });

  it('can show the newest filed first', () => {
    const rows = [
      row('old', null, '2026-11-01T00:00:00Z'),
      row('new', null, '2026-12-01T00:00:00Z'),
    ];
    expect(byFiled(rows).map((r) => r.id)).toEqual(['new', 'old']);
  });
});

describe('overdue', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  const pending = { status: 'PENDING_REVIEW' as const, overdue: false };

  it('is a pending review whose deadline has passed, even before the service flagged it', () => {
    expect(isOverdue({ ...pending, reviewDueAt: '2026-12-06T11:59:59Z' }, now)).toBe(true);
    expect(isOverdue({ ...pending, reviewDueAt: '2026-12-06T12:00:00Z' }, now)).toBe(true);
    expect(isOverdue({ ...pending, reviewDueAt: '2026-12-06T12:00:01Z' }, now)).toBe(false);
    expect(isOverdue({ ...pending, reviewDueAt: null }, now)).toBe(false);
  });

  it('trusts the service’s flag, and never marks a decided or waiting declaration', () => {
    expect(isOverdue({ ...pending, overdue: true, reviewDueAt: null }, now)).toBe(true);
    const past = '2026-12-01T00:00:00Z';
    for (const status of ['CLEARED', 'REJECTED', 'INFO_REQUESTED'] as const)
      expect(isOverdue({ status, overdue: true, reviewDueAt: past }, now)).toBe(false);
  });
});

describe('the queue’s address', () => {
  it('defaults to pending reviews, deadline first, page 1', () => {
    expect(queueViewFrom(new URLSearchParams(''))).toEqual({
      status: 'PENDING_REVIEW',
      kind: 'ALL',
      sort: 'deadline',
      page: 1,
    });
    expect(
      queueViewFrom(new URLSearchParams('status=OPEN&kind=TRANSIT&sort=random&page=-2')),
    ).toEqual({
      status: 'PENDING_REVIEW',
      kind: 'ALL',
      sort: 'deadline',
      page: 1,
    });
  });

  it('reads and writes another status, order and page, leaving defaults out', () => {
    const view = queueViewFrom(
      new URLSearchParams('status=REJECTED&kind=IMPORT&sort=filed&page=3'),
    );
    expect(view).toEqual({ status: 'REJECTED', kind: 'IMPORT', sort: 'filed', page: 3 });
    expect(queueParams(view)).toEqual({
      status: 'REJECTED',
      kind: 'IMPORT',
      sort: 'filed',
      page: '3',
    });
    expect(
      queueParams({ status: 'PENDING_REVIEW', kind: 'ALL', sort: 'deadline', page: 1 }),
    ).toEqual({});
    expect(queueViewFrom(new URLSearchParams('status=ALL')).status).toBe('ALL');
  });
});
