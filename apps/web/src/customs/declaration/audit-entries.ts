import type { AuditEntry } from '../../api/declaration.types';

/** The trail in the order it happened (the service's sequence), whatever order it came in. */
export function inOrder(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type DetailValue =
  { kind: 'text'; text: string } | { kind: 'moment'; iso: string } | { kind: 'date'; date: string };

/** A step's details as label/value pairs to show; empty values are left out. */
export function detailPairs(details: AuditEntry['details']): [string, DetailValue][] {
  return Object.entries(details ?? {})
    .filter(
      ([, value]) => value !== null && value !== '' && !(Array.isArray(value) && !value.length),
    )
    .map(([key, value]): [string, DetailValue] => {
      if (typeof value === 'string' && CALENDAR_DATE.test(value))
        return [key, { kind: 'date', date: value }];
      if (typeof value === 'string' && MOMENT.test(value))
        return [key, { kind: 'moment', iso: value }];
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      return [key, { kind: 'text', text }];
    });
}
