/**
 * Dates, numbers, countries and ids as people read them, in the language they chose. Plain
 * functions (no React); useFormat binds them to the user's locale.
 */

/**
 * The locale to format dates in: the browser's regional variant of the language the user chose
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

const DATE_TIME_STYLES = {
  /** To the second, in the browser's time zone: a journey's steps come seconds apart. */
  medium: { dateStyle: 'medium', timeStyle: 'medium' },
  /** To the minute, in the browser's time zone. */
  short: { dateStyle: 'medium', timeStyle: 'short' },
  /** To the minute in UTC, the zone named: every finance office reads the same time. */
  utc: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateTimeStyle = keyof typeof DATE_TIME_STYLES;

/** A moment (ISO 8601 timestamp); the text itself when it is not one, a dash for none. */
export function formatDateTime(
  iso: string | null | undefined,
  locale = 'en',
  style: DateTimeStyle = 'medium',
): string {
  if (!iso) return '—';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, DATE_TIME_STYLES[style]).format(moment);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day (`2026-11-24`, or the UTC day of an instant such as a due date), the same in
 * every time zone.
 */
export function formatDate(value: string | null | undefined, locale = 'en'): string {
  if (!value) return '—';
  const moment = new Date(CALENDAR_DATE.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(moment.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(moment);
}

/** Today as the services count days (licence validity, reports): the UTC calendar date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const UNITS: { unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }[] = [
  { unit: 'minute', ms: 60_000, below: 3_600_000 },
  { unit: 'hour', ms: 3_600_000, below: 48 * 3_600_000 },
  { unit: 'day', ms: 86_400_000, below: Infinity },
];

/** How far a moment is from now, in the user's words: "in 2 days", "3 hours ago". */
export function formatRelative(iso: string, now: number, locale: string): string {
  const diff = Date.parse(iso) - now;
  if (Number.isNaN(diff)) return '';
  const { unit, ms } = UNITS.find(({ below }) => Math.abs(diff) < below)!;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
    Math.round(diff / ms),
    unit,
  );
}

/** The value a datetime-local input shows for an instant, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** A datetime-local input's value as an ISO instant; the text itself when it is not a time. */
export function localInputToIso(value: string): string {
  const date = new Date(value);
  return value.trim() === '' || Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** The year of a work: its BCE/CE reading is the caller's (it needs the language's words). */
export function yearParts(year: number): { year: number; bce: boolean } {
  return year < 0 ? { year: -year, bce: true } : { year, bce: false };
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

/** A count with the language's grouping (1,234). */
export function formatCount(count: number, language = 'en'): string {
  return new Intl.NumberFormat(language).format(count);
}

/** 0.7 → "70%"; null (nothing to divide) → "—". */
export function formatShare(share: number | null | undefined, language = 'en'): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

/** `019a…` ids are long; people recognise the first characters. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** The officers' reference for a declaration: the random tail of its UUID, upper case. */
export function declarationRef(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase();
}
