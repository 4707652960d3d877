import type { DeclarationSummary } from '../../api/declaration.types';

/** How often the queue asks again, so a newly filed declaration shows without a reload. */
export const QUEUE_REFRESH_MS = 10_000;

/**
 * A review past its deadline: the service's flag, or the deadline passing since the last
 * refresh. Only a review an officer still owes can be overdue.
 */
export function isOverdue(
  row: Pick<DeclarationSummary, 'status' | 'overdue' | 'reviewDueAt'>,
  now: number,
): boolean {
  if (row.status !== 'PENDING_REVIEW') return false;
  if (row.overdue) return true;
  return row.reviewDueAt !== null && Date.parse(row.reviewDueAt) <= now;
}

const time = (iso: string | null) => (iso === null ? Infinity : Date.parse(iso));

/**
 * Soonest review deadline first, no deadline last, then the earliest filed, as the service
 * sorts `sort=deadline` (the page is re-sorted so a refresh never shows it out of order).
 */
export function byDeadline<T extends Pick<DeclarationSummary, 'reviewDueAt' | 'filedAt' | 'id'>>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      time(a.reviewDueAt) - time(b.reviewDueAt) ||
      time(a.filedAt) - time(b.filedAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Newest filed first (`sort=filed`). */
export function byFiled<T extends Pick<DeclarationSummary, 'filedAt' | 'id'>>(
  rows: readonly T[],
): T[] {
  return [...rows].sort((a, b) => time(b.filedAt) - time(a.filedAt) || b.id.localeCompare(a.id));
}
