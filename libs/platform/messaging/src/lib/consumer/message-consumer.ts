import { ALL_MESSAGES, type MessageDefinition } from '@artbridge/contracts';
import { withDeferredWrites } from '@artbridge/platform-persistence';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  BrokerConsumer,
  BrokerProducer,
  IncomingBatch,
  IncomingRecord,
  MessageBroker,
} from '../broker.port';
import { decodeEnvelope, Envelope, EnvelopeMeta, MESSAGE_TYPE_HEADER } from '../envelope';
import { claimInbox } from '../inbox/inbox';
import type { MessagingLogger } from '../logger';
import type { Outbox } from '../outbox/outbox';
import { PayloadValidationError, validatePayload } from '../payload-validation';
import { TopicNames } from '../topic-names';
import { DeadLetter, DeadLetterLimits, sendToDeadLetter } from './dead-letter';
import { DeadLetterStore } from './dead-letter-store';
import { DEFAULT_RETRY, PermanentMessageError, RetryPolicy, retryDelayMs } from './retry';

/** What a handler gets besides the payload: the envelope and the transaction it runs in. */
export interface InboundContext {
  readonly envelope: Envelope<object>;
  /** The transaction that also records the message in the inbox: write state through it. */
  readonly manager: EntityManager;
  /**
   * Every message handled in this transaction, this one included, in order (payloads
   * validated): a handler may read what the whole chunk needs in one statement the first time.
   */
  readonly chunk: readonly Envelope<object>[];
  /** Writes a follow-up message in the same transaction, caused by (and correlated with) this one. */
  publish<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    meta: Omit<EnvelopeMeta, 'causedBy'>,
  ): Promise<Envelope<T>>;
}

export type InboundHandler = (payload: object, context: InboundContext) => Promise<void>;

export interface MessageConsumerOptions {
  /** The consuming service: its consumer group, inbox name and dead-letter topic. */
  name: string;
  /** Handlers by message type. Messages of other types on the same topics are skipped. */
  handlers: ReadonlyMap<string, InboundHandler>;
  /**
   * The versions this consumer understands; another version of a handled type is dead-lettered.
   * With every contract's (ALL_MESSAGES), they say which types travel on which topic: a
   * `message-type` header naming one of those this consumer does not handle skips the message.
   */
  definitions: readonly MessageDefinition[];
  topics: TopicNames;
  broker: MessageBroker;
  dataSource: DataSource;
  outbox: Outbox;
  logger: MessagingLogger;
  retry?: Partial<RetryPolicy>;
  /** Partitions handled at once (each stays in order). */
  concurrency?: number;
  /** Messages handled in one transaction when all goes well. */
  chunkSize?: number;
  /** Bounds of the produce requests to the dead-letter topic (the broker's defaults fit). */
  deadLetterLimits?: DeadLetterLimits;
}

interface Work {
  record: IncomingRecord;
  envelope: Envelope<object>;
  payload: object;
  handler: InboundHandler;
}

const COMMIT_EVERY = 1000;

const NO_TYPES: ReadonlySet<string> = new Set();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a service's message handlers with the guarantees of ARCHITECTURE.md: the inbox row and
 * the handler's state change in one transaction, offsets committed after it, transient failures
 * retried with backoff, poison messages dead-lettered while the partition keeps moving.
 */
export class MessageConsumer {
  private readonly retry: RetryPolicy;
  private readonly chunkSize: number;
  private readonly versions: Map<string, MessageDefinition>;
  /** By topic, the types defined for it that this consumer does not handle: skipped by header. */
  private readonly skippedTypes = new Map<string, Set<string>>();
  private readonly deadLetters: DeadLetterStore;
  private consumer?: BrokerConsumer;
  private deadLetterProducer?: BrokerProducer;

  constructor(private readonly options: MessageConsumerOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.chunkSize = options.chunkSize ?? 200;
    this.versions = new Map(options.definitions.map((d) => [`${d.type}@${d.version}`, d]));
    for (const definition of [...ALL_MESSAGES, ...options.definitions]) {
      if (options.handlers.has(definition.type)) continue;
      const topic = options.topics.of(definition.stream);
      const types = this.skippedTypes.get(topic) ?? new Set<string>();
      this.skippedTypes.set(topic, types.add(definition.type));
    }
    this.deadLetters = new DeadLetterStore(options.dataSource);
  }

