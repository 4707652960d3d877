/**
 * Chain of custody: each hand-over of the crate (from the art handler to the airline, from the
 * airline to the receiving agent...) is signed for, and the timeline shows each one.
 */
export interface Custody {
  readonly from: string;
  readonly to: string;
  readonly signedBy: string;
}

const sameParty = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** "custody: Art Handling Ltd → Air France Cargo, signed by Marie Dubois" */
export function custodyText(custody: Custody): string {
  return `custody: ${custody.from.trim()} → ${custody.to.trim()}, signed by ${custody.signedBy.trim()}`;
}

/** Why a hand-over cannot be true: nobody hands a crate to themselves. */
export function custodyProblem(custody: Custody): string | undefined {
  return sameParty(custody.from, custody.to)
    ? 'custody.to must be another party than custody.from'
    : undefined;
}

/**
 * A hand-over from someone other than the last recorded holder leaves a gap in the chain: it is
 * recorded (the crate did change hands) and the gap is shown, not hidden.
 */
export function custodyGap(lastHolder: string | null, custody: Custody): string | undefined {
  if (lastHolder === null || sameParty(lastHolder, custody.from)) return undefined;
  return `custody gap: last signed over to ${lastHolder}, now handed over by ${custody.from.trim()}`;
}

/** The timeline's detail of a tracking event: where, and the hand-over if there was one. */
export function trackingDetail(
  location: string,
  custody?: Custody,
  lastHolder: string | null = null,
): string {
  if (!custody) return location;
  const gap = custodyGap(lastHolder, custody);
  return `${location}; ${custodyText(custody)}${gap ? ` (${gap})` : ''}`;
}
