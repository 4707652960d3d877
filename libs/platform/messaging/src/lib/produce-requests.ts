import { MessageTooLargeError } from './broker.port';

/**
 * The most a produce request carries, by the sizes of its records: half the broker's default
 * largest batch (`message.max.bytes`, 1 MiB), so that a request of many records is never refused
 * for its size, whatever partitions its records go to.
 */
export const MAX_REQUEST_BYTES = 512 * 1024;

/** Kafka's default `message.max.bytes`: the largest record batch the broker takes. */
export const MAX_MESSAGE_BYTES = 1_048_588;

/**
 * What a record costs in a request beyond the bytes of its key, value and header names and
 * values (lengths, attributes, the header of its batch): an upper bound. A 1,048,500-byte
 * value with a one-byte key was taken, 1,048,520 refused.
 */
export const RECORD_OVERHEAD_BYTES = 128;

/**
 * Cuts `items` into requests of at most `maxBytes` each, in order (so each key keeps its order
 * when they are sent one after the other). An item larger than `maxBytes` goes alone.
 */
export function splitByBytes<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  maxBytes: number,
): T[][] {
  const requests: T[][] = [];
  let request: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (request.length > 0 && bytes + size > maxBytes) {
      requests.push(request);
      request = [];
      bytes = 0;
    }
    request.push(item);
    bytes += size;
  }
  if (request.length > 0) requests.push(request);
  return requests;
}

/**
 * Sends the requests one after the other. One the broker refuses as too large is split in two
 * halves, each sent again (in order); a single item it refuses goes to `alone`, which may send
 * a smaller version of it or set it aside. Any other failure stops the sending.
 */
export async function sendInRequests<T>(
  requests: readonly T[][],
  send: (items: T[]) => Promise<void>,
  alone: (item: T, error: MessageTooLargeError) => Promise<void>,
): Promise<void> {
  for (const request of requests) await sendOrHalve(request, send, alone);
}

async function sendOrHalve<T>(
  items: T[],
  send: (items: T[]) => Promise<void>,
  alone: (item: T, error: MessageTooLargeError) => Promise<void>,
): Promise<void> {
  try {
    await send(items);
  } catch (error) {
    if (!(error instanceof MessageTooLargeError)) throw error;
    if (items.length === 1) return alone(items[0], error);
    const half = Math.ceil(items.length / 2);
    await sendOrHalve(items.slice(0, half), send, alone);
    await sendOrHalve(items.slice(half), send, alone);
  }
}
