import {
  formatDate,
  formatDateTime,
  localInputToIso,
  shortId,
  toLocalInput,
  yearParts,
} from './format';

describe('formatting', () => {
  it('shows a calendar date the same in every time zone', () => {
    expect(formatDate('2026-11-24', 'en')).toBe('Nov 24, 2026');
    expect(formatDate('2026-11-24', 'zh-CN')).toBe('2026年11月24日');
    expect(formatDate(null)).toBe('—');
  });

  it('shows an instant with its time, and a dash for none', () => {
    expect(formatDateTime('2026-11-24T10:00:00.000Z', 'en')).toMatch(/Nov 24, 2026/);
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('round-trips a datetime-local value through an ISO instant', () => {
    const local = toLocalInput(new Date(2026, 10, 24, 9, 5));
    expect(local).toBe('2026-11-24T09:05');
    expect(new Date(localInputToIso(local)).getTime()).toBe(new Date(2026, 10, 24, 9, 5).getTime());
    expect(localInputToIso('tomorrow')).toBe('tomorrow');
  });

  it('reads a negative year as BCE', () => {
    expect(yearParts(-200)).toEqual({ year: 200, bce: true });
    expect(yearParts(1952)).toEqual({ year: 1952, bce: false });
    expect(shortId('019a2b3c-4d5e-7f00-8000-000000000000')).toBe('019a2b3c');
  });
});
