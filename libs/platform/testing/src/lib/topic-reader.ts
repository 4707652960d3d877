import type { IncomingRecord, MessageBroker } from '@artbridge/platform-messaging';
import { randomBytes } from 'node:crypto';
import { waitFor, WaitOptions } from './wait-for';

/** Reads a topic from the beginning into memory, for assertions on what was published. */
export class TopicReader {
  readonly records: IncomingRecord[] = [];
  private readonly consumer;

  private constructor(broker: MessageBroker) {
    this.consumer = broker.consumer({
      groupId: `reader-${randomBytes(6).toString('hex')}`,
      concurrency: 10,
    });
  }

  static async start(broker: MessageBroker, topics: string[]): Promise<TopicReader> {
    const reader = new TopicReader(broker);
    await reader.consumer.run(topics, async (batch) => {
      reader.records.push(...batch.records);
      await batch.commit(batch.records[batch.records.length - 1].offset);
    });
    return reader;
  }

  json<T = Record<string, unknown>>(): T[] {
    return this.records.map((record) => JSON.parse(record.value?.toString('utf8') ?? 'null') as T);
  }

  async waitForCount(count: number, options?: WaitOptions): Promise<IncomingRecord[]> {
    return waitFor(
      `${count} records (have ${this.records.length})`,
      () => this.records.length >= count && this.records,
      options,
    );
  }

  stop(): Promise<void> {
    return this.consumer.stop();
  }
}
