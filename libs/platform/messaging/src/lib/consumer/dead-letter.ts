import type { BrokerProducer, Headers, IncomingRecord, OutgoingRecord } from '../broker.port';
import {
  MAX_MESSAGE_BYTES,
  MAX_REQUEST_BYTES,
  RECORD_OVERHEAD_BYTES,
  sendInRequests,
  splitByBytes,
} from '../produce-requests';

/**
 * Why a message went to the dead-letter topic (header `dlq-reason`). `type-header-mismatch`: a
 * valid envelope whose `message-type` header names another type.
 */
export type DeadLetterReason =
  | 'invalid-envelope'
  | 'type-header-mismatch'
  | 'unknown-version'
  | 'invalid-payload'
  | 'handler-failed';

export interface DeadLetter {
  record: IncomingRecord;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  /** When the consumer gave up on it (now, when not given). */
  failedAt?: Date;
}

export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  error: 'dlq-error',
  consumer: 'dlq-consumer',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  /** On a letter too large for the broker: the original's size in bytes; the value is cut. */
  truncated: 'dlq-truncated',
} as const;

export interface DeadLetterLimits {
  /** The most one produce request carries. */
  maxRequestBytes?: number;
  /** The broker's largest record batch: a letter above it is sent with its value cut. */
  maxMessageBytes?: number;
}

interface SizedRecord {
  record: OutgoingRecord & { value: Buffer; headers: Headers };
  bytes: number;
}

function sized(record: SizedRecord['record']): SizedRecord {
  let bytes = record.value.length + Buffer.byteLength(record.key) + RECORD_OVERHEAD_BYTES;
  for (const [name, value] of Object.entries(record.headers))
    bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  return { record, bytes };
}

/**
 * The letter with its value cut to what the broker takes (`room` bytes less than it has), the
 * original's size in `dlq-truncated`. The table keeps the whole message.
 */
function cut({ record }: SizedRecord, room: number): SizedRecord {
  const keep = Math.max(0, record.value.length - room - 64); // 64: the header itself
  return sized({
    ...record,
    value: record.value.subarray(0, keep),
    // a letter cut twice (a topic's own smaller limit) still names the original's size
    headers: {
      ...record.headers,
      [DLQ_HEADERS.truncated]: record.headers[DLQ_HEADERS.truncated] ?? String(record.value.length),
    },
  });
}

/**
 * The original bytes, key and headers, plus why and where it failed, so it can be redriven. Sent
 * in requests the broker takes (a chunk of 200 letters can be megabytes); a letter too large
 * on its own is sent with its value cut (`dlq-truncated`).
 */
export async function sendToDeadLetter(
  producer: BrokerProducer,
  topic: string,
  consumer: string,
  letters: DeadLetter[],
  limits: DeadLetterLimits = {},
): Promise<void> {
  const maxMessageBytes = limits.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const records = letters.map(({ record, reason, error, attempts, failedAt }) => {
    const headers: Headers = {
      ...record.headers,
      [DLQ_HEADERS.reason]: reason,
      [DLQ_HEADERS.error]: error.slice(0, 4000),
      [DLQ_HEADERS.consumer]: consumer,
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.failedAt]: (failedAt ?? new Date()).toISOString(),
      [DLQ_HEADERS.originalTopic]: record.topic,
      [DLQ_HEADERS.originalPartition]: String(record.partition),
      [DLQ_HEADERS.originalOffset]: record.offset,
    };
    const letter = sized({
      topic,
      key: record.key ?? '',
      value: record.value ?? Buffer.alloc(0),
      headers,
    });
    return letter.bytes > maxMessageBytes ? cut(letter, letter.bytes - maxMessageBytes) : letter;
  });
  await sendInRequests(
    splitByBytes(records, (letter) => letter.bytes, limits.maxRequestBytes ?? MAX_REQUEST_BYTES),
    (request) => producer.send(request.map((letter) => letter.record)),
    async (letter, error) => {
      // the broker takes less than we thought (a topic's own max.message.bytes): the bare letter
      if (letter.record.value.length === 0) throw error;
      await producer.send([cut(letter, letter.record.value.length).record]);
    },
  );
}
