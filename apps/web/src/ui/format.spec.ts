import {
  countryName,
  declarationRef,
  displayLocale,
  formatCount,
  formatDate,
  formatDateTime,
  formatRelative,
  formatShare,
  localInputToIso,
  shortId,
  todayIso,
  toLocalInput,
  yearParts,
} from './format';

describe('formatting', () => {
  const iso = '2026-12-08T05:04:59.663Z';

  it('shows a moment to the second by default, to the minute when short', () => {
    expect(formatDateTime(iso, 'en')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(
        new Date(iso),
      ),
    );
    expect(formatDateTime(iso, 'en', 'short')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    );
    expect(formatDateTime(iso, 'zh-CN', 'short')).toMatch(/2026年12月/);
  });

  it('shows a moment in UTC when every office must read the same time', () => {
    expect(formatDateTime('2026-05-03T14:05:00.000Z', 'en', 'utc')).toMatch(
      /^May 3, 2026.*02:05\sPM UTC$/,
    );
  });

  it('shows a dash for no moment and the text itself for one that is not', () => {
    expect(formatDateTime(null, 'en')).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });

  it('shows a calendar day as that day whatever the time zone', () => {
    expect(formatDate('2026-11-24')).toBe('Nov 24, 2026');
    expect(formatDate('2027-01-01', 'en')).toBe('Jan 1, 2027');
    expect(formatDate('2026-11-24T00:00:00.000Z')).toBe('Nov 24, 2026');
    expect(formatDate('2026-11-24', 'zh-CN')).toBe('2026年11月24日');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('formats in the browser’s regional variant of the chosen language only', () => {
    expect(displayLocale('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(displayLocale('en', ['fr-FR', 'en-AU'])).toBe('en-AU');
    expect(displayLocale('en', ['fr-FR', 'en'])).toBe('en');
    expect(displayLocale('zh-CN', ['en-GB'])).toBe('zh-CN');
    expect(displayLocale('zh-CN', ['zh-TW'])).toBe('zh-CN');
    expect(displayLocale('zh-CN', ['zh-CN'])).toBe('zh-CN');
    expect(displayLocale('en', [])).toBe('en');
    expect(formatDate('2027-01-31', displayLocale('en', ['en-GB']))).toBe('31 Jan 2027');
  });

  it('says how far a deadline is, in a unit that fits', () => {
    const now = Date.parse('2026-12-06T00:00:00Z');
    expect(formatRelative('2026-12-08T00:00:00Z', now, 'en')).toBe('in 2 days');
    expect(formatRelative('2026-12-05T21:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-12-06T00:10:00Z', now, 'en')).toBe('in 10 minutes');
    expect(formatRelative('2026-12-08T00:00:00Z', now, 'zh-CN')).toBe('后天');
  });

  it('names today in UTC', () => {
    expect(todayIso(new Date('2026-05-03T23:59:59Z'))).toBe('2026-05-03');
    expect(todayIso(new Date('2026-12-06T23:30:00-05:00'))).toBe('2026-12-07');
  });

  it('round-trips a datetime-local value through an ISO instant', () => {
    const local = toLocalInput(new Date(2026, 10, 24, 9, 5));
    expect(local).toBe('2026-11-24T09:05');
    expect(new Date(localInputToIso(local)).getTime()).toBe(new Date(2026, 10, 24, 9, 5).getTime());
    expect(localInputToIso('tomorrow')).toBe('tomorrow');
  });

  it('names countries in the user’s language and keeps the code', () => {
    expect(countryName('FR', 'en')).toBe('France (FR)');
    expect(countryName('CN', 'zh-CN')).toBe('中国 (CN)');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });

  it('shows a share as a percentage and nothing for no share, a count grouped', () => {
    expect(formatShare(0.7)).toBe('70%');
    expect(formatShare(0.3333)).toBe('33.3%');
    expect(formatShare(null)).toBe('—');
    expect(formatCount(12345)).toBe('12,345');
  });

  it('reads a negative year as BCE, and shortens ids', () => {
    expect(yearParts(-200)).toEqual({ year: 200, bce: true });
    expect(yearParts(1952)).toEqual({ year: 1952, bce: false });
    expect(shortId('019a2b3c-4d5e-7f00-8000-000000000000')).toBe('019a2b3c');
    expect(declarationRef('01a249bd-b711-71fa-902e-35632065c3a9')).toBe('2065C3A9');
  });
});
