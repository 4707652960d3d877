import { RetryPolicy, retryDelayMs } from '@artbridge/platform-messaging';
import { setTimeout as sleep } from 'node:timers/promises';
import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs PostgreSQL answers when it rolled a transaction back only because of another one
 * running at the same time: 40P01 (deadlock detected, this transaction chosen as the victim) and
 * 40001 (serialization failure). The same work run again can succeed.
 */
const TRANSIENT_SQLSTATES = new Set(['40P01', '40001']);

/** Tries in all and backoff: a conflict is over once the other transaction ends, in milliseconds. */
export const TRANSIENT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 20, maxDelayMs: 500 };

/** A failure of the transaction's timing, not of its data: rolled back, worth running again. */
export function isTransientConflict(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && TRANSIENT_SQLSTATES.has(code);
}

/**
 * Runs `transaction` (the whole of one, begun and ended inside it), running it again after a
 * short, jittered wait when PostgreSQL rolled it back for a deadlock or a serialization failure,
 * up to `policy.attempts` tries in all; any other error, or the last try's, is thrown.
 */
export async function retryTransientConflicts<T>(
  transaction: () => Promise<T>,
  options: {
    policy?: RetryPolicy;
    onRetry?: (error: unknown, failedAttempt: number) => void;
  } = {},
): Promise<T> {
  const policy = options.policy ?? TRANSIENT_RETRY;
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransientConflict(error)) throw error;
      options.onRetry?.(error, attempt);
      await sleep(retryDelayMs(policy, attempt));
    }
  }
}
