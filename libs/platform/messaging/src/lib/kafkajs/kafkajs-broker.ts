import {
  Admin,
  Consumer,
  Kafka,
  logLevel,
  LogEntry,
  Partitioners,
  Producer,
  TopicPartitionOffset,
} from 'kafkajs';
import type {
  BrokerAdmin,
  BrokerConsumer,
  BrokerConsumerOptions,
  BrokerProducer,
  Headers,
  IncomingBatch,
  IncomingRecord,
  MessageBroker,
  OutgoingRecord,
  TopicSpec,
} from '../broker.port';
import { MessageTooLargeError } from '../broker.port';
import { applyRequestQueueIdleFix } from './request-queue-idle-fix';

// Before any connection exists: kafkajs's idle connections otherwise spin a 1 ms timer.
applyRequestQueueIdleFix();

export interface KafkajsBrokerOptions {
  brokers: string[];
  clientId: string;
  /** Where kafkajs's own log lines go (warnings and errors only). */
  log?: (level: 'error' | 'warn', message: string, extra: Record<string, unknown>) => void;
}

function decodeHeaders(raw: Record<string, unknown> | undefined): Headers {
  const headers: Headers = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value === undefined || value === null) continue;
    const first = Array.isArray(value) ? value[0] : value;
    headers[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return headers;
}

/** The broker's answers that say a record or a request is too large (no retry fixes them). */
const TOO_LARGE = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE']);

function isTooLarge(error: unknown): boolean {
  const e = error as { type?: string; originalError?: unknown; cause?: unknown } | null;
  if (!e) return false;
  return [e, e.originalError, e.cause].some((inner) =>
    TOO_LARGE.has((inner as { type?: string } | undefined)?.type ?? ''),
  );
}

class KafkajsProducer implements BrokerProducer {
  /** The producer in use, connected or connecting; a new one after a failed send. */
  private producer?: Promise<Producer>;

  constructor(private readonly create: () => Producer) {}

  /** The producer in use, connecting a new one when there is none. */
  connected(): Promise<Producer> {
    if (!this.producer) {
      const opening = (async () => {
        const producer = this.create();
        await producer.connect();
        return producer;
      })();
      this.producer = opening;
      opening.catch(() => {
        if (this.producer === opening) this.producer = undefined; // the next send tries again
      });
    }
    return this.producer;
  }

  async send(records: OutgoingRecord[]): Promise<void> {
    if (records.length === 0) return;
    // Group by topic keeping the given order: kafkajs keeps order within each topic-partition.
    const byTopic = new Map<string, { key: string; value: string | Buffer; headers?: Headers }[]>();
    for (const record of records) {
      let messages = byTopic.get(record.topic);
      if (!messages) byTopic.set(record.topic, (messages = []));
      messages.push({ key: record.key, value: record.value, headers: record.headers });
    }
    const using = this.connected();
    try {
      await (
        await using
      ).sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    } catch (error) {
      this.renew(using);
      if (isTooLarge(error)) throw new MessageTooLargeError((error as Error).message);
      throw error;
    }
  }

  /**
   * After a failed send the next one goes through a new producer (a new producer id). When one
   * partition of a request is refused, kafkajs 2.2.4 rewinds the idempotence sequence of every
   * partition of the request, also those the broker appended: the next batch of the same size
   * to such a partition then reuses their sequence numbers, and the broker acknowledges it as
   * a duplicate without writing it (seen here: a message lost after a MESSAGE_TOO_LARGE). What
   * the old producer may have written is sent again, which the consumers' inboxes absorb.
   */
  private renew(failed: Promise<Producer>): void {
    if (this.producer !== failed) return; // renewed already, after another send failed
    this.producer = undefined;
    failed.then((producer) => producer.disconnect()).catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    if (producer) await (await producer).disconnect();
  }
}

/** How long a handled position may wait to be committed (a crash re-delivers at most that). */
const COMMIT_INTERVAL_MS = 100;

