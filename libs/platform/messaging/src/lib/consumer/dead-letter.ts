import type { BrokerProducer, Headers, IncomingRecord } from '../broker.port';

/** Why a message went to the dead-letter topic (header `dlq-reason`). */
export type DeadLetterReason =
  'invalid-envelope' | 'unknown-version' | 'invalid-payload' | 'handler-failed';

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
} as const;

/** The original bytes, key and headers, plus why and where it failed, so it can be redriven. */
export async function sendToDeadLetter(
  producer: BrokerProducer,
  topic: string,
  consumer: string,
  letters: DeadLetter[],
): Promise<void> {
  await producer.send(
    letters.map(({ record, reason, error, attempts, failedAt }) => {
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
      return { topic, key: record.key ?? '', value: record.value ?? Buffer.alloc(0), headers };
    }),
  );
}