  /** The topics the handled types travel on. */
  subscribedTopics(): string[] {
    const streams = this.options.definitions
      .filter((d) => this.options.handlers.has(d.type))
      .map((d) => this.options.topics.of(d.stream));
    return [...new Set(streams)];
  }

  deadLetterTopic(): string {
    return this.options.topics.deadLetter(this.options.name);
  }

  isConnected(): boolean {
    return this.consumer?.isConnected() ?? false;
  }

  async start(): Promise<void> {
    const topics = this.subscribedTopics();
    if (topics.length === 0) return;
    this.deadLetterProducer = await this.options.broker.producer();
    this.consumer = this.options.broker.consumer({
      // deployments sharing a broker (a test run beside npm start) must not share a group
      groupId: this.options.topics.prefix + this.options.name,
      concurrency: this.options.concurrency,
    });
    await this.consumer.run(topics, (batch) => this.onBatch(batch));
  }

  /** Stops fetching, lets the batches in hand finish and commit, then disconnects. */
  async stop(): Promise<void> {
    await this.consumer?.stop();
    await this.deadLetterProducer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
    this.deadLetterProducer = undefined;
  }

  /**
   * Chunk by chunk, each in its own transaction. The offset is committed at the end of the batch
   * and every COMMIT_EVERY records within a long one: what a crash re-delivers before the
   * commit, the inbox absorbs.
   */
  private async onBatch(batch: IncomingBatch): Promise<void> {
    let uncommitted: string | undefined;
    let sinceCommit = 0;
    for (let start = 0; start < batch.records.length; start += this.chunkSize) {
      if (!batch.shouldContinue()) break;
      const chunk = batch.records.slice(start, start + this.chunkSize);
      await this.processChunk(chunk, batch);
      uncommitted = chunk[chunk.length - 1].offset;
      sinceCommit += chunk.length;
      if (sinceCommit >= COMMIT_EVERY) {
        await batch.commit(uncommitted);
        await batch.heartbeat();
        uncommitted = undefined;
        sinceCommit = 0;
      }
    }
    if (uncommitted !== undefined) await batch.commit(uncommitted);
  }

  /**
   * A failure to file a dead letter does not hold back the good messages of the chunk: they are
   * handled, then the batch fails and is read again, filing the letter again (the table does not
   * file it twice) while the inbox absorbs what was handled.
   */
  private async processChunk(records: IncomingRecord[], batch: IncomingBatch): Promise<void> {
    const work: Work[] = [];
    const dead: DeadLetter[] = [];
    const skippedTypes = this.skippedTypes.get(batch.topic) ?? NO_TYPES;
    for (const record of records) {
      const item = this.classify(record, skippedTypes, dead);
      if (item) work.push(item);
    }
    let filingFailure: unknown;
    const file = (letters: DeadLetter[]) =>
      this.deadLetter(letters).catch((error: unknown) => {
        filingFailure ??= error;
      });
    if (dead.length > 0) await file(dead);
    if (work.length > 0) {
      try {
        await this.handleInOneTransaction(work);
      } catch (error) {
        // Something in the chunk failed: go one by one, so only the culprit is retried or
        // dead-lettered and the others are handled once.
        if (work.length > 1) {
          this.options.logger.warn('chunk failed; handling its messages one by one', {
            consumer: this.options.name,
            error: (error as Error).message,
          });
        }
        for (const item of work) {
          const letter = await this.handleWithRetries(
            item,
            batch,
            work.length === 1 ? error : undefined,
          );
          if (letter) await file([letter]);
        }
      }
    }
    if (filingFailure !== undefined) throw filingFailure;
  }

