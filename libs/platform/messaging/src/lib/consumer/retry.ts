export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };

/** Exponential backoff with a little jitter, so replicas that failed together do not retry together. */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number): number {
  const base = Math.min(policy.initialDelayMs * 2 ** (failedAttempt - 1), policy.maxDelayMs);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** Throw this from a handler for a failure that retrying cannot fix: straight to the DLQ. */
export class PermanentMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentMessageError';
  }
}
