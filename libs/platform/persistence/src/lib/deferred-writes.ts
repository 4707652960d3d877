import type { EntityManager } from 'typeorm';

/** Per transaction (its manager): the flushes registered so far, by their owner's key. */
const pending = new WeakMap<EntityManager, Map<object, () => Promise<void>>>();

/**
 * Runs `work` in the transaction of `manager`, then makes the writes it held back with
 * `deferWrite`, once each and in the order they were first held, still inside the transaction.
 * A consumer handling a chunk of messages, or a request, saves a round trip per write this way:
 * each round trip to PostgreSQL costs a socket write and a wake-up on both sides, more than most
 * statements themselves. Nested calls run `work` only: the outermost one flushes.
 */
export async function withDeferredWrites<T>(
  manager: EntityManager,
  work: () => Promise<T>,
): Promise<T> {
  if (pending.has(manager)) return work();
  const flushes = new Map<object, () => Promise<void>>();
  pending.set(manager, flushes);
  try {
    const result = await work();
    // a flush may hold back more (a write that needs another's result): go until none is left
    while (flushes.size > 0) {
      const [key, flush] = flushes.entries().next().value as [object, () => Promise<void>];
      flushes.delete(key);
      await flush();
    }
    return result;
  } finally {
    pending.delete(manager);
  }
}

/**
 * Holds back a write until the end of the `withDeferredWrites` around this transaction: `flush`
 * runs once for `key` however often this is called (keep what to write beside the key). Returns
 * false, holding nothing, when nothing defers here: then write now.
 */
export function deferWrite(
  manager: EntityManager,
  key: object,
  flush: () => Promise<void>,
): boolean {
  const flushes = pending.get(manager);
  if (!flushes) return false;
  if (!flushes.has(key)) flushes.set(key, flush);
  return true;
}