/** A batch of fewer messages than this means the consumer is fetching faster than work comes. */
const SMALL_BATCH = 50;
/** How long a consumer lingers after a small batch before it fetches again. */
const LINGER_MS = 20;

/**
 * How long to wait, after handling a batch of `size` messages, before the next fetch. While
 * messages trickle in, a consumer that fetches again at once gets one or two a time, and each
 * fetch costs a round trip to the broker, a transaction and an outbox wake-up. Lingering lets
 * the next fetch bring what arrived meanwhile. A quiet consumer (nothing fetched) and a busy one
 * (large batches) do not wait: the first holds its fetch at the broker until a message comes, the
 * second is already batching. In the saga bench, offered 40 journeys a second, this took the
 * platform's CPU a journey from 44–45 to 37–41 ms at the same p99, and offered 55 from 33 to
 * 30–31 ms. It puts up to LINGER_MS on a hop under steady light load (the messaging bench at
 * 500 events a second: p50 2 → 15 ms, p99 10 → 30 ms).
 */
export function lingerAfter(size: number): number {
  return size > 0 && size < SMALL_BATCH ? LINGER_MS : 0;
}

class KafkajsConsumer implements BrokerConsumer {
  private consumer?: Consumer;
  private connected = false;
  private stopping = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Positions handled and not yet committed, the latest per partition. */
  private readonly toCommit = new Map<string, TopicPartitionOffset>();
  private committing?: Promise<void>;
  private commitTimer?: NodeJS.Timeout;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BrokerConsumerOptions,
    private readonly log?: KafkajsBrokerOptions['log'],
  ) {}

  async run(topics: string[], onBatch: (batch: IncomingBatch) => Promise<void>): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // A fetch returns as soon as there is a message; a quiet broker holds it up to 100 ms (and
      // stopping waits for the fetch in flight). Under load a fetch brings what arrived while
      // the last chunk was handled, so chunks stay large. Holding every fetch for 64 KiB or
      // 10 ms instead made an idle platform poll 100 times a second (a fifth of the 2-core
      // machine doing nothing) and added up to 10 ms to each hop.
      minBytes: 1,
      maxWaitTimeInMs: 100,
      retry: { retries: 10 },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CONNECT, () => (this.connected = true));
    // after a crash kafkajs restarts the consumer without a CONNECT: it is back once it rejoins
    consumer.on(consumer.events.GROUP_JOIN, () => (this.connected = !this.stopping));
    consumer.on(consumer.events.DISCONNECT, () => (this.connected = false));
    consumer.on(consumer.events.CRASH, () => (this.connected = false));
    await consumer.connect();
    this.connected = true;
    await subscribeWhenLed(consumer, topics);
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.concurrency ?? 3,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, resolveOffset }) => {
        if (this.stopping) return; // nothing resolved, nothing committed: read again after restart
        const records: IncomingRecord[] = batch.messages.map((message) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: message.offset,
          key: message.key ? message.key.toString('utf8') : null,
          value: message.value,
          headers: decodeHeaders(message.headers as Record<string, unknown>),
        }));
        const handling = onBatch({
          topic: batch.topic,
          partition: batch.partition,
          records,
          shouldContinue: () => !this.stopping && isRunning() && !isStale(),
          heartbeat,
          commit: async (offset: string) => {
            resolveOffset(offset);
            this.toCommit.set(`${batch.topic}|${batch.partition}`, {
              topic: batch.topic,
              partition: batch.partition,
              offset: (BigInt(offset) + 1n).toString(),
            });
            this.scheduleCommit();
          },
        });
        this.inFlight.add(handling);
        try {
          await handling;
        } finally {
          this.inFlight.delete(handling);
        }
        const linger = lingerAfter(records.length);
        if (linger > 0 && !this.stopping) await new Promise((done) => setTimeout(done, linger));
      },
    });
  }

  /**
   * Commits what was handled at most every COMMIT_INTERVAL_MS, off the path of the next fetch:
   * one commit at a time, each with the latest position of every partition that moved since.
   * A commit after every chunk cost a request to the broker (and a write to its offsets topic)
   * per message when traffic is light. A commit that fails (the group is rebalancing) is
   * dropped: the next one covers the partition, or whoever gets it reads again from the
   * previous commit and its inbox absorbs what was handled twice; a crash does the same.
   */
  private scheduleCommit(): void {
    if (this.commitTimer || this.stopping) return; // stop() commits what is left
    this.commitTimer = setTimeout(() => {
      this.commitTimer = undefined;
      void this.flushCommits();
    }, COMMIT_INTERVAL_MS);
  }

  private flushCommits(): Promise<void> {
    this.committing ??= (async () => {
      try {
        while (this.toCommit.size > 0 && this.consumer) {
          const offsets = [...this.toCommit.values()];
          this.toCommit.clear();
          await this.consumer.commitOffsets(offsets).catch((error: Error) => {
            this.log?.('warn', 'offset commit failed; the next one covers it', {
              error: error.message,
            });
          });
          if (!this.stopping) break; // what moved meanwhile waits for the next interval
        }
      } finally {
        this.committing = undefined;
        if (this.toCommit.size > 0) this.scheduleCommit();
      }
    })();
    return this.committing;
  }

  /**
   * Lets every partition finish and commit the chunk in hand while the consumer is still a
   * full member of its group, then stops fetching and leaves.
   */
  async stop(): Promise<void> {
    if (!this.consumer) return;
    this.stopping = true;
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    await Promise.allSettled([...this.inFlight]);
    await this.flushCommits();
    await this.consumer.stop();
    await this.consumer.disconnect();
    this.connected = false;
  }

  isConnected(): boolean {
    return this.connected;
  }
}

