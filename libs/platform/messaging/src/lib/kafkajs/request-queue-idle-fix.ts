/**
 * kafkajs 2.2.4, its last release, re-arms a timer every millisecond on every broker connection
 * while no request waits (tulios/kafkajs#1556 and #1704; the fix, #1667, was never released).
 * Each idle service woke some 1,400 times a second for nothing (4.4% of a core at rest, 2.1%
 * with the fix), and the timers kept running under load. This puts that fix in place: with
 * nothing queued and no throttle to wait out, nothing needs checking, and queuing a request
 * schedules its own check.
 */

interface RequestQueue {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs's own interval for a queued request while the connection is busy or throttled. */
const CHECK_PENDING_REQUESTS_INTERVAL = 10;
/** The release whose RequestQueue this was written against; any other is left as it is. */
const PATCHED_KAFKAJS_VERSION = '2.2.4';

function scheduleCheckPendingRequests(this: RequestQueue): void {
  if (this.throttleCheckTimeoutId) return;
  let scheduleAt = this.throttledUntil - Date.now();
  if (this.pending.length > 0) {
    scheduleAt = scheduleAt > 0 ? scheduleAt : CHECK_PENDING_REQUESTS_INTERVAL;
  } else if (scheduleAt <= 0) {
    return; // nothing queued, nothing throttled: push() schedules the check when it queues
  }
  this.throttleCheckTimeoutId = setTimeout(() => {
    this.throttleCheckTimeoutId = null;
    this.checkPendingRequests();
  }, scheduleAt);
}

/** Whether kafkajs's RequestQueue runs with the fix (true once applied, for the pinned release). */
export function applyRequestQueueIdleFix(): boolean {
  const { version } = require('kafkajs/package.json') as { version: string };
  if (version !== PATCHED_KAFKAJS_VERSION) return false;
  const RequestQueueClass = require('kafkajs/src/network/requestQueue') as {
    prototype: RequestQueue;
  };
  RequestQueueClass.prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
  return true;
}