  /** Decodes and validates; returns the work to do, or files a dead letter, or skips. */
  private classify(
    record: IncomingRecord,
    skippedTypes: ReadonlySet<string>,
    dead: DeadLetter[],
  ): Work | undefined {
    // The relay names the type in a header: another consumer's business on a shared topic is
    // skipped without parsing its envelope (most of what catalog and customs read). Only a type
    // defined for the topic is trusted to skip: an empty, unknown or misplaced one is read as if
    // absent, and an envelope that names another type is dead-lettered below.
    const namedType = record.headers[MESSAGE_TYPE_HEADER];
    if (namedType !== undefined && skippedTypes.has(namedType)) return undefined;
    let envelope: Envelope<Record<string, unknown>>;
    try {
      envelope = decodeEnvelope(record.value);
    } catch (error) {
      dead.push({
        record,
        reason: 'invalid-envelope',
        error: (error as Error).message,
        attempts: 0,
      });
      return undefined;
    }
    if (namedType && namedType !== envelope.type) {
      dead.push({
        record,
        reason: 'type-header-mismatch',
        error: `the ${MESSAGE_TYPE_HEADER} header names ${namedType}, the envelope ${envelope.type}`,
        attempts: 0,
      });
      return undefined;
    }
    const handler = this.options.handlers.get(envelope.type);
    if (!handler) return undefined; // another consumer's business on a shared topic
    const definition = this.versions.get(`${envelope.type}@${envelope.version}`);
    if (!definition) {
      dead.push({
        record,
        reason: 'unknown-version',
        error: `${envelope.type} version ${envelope.version} is not one this consumer understands`,
        attempts: 0,
      });
      return undefined;
    }
    try {
      const payload = validatePayload(definition, envelope.payload);
      return { record, envelope: { ...envelope, payload }, payload, handler };
    } catch (error) {
      if (!(error instanceof PayloadValidationError)) throw error;
      dead.push({ record, reason: 'invalid-payload', error: error.message, attempts: 0 });
      return undefined;
    }
  }

  private async handleInOneTransaction(work: Work[]): Promise<void> {
    await this.options.dataSource.transaction((manager) =>
      // the follow-ups of the whole chunk go to the outbox in one statement, and the writes
      // the handlers held back are made, before the commit
      this.options.outbox.deferred(manager, () =>
        withDeferredWrites(manager, async () => {
          const fresh = await claimInbox(
            manager,
            this.options.name,
            work.map((w) => w.envelope.id),
          );
          // a message that appears twice in one chunk is handled once
          const todo = work.filter((item) => fresh.delete(item.envelope.id));
          const chunk = todo.map((item) => item.envelope);
          for (const item of todo)
            await item.handler(item.payload, this.context(item, manager, chunk));
        }),
      ),
    );
  }

  /** Handles the message, or returns the dead letter to file when it cannot be. */
  private async handleWithRetries(
    item: Work,
    batch: IncomingBatch,
    firstError?: unknown,
  ): Promise<DeadLetter | undefined> {
    let error = firstError;
    let attempt = firstError === undefined ? 0 : 1;
    while (attempt < this.retry.attempts && !(error instanceof PermanentMessageError)) {
      if (attempt > 0) {
        await sleep(retryDelayMs(this.retry, attempt));
        await batch.heartbeat();
      }
      attempt++;
      try {
        await this.handleInOneTransaction([item]);
        return undefined;
      } catch (failure) {
        error = failure;
        this.options.logger.warn('message handler failed', {
          consumer: this.options.name,
          type: item.envelope.type,
          messageId: item.envelope.id,
          attempt,
          error: (failure as Error).message,
        });
      }
    }
    return {
      record: item.record,
      reason: 'handler-failed',
      error: (error as Error)?.message ?? String(error),
      attempts: attempt,
    };
  }

  /**
   * Files the dead letters in the service's database (messaging_dead_letter, where they can be
   * listed and redriven) and on its dead-letter topic. If either fails, the batch fails and is
   * read again: the table does not file a record twice, the topic may get it twice.
   */
  private async deadLetter(found: DeadLetter[]): Promise<void> {
    const failedAt = new Date();
    const letters = found.map((letter) => ({ ...letter, failedAt }));
    for (const letter of letters) {
      this.options.logger.error('message dead-lettered', {
        consumer: this.options.name,
        reason: letter.reason,
        error: letter.error,
        topic: letter.record.topic,
        partition: letter.record.partition,
        offset: letter.record.offset,
      });
    }
    try {
      await this.deadLetters.record(this.options.name, letters);
      await sendToDeadLetter(
        this.deadLetterProducer!,
        this.deadLetterTopic(),
        this.options.name,
        letters,
        this.options.deadLetterLimits,
      );
    } catch (error) {
      this.options.logger.error('dead letters could not be filed; the batch is read again', {
        consumer: this.options.name,
        error: (error as Error).message,
      });
      throw error;
    }
  }

  private context(
    item: Work,
    manager: EntityManager,
    chunk: readonly Envelope<object>[],
  ): InboundContext {
    const outbox = this.options.outbox;
    return {
      envelope: item.envelope,
      manager,
      chunk,
      publish: (definition, payload, meta) =>
        outbox.add(manager, definition, payload, { ...meta, causedBy: item.envelope }),
    };
  }
}
