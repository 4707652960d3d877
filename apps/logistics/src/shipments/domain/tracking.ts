import { recordedTime } from './reported-time';

// What a carrier reports while the works travel (API.md, tracking-events): part of the shared
// language, since custody hand-overs travel with it (libs/contracts).
export { TRACKING_EVENT_TYPES } from '@artbridge/contracts';
export type { TrackingEventTypeV1 as TrackingEventType } from '@artbridge/contracts';

/** Carriers' clocks drift; a report a few minutes ahead of ours is still believable. */
export const TRACKING_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Why a tracking report cannot be true, or undefined: it cannot come from the future, nor from
 * before the works were dispatched, nor (a delivery of works that were in bonded storage) from
 * before they left bond.
 */
export function trackingTimeProblem(
  at: Date,
  now: Date,
  dispatchedAt?: Date,
  leftBondAt?: Date,
): string | undefined {
  if (at.getTime() > now.getTime() + TRACKING_CLOCK_SKEW_MS) {
    return `at must not be in the future (it is ${now.toISOString()} now)`;
  }
  if (dispatchedAt && at.getTime() < dispatchedAt.getTime() - TRACKING_CLOCK_SKEW_MS) {
    return `at must not be before the dispatch (${dispatchedAt.toISOString()})`;
  }
  if (leftBondAt && at.getTime() < leftBondAt.getTime() - TRACKING_CLOCK_SKEW_MS) {
    return `at must not be before the works left bonded storage (${leftBondAt.toISOString()})`;
  }
  return undefined;
}

/**
 * When a believable report goes in the timeline and starts the clocks: the carrier's time, kept
 * within [the dispatch (or the works' exit from bond, for their delivery), now]. Within the skew
 * allowed above, a carrier's clock may put a scan a few minutes ahead of now or before the
 * dispatch; taken as it is, it would sort after what logistics does next (a DELIVERED after the
 * COMPLETED it leads to), or before the DISPATCHED it follows, and a delivery "in the future"
 * would move the inspection deadline out (one before the exit from bond would start it early).
 */
export function recordedTrackingTime(
  at: Date,
  now: Date,
  dispatchedAt?: Date,
  leftBondAt?: Date,
): Date {
  return recordedTime(at, now, dispatchedAt, leftBondAt);
}
