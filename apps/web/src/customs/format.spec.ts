import {
  countryName,
  declarationRef,
  displayLocale,
  formatCalendarDate,
  formatDateTime,
  formatRelative,
  todayIso,
} from './format';

describe('customs formatting', () => {
  it('shows moments and calendar dates in the user’s language', () => {
    const iso = '2026-12-08T05:04:59.663Z';
    expect(formatDateTime(iso, 'en')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    );
    expect(formatDateTime(iso, 'zh-CN')).toMatch(/2026年12月/);
    expect(formatDateTime(null, 'en')).toBe('—');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });

  it('never moves a calendar date to the day before in a western time zone', () => {
    expect(formatCalendarDate('2027-01-01', 'en')).toBe('Jan 1, 2027');
    expect(formatCalendarDate('2027-01-01', 'zh-CN')).toBe('2027年1月1日');
  });

  it('names countries in the user’s language and keeps the code', () => {
    expect(countryName('FR', 'en')).toBe('France (FR)');
    expect(countryName('CN', 'zh-CN')).toBe('中国 (CN)');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });

  it('says how far a deadline is, in a unit that fits', () => {
    const now = Date.parse('2026-12-06T00:00:00Z');
    expect(formatRelative('2026-12-08T00:00:00Z', now, 'en')).toBe('in 2 days');
    expect(formatRelative('2026-12-05T21:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-12-06T00:10:00Z', now, 'en')).toBe('in 10 minutes');
    expect(formatRelative('2026-12-08T00:00:00Z', now, 'zh-CN')).toBe('后天');
  });

  it('formats in the browser’s regional variant of the chosen language only', () => {
    expect(displayLocale('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(displayLocale('en', ['fr-FR', 'en-AU'])).toBe('en-AU');
    expect(displayLocale('en', ['fr-FR', 'en'])).toBe('en');
    expect(displayLocale('zh-CN', ['en-GB'])).toBe('zh-CN');
    expect(displayLocale('zh-CN', ['zh-TW'])).toBe('zh-CN');
    expect(displayLocale('zh-CN', ['zh-CN'])).toBe('zh-CN');
    expect(displayLocale('en', [])).toBe('en');
    expect(formatCalendarDate('2027-01-31', displayLocale('en', ['en-GB']))).toBe('31 Jan 2027');
  });

  it('makes a short reference from the random end of an id, and today in UTC', () => {
    expect(declarationRef('01a249bd-b711-71fa-902e-35632065c3a9')).toBe('2065C3A9');
    expect(todayIso(new Date('2026-12-06T23:30:00-05:00'))).toBe('2026-12-07');
  });
});
