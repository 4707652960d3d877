import fc from 'fast-check';
import { addDays, businessDaysBetween, dateFromDayNumber, dayNumber, isIsoDate } from './iso-date';

describe('ISO calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate('2026-04-01T00:00:00')).toBe(false);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // across a DST change: days, not hours
  });

  it('counts business days after the first date up to the second', () => {
    expect(businessDaysBetween('2026-04-10', '2026-04-13')).toBe(1); // Friday -> Monday
    expect(businessDaysBetween('2026-04-15', '2026-04-22')).toBe(5);
    expect(businessDaysBetween('2026-04-22', '2026-04-15')).toBe(-5);
    expect(businessDaysBetween('2026-04-11', '2026-04-12')).toBe(0); // Saturday -> Sunday
    expect(
      businessDaysBetween('2026-04-10', '2026-04-17', new Set(['2026-04-13', '2026-04-18'])),
    ).toBe(4);
  });

  it('agrees with counting day by day (property)', () => {
    const day = fc.integer({ min: dayNumber('2000-01-01')!, max: dayNumber('2040-12-31')! });
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (start, span) => {
        const from = dateFromDayNumber(start);
        const to = dateFromDayNumber(start + span);
        let expected = 0;
        for (let d = Math.min(start, start + span) + 1; d <= Math.max(start, start + span); d++) {
          const weekday = new Date(d * 86_400_000).getUTCDay();
          if (weekday !== 0 && weekday !== 6) expected++;
        }
        expect(businessDaysBetween(from, to)).toBe(span < 0 ? -expected : expected);
      }),
    );
  });
});
