/**
 * Times reported by others' clocks (a carrier's scan, a warehouse's entry, an inspector's report):
 * once believed (each domain says what it believes, within its clock skew), they go on record
 * kept within [the step they follow, now], so that the timeline stays in order; the reporter's
 * own time is kept in the timeline's detail when it was not the one recorded.
 */

/** Whose clock gave a reported time. */
export type Reporter = 'carrier' | 'warehouse' | 'inspector';

/**
 * The time recorded for a believable report: `at`, kept at or before now and at or after each
 * known time it cannot precede.
 */
export function recordedTime(at: Date, now: Date, ...notBefore: (Date | undefined)[]): Date {
  let time = Math.min(at.getTime(), now.getTime());
  for (const bound of notBefore) {
    if (bound) time = Math.max(time, bound.getTime());
  }
  return new Date(time);
}

/** What the timeline says of the reporter's own time when another was recorded, or undefined. */
export function timeNote(whose: Reporter, reported: Date, recorded: Date): string | undefined {
  return reported.getTime() === recorded.getTime()
    ? undefined
    : `${whose}'s time ${reported.toISOString()}`;
}

/** A timeline detail, with the reporter's own time when another was recorded. */
export function withTimeNote(
  detail: string,
  whose: Reporter,
  reported: Date,
  recorded: Date,
): string {
  const note = timeNote(whose, reported, recorded);
  return note ? `${detail} (${note})` : detail;
}
