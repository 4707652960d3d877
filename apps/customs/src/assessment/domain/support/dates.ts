import type { IsoDate } from '../model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date written yyyy-mm-dd (2026-02-30 is not one). */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== 'string') return false;
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export function isoDateOf(moment: Date): IsoDate {
  return moment.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Inclusive on both ends; ISO dates compare correctly as strings. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate | undefined): boolean {
  return date >= from && (to === undefined || date <= to);
}
