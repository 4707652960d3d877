/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC day numbers so that no time zone or
 * daylight-saving change can move a date. Bank dates are calendar dates, not instants.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01, or undefined if the string is not a real calendar date. */
export function dayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) =>
    Number.parseInt(part, 10),
  );
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return time / MS_PER_DAY;
}

export function isIsoDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

export function dateFromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(requireDayNumber(date) + days);
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
function weekday(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

function isWeekend(days: number): boolean {
  const day = weekday(days);
  return day === 0 || day === 6;
}

/**
 * Business days (Monday to Friday, not in holidays) from `from` to `to`: counts the days after
 * `from` up to and including `to`, negative when `to` is earlier. Friday -> next Monday is 1.
 */
export function businessDaysBetween(
  from: string,
  to: string,
  holidays: ReadonlySet<string> = NO_HOLIDAYS,
): number {
  const start = requireDayNumber(from);
  const end = requireDayNumber(to);
  if (end < start) return -businessDaysBetween(to, from, holidays);
  const span = end - start;
  let count = Math.floor(span / 7) * 5;
  for (let day = start + Math.floor(span / 7) * 7 + 1; day <= end; day++) {
    if (!isWeekend(day)) count++;
  }
  for (const holiday of holidays) {
    const day = dayNumber(holiday);
    if (day !== undefined && day > start && day <= end && !isWeekend(day)) count--;
  }
  return count;
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** dayNumber, or a RangeError for a string that is not a calendar date. */
export function requireDayNumber(date: string): number {
  const days = dayNumber(date);
  if (days === undefined) throw new RangeError(`'${date}' is not a calendar date (YYYY-MM-DD)`);
  return days;
}
