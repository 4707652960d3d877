/**
 * The small port between the messaging backbone and a Kafka client. kafkajs sits behind it
 * (kafkajs/), so moving to another client touches this library only.
 */
export type Headers = Record<string, string>;

export interface OutgoingRecord {
  topic: string;
  key: string;
  value: string | Buffer;
  headers?: Headers;
}

export interface IncomingRecord {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Headers;
}

export interface IncomingBatch {
  topic: string;
  partition: number;
  records: IncomingRecord[];
  /** False once the consumer is stopping or the partition was revoked: stop, do not commit. */
  shouldContinue(): boolean;
  heartbeat(): Promise<void>;
  /**
   * Commits the position after `offset` (the next record to read). It may resolve before the
   * broker has it, the commit then going out in the background; stop() waits for it.
   */
  commit(offset: string): Promise<void>;
}

export interface BrokerProducer {
  /**
   * Sends in order; resolves once the broker has acknowledged every record (acks=all). Throws
   * MessageTooLargeError when the broker refuses a record or a request as too large, which no
   * retry fixes: send fewer records at a time, or set the record aside.
   */
  send(records: OutgoingRecord[]): Promise<void>;
  disconnect(): Promise<void>;
}

/** The broker refused what was sent as larger than it accepts (Kafka's `message.max.bytes`). */
export class MessageTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageTooLargeError';
  }
}

export interface BrokerConsumerOptions {
  groupId: string;
  /** Partitions processed at once; each partition stays sequential. */
  concurrency?: number;
}

export interface BrokerConsumer {
  /** Subscribes and runs until stop(); a new group starts at the earliest offset. */
  run(topics: string[], onBatch: (batch: IncomingBatch) => Promise<void>): Promise<void>;
  /** Stops fetching, waits for the batches in hand, then leaves the group. */
  stop(): Promise<void>;
  isConnected(): boolean;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
}

export interface BrokerAdmin {
  /** Creates the missing topics; existing ones are left as they are. */
  ensureTopics(specs: TopicSpec[]): Promise<void>;
  listTopics(): Promise<string[]>;
  deleteTopics(topics: string[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface MessageBroker {
  producer(): Promise<BrokerProducer>;
  consumer(options: BrokerConsumerOptions): BrokerConsumer;
  admin(): Promise<BrokerAdmin>;
}
