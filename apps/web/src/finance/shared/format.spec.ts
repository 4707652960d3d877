import { formatCount, formatDate, formatDateTime, formatShare, isoDay } from './format';

describe('finance formats', () => {
  it('shows a calendar day as that day whatever the time zone', () => {
    expect(formatDate('2026-11-24')).toBe('Nov 24, 2026');
    expect(formatDate('2026-11-24T00:00:00.000Z')).toBe('Nov 24, 2026');
    expect(formatDate('2026-11-24', 'zh-CN')).toBe('2026年11月24日');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('shows a moment in UTC', () => {
    expect(formatDateTime('2026-05-03T14:05:00.000Z')).toMatch(/^May 3, 2026.*02:05\sPM UTC$/);
    expect(formatDateTime(undefined)).toBe('—');
  });

  it('shows a share as a percentage and nothing for no share', () => {
    expect(formatShare(0.7)).toBe('70%');
    expect(formatShare(0.3333)).toBe('33.3%');
    expect(formatShare(null)).toBe('—');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('names today in UTC', () => {
    expect(isoDay(new Date('2026-05-03T23:59:59Z'))).toBe('2026-05-03');
  });
});
