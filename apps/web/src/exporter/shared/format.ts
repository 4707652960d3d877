/** Dates and years as people read them, in the screen's language. */

export function formatDateTime(iso: string | null | undefined, language = 'en'): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    date,
  );
}

/** A calendar date (`2026-11-24`, or the day of an instant), without a time of day. */
export function formatDate(iso: string | null | undefined, language = 'en'): string {
  if (!iso) return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(dateOnly && { timeZone: 'UTC' }),
  }).format(date);
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

/** `019a…` ids are long; people recognise the first characters. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}