/**
 * Subscribes, retrying while the broker still calls a topic's partitions unknown or leaderless:
 * in KRaft a topic created a moment ago (by this service or a sibling) can be listed, even led,
 * before the broker hosts its partitions, and starting a service must not fail on that.
 */
export async function subscribeWhenLed(
  consumer: Consumer,
  topics: string[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await consumer.subscribe({ topics, fromBeginning: true });
      return;
    } catch (error) {
      if (!isRetriable(error) || Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

/** kafkajs marks transient errors retriable; exhausted retries carry the last one as the cause. */
function isRetriable(error: unknown): boolean {
  const e = error as { retriable?: boolean; originalError?: unknown; cause?: unknown } | null;
  if (!e) return false;
  if (e.retriable === true) return true;
  return [e.originalError, e.cause].some(
    (inner) => (inner as { retriable?: boolean } | undefined)?.retriable === true,
  );
}

export class KafkajsAdmin implements BrokerAdmin {
  constructor(private readonly admin: Admin) {}

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    const existing = new Set(await this.admin.listTopics());
    const missing = specs.filter((spec) => !existing.has(spec.topic));
    if (missing.length > 0) {
      try {
        // kafkajs's own wait for leaders gives up on "does not host this topic-partition",
        // which KRaft answers for a topic created a moment ago: waitForLeaders below waits.
        await this.admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((spec) => ({ topic: spec.topic, numPartitions: spec.partitions })),
        });
      } catch (error) {
        // Another service may have created the same topic a moment ago (or the broker has not
        // caught up with its creation yet: a transient error, which the wait below outlasts).
        if (!isRetriable(error)) {
          const still = new Set(await this.admin.listTopics());
          if (missing.some((spec) => !still.has(spec.topic))) throw error;
        }
      }
    }
    // Also when every topic is listed: a sibling service may have created it a moment ago.
    await this.waitForLeaders(specs.map((spec) => spec.topic));
  }

  /**
   * A topic another service created a moment ago is listed before its partitions have a
   * leader; fetching from it then fails with "This server does not host this topic-partition".
   */
  private async waitForLeaders(topics: string[], timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      try {
        const metadata = await this.admin.fetchTopicMetadata({ topics });
        const led = metadata.topics.every(
          (topic) =>
            topic.partitions.length > 0 && topic.partitions.every((part) => part.leader >= 0),
        );
        if (led) return;
      } catch (error) {
        lastError = error;
      }
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(
      `topics without a leader after ${timeoutMs} ms: ${topics.join(', ')}${lastError ? ` (${String(lastError)})` : ''}`,
    );
  }

  listTopics(): Promise<string[]> {
    return this.admin.listTopics();
  }

  async deleteTopics(topics: string[]): Promise<void> {
    if (topics.length > 0) await this.admin.deleteTopics({ topics });
  }

  disconnect(): Promise<void> {
    return this.admin.disconnect();
  }
}

