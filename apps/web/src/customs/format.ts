/**
 * Dates, countries and references as the user reads them, in the language they chose.
 * Plain functions (no React): a shared ui/format could take them over.
 */

/**
 * The locale to format in: the browser's regional variant of the language the user chose
 * (en-GB's day-month order for a British officer using English), else that language itself.
 */
export function displayLocale(language: string, browserLanguages: readonly string[] = []): string {
  const base = language.split('-')[0].toLowerCase();
  const regional = browserLanguages.find((candidate) => {
    const [candidateBase, region] = candidate.split('-');
    return candidateBase.toLowerCase() === base && region !== undefined;
  });
  if (!regional || (language.includes('-') && regional !== language)) return language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(regional).length ? regional : language;
  } catch {
    return language;
  }
}

/** A moment (ISO 8601 timestamp) in the user's locale and time zone: "6 Dec 2026, 05:04". */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    moment,
  );
}

/** A calendar date (yyyy-mm-dd) in the user's locale, never shifted by a time zone. */
export function formatCalendarDate(date: string | null | undefined, language: string): string {
  if (!date) return '—';
  const moment = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(moment.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(moment);
}

/** "France (FR)" / "法国 (FR)"; the code alone when the runtime has no name for it. */
export function countryName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames(language, { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const UNITS: { unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }[] = [
  { unit: 'minute', ms: 60_000, below: 3_600_000 },
  { unit: 'hour', ms: 3_600_000, below: 48 * 3_600_000 },
  { unit: 'day', ms: 86_400_000, below: Infinity },
];

/** How far a moment is from now, in the user's words: "in 2 days", "3 hours ago". */
export function formatRelative(iso: string, now: number, language: string): string {
  const diff = Date.parse(iso) - now;
  if (Number.isNaN(diff)) return '';
  const { unit, ms } = UNITS.find(({ below }) => Math.abs(diff) < below)!;
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(
    Math.round(diff / ms),
    unit,
  );
}

/** A short, still distinctive reference for a declaration: the random tail of its UUID. */
export function declarationRef(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase();
}

/** Today as the services count it for licence validity (UTC calendar date). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
