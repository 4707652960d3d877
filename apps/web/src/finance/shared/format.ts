/**
 * Dates and shares as a finance person reads them, in the screen's language. Calendar dates
 * (YYYY-MM-DD, a due date, a booking date) are days, shown without any time-zone shift.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function formatDate(value: string | null | undefined, language = 'en'): string {
  if (!value) return '—';
  const date = new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (who decided when), in UTC so every office reads the same time. */
export function formatDateTime(value: string | null | undefined, language = 'en'): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
}

/** 0.7 → "70 %" ("70%" in zh-CN); null (nothing to divide) → "—". */
export function formatShare(share: number | null | undefined, language = 'en'): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

/** A count with the language's grouping (1,234). */
export function formatCount(count: number, language = 'en'): string {
  return new Intl.NumberFormat(language).format(count);
}

/** Today as YYYY-MM-DD in UTC, the day the reports count in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
