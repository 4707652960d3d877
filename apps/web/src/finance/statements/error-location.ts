import type { StatementErrorLocation } from '../finance.types';

export type LocationPart =
  'format' | 'statement' | 'entry' | 'transaction' | 'line' | 'column' | 'path';

const ORDER: readonly LocationPart[] = [
  'format',
  'statement',
  'entry',
  'transaction',
  'line',
  'column',
  'path',
];

/** The `location` of a refused statement (a 400's body), if it has a usable one. */
export function locationOf(
  body: Record<string, unknown> | undefined,
): StatementErrorLocation | undefined {
  const location = body?.['location'];
  if (!location || typeof location !== 'object' || Array.isArray(location)) return undefined;
  const parts = locationParts(location as StatementErrorLocation);
  return parts.length ? (location as StatementErrorLocation) : undefined;
}

/** What the location says, in reading order, each part labelled for the screen. */
export function locationParts(
  location: StatementErrorLocation,
): { part: LocationPart; value: string }[] {
  const record = location as unknown as Record<string, unknown>;
  return ORDER.flatMap((part) => {
    const value = record[part];
    return typeof value === 'string' || typeof value === 'number'
      ? [{ part, value: String(value) }]
      : [];
  });
}