/** The reasons a broker gives for errors kafkajs retries (its protocol table, 2.2.4). */
const RETRIED_BROKER_ERRORS = new Set(
  (
    require('kafkajs/src/protocol/error') as {
      errorCodes: { message: string; retriable: boolean }[];
    }
  ).errorCodes
    .filter((code) => code.retriable)
    .map((code) => code.message),
);

/** kafkajs's line for a CreateTopics request the broker answered with errors. */
const CREATE_TOPICS_RESPONSE = /^Response CreateTopics\(/;

/**
 * A kafkajs log entry as the service logs it, with the broker's reason in the line. kafkajs logs
 * every error a broker answers at ERROR, also those it then retries: a broker started a moment
 * ago answers a producer's InitProducerId with "The coordinator is loading…" until its
 * coordinator has loaded, which put ERROR lines in every cold `npm start`. Those are warnings.
 */
export function kafkajsLogLine(
  level: logLevel,
  message: string,
  error: unknown,
): { level: 'error' | 'warn'; message: string } {
  const reason = typeof error === 'string' ? error : undefined;
  const retried = reason !== undefined && RETRIED_BROKER_ERRORS.has(reason);
  // Services starting together race to create the topics they share; the losers' CreateTopics
  // fail, which ensureTopics expects (it fails the start only if a topic is still missing).
  const checked = !retried && CREATE_TOPICS_RESPONSE.test(message);
  return {
    level: level === logLevel.ERROR && !retried && !checked ? 'error' : 'warn',
    message: `kafkajs: ${message}${reason ? `: ${reason}` : ''}${retried ? ' (retried)' : ''}${checked ? ' (the topics are checked again)' : ''}`,
  };
}

export class KafkajsBroker implements MessageBroker {
  private readonly kafka: Kafka;
  private readonly log: KafkajsBrokerOptions['log'];

  constructor(options: KafkajsBrokerOptions) {
    const log = options.log;
    this.log = log;
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      connectionTimeout: 3_000,
      retry: { initialRetryTime: 100, retries: 8 },
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log: entry }: LogEntry) => {
          if (!log) return;
          const { message, ...extra } = entry;
          const told = kafkajsLogLine(level, message, extra['error']);
          log(told.level, told.message, extra);
        },
    });
  }

  async producer(): Promise<BrokerProducer> {
    const producer = new KafkajsProducer(() =>
      this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // An idempotent producer retries until the broker answers; maxRetryTime bounds one send,
        // after which the relay backs off and tries the same rows again.
        retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 100, maxRetryTime: 30_000 },
        createPartitioner: Partitioners.DefaultPartitioner,
      }),
    );
    await producer.connected();
    return producer;
  }

  consumer(options: BrokerConsumerOptions): BrokerConsumer {
    return new KafkajsConsumer(this.kafka, options, this.log);
  }

  async admin(): Promise<BrokerAdmin> {
    const admin = this.kafka.admin();
    await admin.connect();
    return new KafkajsAdmin(admin);
  }
}
