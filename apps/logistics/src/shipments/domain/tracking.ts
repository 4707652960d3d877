// What a carrier reports while the works travel (API.md, tracking-events): part of the shared
// language, since custody hand-overs travel with it (libs/contracts).
export { TRACKING_EVENT_TYPES } from '@artbridge/contracts';
export type { TrackingEventTypeV1 as TrackingEventType } from '@artbridge/contracts';

/** Carriers' clocks drift; a report a few minutes ahead of ours is still believable. */
export const TRACKING_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Why a tracking report cannot be true, or undefined: it cannot come from the future, nor from
 * before the works were dispatched.
 */
export function trackingTimeProblem(at: Date, now: Date, dispatchedAt?: Date): string | undefined {
  if (at.getTime() > now.getTime() + TRACKING_CLOCK_SKEW_MS) {
    return `at must not be in the future (it is ${now.toISOString()} now)`;
  }
  if (dispatchedAt && at.getTime() < dispatchedAt.getTime() - TRACKING_CLOCK_SKEW_MS) {
    return `at must not be before the dispatch (${dispatchedAt.toISOString()})`;
  }
  return undefined;
}
