import { defineEvent } from '@artbridge/contracts';
import { openDataSource } from '@artbridge/platform-persistence';
import { TestContext } from '@artbridge/platform-testing';
import { IsInt, IsString, Length } from 'class-validator';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import {
  InboundHandler,
  MESSAGING_MIGRATIONS,
  MessageBroker,
  MessageConsumer,
  MessageConsumerOptions,
  Outbox,
  OutboxRelay,
  provisionTopics,
  silentLogger,
  TopicNames,
} from '@artbridge/platform-messaging';

export class NoteRecordedV1 {
  @IsString()
  @Length(1, 50)
  key!: string;

  @IsInt()
  seq!: number;
}

export const NoteRecorded = defineEvent(
  'test.note.recorded',
  1,
  'artbridge.test.note',
  NoteRecordedV1,
);

class NotesTables1732400009999 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    // note: the state a producer changes; handled: what a consumer did, in arrival order
    await db.query(
      `CREATE TABLE note (key text NOT NULL, seq int NOT NULL, PRIMARY KEY (key, seq))`,
    );
    await db.query(`
      CREATE TABLE handled (
        arrival bigserial PRIMARY KEY,
        consumer text NOT NULL,
        message_id uuid NOT NULL,
        key text NOT NULL,
        seq int NOT NULL
      )`);
  }

  async down(): Promise<void> {
    /* test database, dropped whole */
  }
}

export interface Handled {
  consumer: string;
  message_id: string;
  key: string;
  seq: number;
}

/** A producer side (outbox + relay) and helpers to build consumers, on one test database. */
export class MessagingFixture {
  readonly topics: TopicNames;
  readonly outbox: Outbox;
  readonly broker: MessageBroker;
  private readonly started: { stop(): Promise<void> }[] = [];

  private constructor(
    readonly context: TestContext,
    readonly dataSource: DataSource,
    readonly databaseUrl: string,
  ) {
    this.topics = new TopicNames(context.topicPrefix);
    this.outbox = new Outbox('test-producer', this.topics);
    this.broker = context.broker();
  }

  static async create(context: TestContext, partitions = 3): Promise<MessagingFixture> {
    const url = await context.database('messaging');
    const dataSource = await openDataSource({
      url,
      entities: [],
      migrations: [...MESSAGING_MIGRATIONS, NotesTables1732400009999],
    });
    const fixture = new MessagingFixture(context, dataSource, url);
    await provisionTopics(
      fixture.broker,
      fixture.topics,
      'test-consumer',
      [NoteRecorded],
      partitions,
    );
    context.onCleanup(() => dataSource.destroy());
    context.onCleanup(() => fixture.stopAll());
    return fixture;
  }

  /** Each consumer name has its own dead-letter topic, created by the service's admin step. */
  async provisionDeadLetter(consumer: string): Promise<void> {
    await provisionTopics(this.broker, this.topics, consumer, [], 1);
  }

  topic(): string {
    return this.topics.of(NoteRecorded.stream);
  }

  /** Records notes and their events in one transaction per call. */
  async recordNotes(notes: { key: string; seq: number }[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO note (key, seq) SELECT * FROM unnest($1::text[], $2::int[])`,
        [notes.map((n) => n.key), notes.map((n) => n.seq)],
      );
      await this.outbox.addAll(
        manager,
        notes.map((note) => ({
          definition: NoteRecorded,
          payload: Object.assign(new NoteRecordedV1(), note),
          meta: { subject: note.key },
        })),
      );
    });
  }

  async startRelay(relay?: OutboxRelay): Promise<OutboxRelay> {
    const running =
      relay ??
      new OutboxRelay(this.databaseUrl, this.broker, silentLogger, { pollIntervalMs: 200 });
    await running.start();
    this.started.push(running);
    return running;
  }

  /** A consumer whose handler records what it handled (in the inbox's transaction), then calls `extra`. */
  async startConsumer(
    name = 'test-consumer',
    extra?: (payload: NoteRecordedV1) => Promise<void> | void,
    options: Partial<MessageConsumerOptions> = {},
  ): Promise<MessageConsumer> {
    await this.provisionDeadLetter(name);
    const handler: InboundHandler = async (payload, context) => {
      const note = payload as NoteRecordedV1;
      await extra?.(note);
      await context.manager.query(
        `INSERT INTO handled (consumer, message_id, key, seq) VALUES ($1, $2, $3, $4)`,
        [name, context.envelope.id, note.key, note.seq],
      );
    };
    const consumer = new MessageConsumer({
      name,
      handlers: new Map([[NoteRecorded.type, handler]]),
      definitions: [NoteRecorded],
      topics: this.topics,
      broker: this.broker,
      dataSource: this.dataSource,
      outbox: this.outbox,
      logger: silentLogger,
      retry: { attempts: 4, initialDelayMs: 20, maxDelayMs: 100 },
      ...options,
    });
    await consumer.start();
    this.started.push(consumer);
    return consumer;
  }

  /** What `consumer` handled of the keys starting with `keyPrefix` (tests share one topic). */
  async handled(consumer: string, keyPrefix: string): Promise<Handled[]> {
    return this.dataSource.query(
      `SELECT consumer, message_id, key, seq FROM handled WHERE consumer = $1 AND starts_with(key, $2) ORDER BY arrival`,
      [consumer, keyPrefix],
    );
  }

  async stopAll(): Promise<void> {
    for (const part of this.started.splice(0).reverse()) await part.stop().catch(() => undefined);
  }
}
