// npm run bench:messaging — the messaging backbone against raw kafkajs, on the real broker and
// database, in one run: throughput of 50,000 events, then latency at an offered 500 events/s.
// As deployed, the consuming side runs in a process of its own (a service never consumes its
// own events). Not a test: it prints figures for the issue notes and asserts nothing.
import 'reflect-metadata';
import { defineEvent } from '@artbridge/contracts';
import {
  InboundHandler,
  KafkajsBroker,
  MESSAGING_MIGRATIONS,
  MessageConsumer,
  Outbox,
  OutboxRelay,
  provisionTopics,
  silentLogger,
  TopicNames,
} from '@artbridge/platform-messaging';
import { openDataSource } from '@artbridge/platform-persistence';
import { ensureKafka, ensurePostgres, TestContext } from '@artbridge/platform-testing';
import { IsInt, Min } from 'class-validator';
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { Kafka, logLevel, Partitioners } from 'kafkajs';

class TickV1 {
  @IsInt()
  @Min(0)
  seq!: number;
}
const TickRecorded = defineEvent('bench.tick.recorded', 1, 'artbridge.bench.tick', TickV1);

const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 50_000);
const RATE = 500;
const LATENCY_SECONDS = Number(process.env['BENCH_LATENCY_SECONDS'] ?? 10);
const OFFERED = RATE * LATENCY_SECONDS;
const PARTITIONS = Number(process.env['ARTBRIDGE_TOPIC_PARTITIONS'] ?? 1); // the services' default
const KEYS = 64;

type Mode = 'raw' | 'backbone';
interface ConsumerJob {
  mode: Mode;
  topicPrefix: string;
  topic: string;
  databaseUrl: string;
  expected: number;
}
/** handledAt: [seq, ms since epoch] of the latency phase's events, as the consumer handled them. */
type ConsumerReport = { ready: true } | { handled: number } | { handledAt: [number, number][] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tick = (seq: number) => Object.assign(new TickV1(), { seq });
const keyOf = (seq: number) => `k${seq % KEYS}`;

// ---------------------------------------------------------------- consuming side (child process)

async function runConsumer(job: ConsumerJob): Promise<void> {
  const report = (message: ConsumerReport) => process.send!(message);
  const handledAt: [number, number][] = [];
  let handled = 0;
  const note = (value: TickV1) => {
    if (value.seq >= EVENTS) handledAt.push([value.seq, Date.now()]);
    handled++;
  };
  const brokers = process.env['KAFKA_BROKERS']!.split(',');
  let stop: () => Promise<unknown>;
  if (job.mode === 'raw') {
    const consumer = new Kafka({
      brokers,
      clientId: 'bench-raw-consumer',
      logLevel: logLevel.NOTHING,
    }).consumer({
      groupId: `bench-raw-${Date.now()}`,
      maxWaitTimeInMs: 250,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [job.topic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: PARTITIONS,
      eachBatch: async ({ batch }) => {
        for (const message of batch.messages) note(JSON.parse(message.value!.toString()) as TickV1);
      },
    });
    stop = () => consumer.disconnect();
  } else {
    const dataSource = await openDataSource({ url: job.databaseUrl, entities: [], migrations: [] });
    const handler: InboundHandler = async (payload, { manager }) => {
      await manager.query('INSERT INTO tick (seq) VALUES ($1)', [(payload as TickV1).seq]);
      note(payload as TickV1);
    };
    const topics = new TopicNames(job.topicPrefix);
    const consumer = new MessageConsumer({
      name: 'bench-consumer',
      handlers: new Map([[TickRecorded.type, handler]]),
      definitions: [TickRecorded],
      topics,
      broker: new KafkajsBroker({ brokers, clientId: 'bench-consumer' }),
      dataSource,
      outbox: new Outbox('bench-consumer', topics),
      logger: silentLogger,
      concurrency: PARTITIONS,
    });
    await consumer.start();
    stop = async () => {
      await consumer.stop();
      await dataSource.destroy();
    };
  }
  report({ ready: true });
  while (handled < job.expected) {
    await sleep(20);
    report({ handled });
  }
  report({ handled });
  report({ handledAt });
  await stop();
}

// ---------------------------------------------------------------- producing side (this process)

interface Figures {
  eventsPerSecond: number;
  p50: number;
  p99: number;
}

class ConsumerProcess {
  handled = 0;
  handledAt?: [number, number][];
  private readonly child;
  private readonly ready: Promise<void>;

  constructor(job: ConsumerJob) {
    this.child = fork(__filename, ['consumer', JSON.stringify(job)], {
      execArgv: ['-r', '@swc-node/register'],
    });
    this.ready = new Promise((done) =>
      this.child.on('message', (message: ConsumerReport) => {
        if ('ready' in message) done();
        if ('handled' in message) this.handled = message.handled;
        if ('handledAt' in message) this.handledAt = message.handledAt;
      }),
    );
  }

  started(): Promise<void> {
    return this.ready;
  }

  async handledAtLeast(count: number): Promise<void> {
    while (this.handled < count) await sleep(5);
  }

  async finalHandledAt(): Promise<[number, number][]> {
    while (!this.handledAt) await sleep(5);
    return this.handledAt;
  }
}

/**
 * Offers `count` sends at RATE per second, not waiting for one before the next; returns when
 * each was committed (the send resolved), by sequence number.
 */
async function offerAtRate(
  count: number,
  send: (seq: number) => Promise<unknown>,
): Promise<Map<number, number>> {
  const start = Date.now();
  const committedAt = new Map<number, number>();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / RATE - Date.now();
    if (wait > 0) await sleep(wait);
    const seq = EVENTS + i;
    pending.push(send(seq).then(() => committedAt.set(seq, Date.now())));
  }
  await Promise.all(pending);
  return committedAt;
}

async function measure(
  consumer: ConsumerProcess,
  bulk: () => Promise<void>,
  single: (seq: number) => Promise<unknown>,
): Promise<Figures> {
  await consumer.started();
  const started = Date.now();
  await bulk();
  await consumer.handledAtLeast(EVENTS);
  const eventsPerSecond = EVENTS / ((Date.now() - started) / 1000);
  const committedAt = await offerAtRate(OFFERED, single);
  // latency from the commit (the producer's send acknowledged) to the consumer's handler
  const sorted = (await consumer.finalHandledAt())
    .map(([seq, at]) => at - committedAt.get(seq)!)
    .sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { eventsPerSecond, p50: at(50), p99: at(99) };
}

async function rawKafka(context: TestContext, topic: string): Promise<Figures> {
  const producer = new Kafka({
    brokers: context.brokers,
    clientId: 'bench-raw',
    logLevel: logLevel.NOTHING,
  }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  const consumer = new ConsumerProcess({
    mode: 'raw',
    topicPrefix: context.topicPrefix,
    topic,
    databaseUrl: '',
    expected: EVENTS + OFFERED,
  });
  const send = (ticks: TickV1[]) =>
    producer.send({
      topic,
      acks: -1,
      messages: ticks.map((t) => ({ key: keyOf(t.seq), value: JSON.stringify(t) })),
    });
  try {
    return await measure(
      consumer,
      async () => {
        for (let from = 0; from < EVENTS; from += 1000) {
          await send(
            Array.from({ length: Math.min(1000, EVENTS - from) }, (_, i) => tick(from + i)),
          );
        }
      },
      (seq) => send([tick(seq)]),
    );
  } finally {
    await producer.disconnect();
  }
}

async function backbone(context: TestContext): Promise<Figures> {
  const url = await context.database('bench');
  const dataSource = await openDataSource({
    url,
    entities: [],
    migrations: MESSAGING_MIGRATIONS,
    poolSize: 12,
  });
  await dataSource.query('CREATE TABLE tick (seq int PRIMARY KEY)');
  const topics = new TopicNames(context.topicPrefix);
  const broker = context.broker('bench-backbone');
  await provisionTopics(broker, topics, 'bench-consumer', [TickRecorded], PARTITIONS);
  const outbox = new Outbox('bench-producer', topics);
  const relay = new OutboxRelay(url, broker, silentLogger, { batchSize: 1000 });
  await relay.start();
  const consumer = new ConsumerProcess({
    mode: 'backbone',
    topicPrefix: context.topicPrefix,
    topic: topics.of(TickRecorded.stream),
    databaseUrl: url,
    expected: EVENTS + OFFERED,
  });
  const write = (ticks: TickV1[]) =>
    dataSource.transaction((manager) =>
      outbox.addAll(
        manager,
        ticks.map((t) => ({
          definition: TickRecorded,
          payload: t,
          meta: { subject: keyOf(t.seq) },
        })),
      ),
    );
  try {
    return await measure(
      consumer,
      async () => {
        // four writers, a hundred events a transaction, as busy request handlers would write
        await Promise.all(
          [0, 1, 2, 3].map(async (writer) => {
            for (let from = writer * 100; from < EVENTS; from += 400) {
              await write(
                Array.from({ length: Math.min(100, EVENTS - from) }, (_, i) => tick(from + i)),
              );
            }
          }),
        );
      },
      // one event a transaction
      (seq) => write([tick(seq)]),
    );
  } finally {
    await relay.stop();
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  await ensurePostgres();
  process.env['KAFKA_BROKERS'] = (await ensureKafka()).brokers;
  const context = new TestContext();
  try {
    const rawTopic = `${context.topicPrefix}bench.raw`;
    const admin = await context.broker().admin();
    await admin.ensureTopics([{ topic: rawTopic, partitions: PARTITIONS }]);
    await admin.disconnect();

    process.stdout.write(
      `messaging bench: ${EVENTS} events as fast as they go, then ${RATE}/s for ${LATENCY_SECONDS} s; ` +
        `${PARTITIONS} partitions; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})\n`,
    );
    const raw = await rawKafka(context, rawTopic);
    const ours = await backbone(context);
    const row = (name: string, f: Figures) =>
      `${name.padEnd(46)} ${f.eventsPerSecond.toFixed(0).padStart(7)} events/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms`;
    process.stdout.write(`${row('raw kafkajs produce → consume', raw)}\n`);
    process.stdout.write(`${row('outbox → relay → Kafka → consumer with inbox', ours)}\n`);
    process.stdout.write(
      `backbone / raw throughput: ${(ours.eventsPerSecond / raw.eventsPerSecond).toFixed(2)}\n`,
    );
    process.stdout.write(
      `targets: ≥ 5000 events/s end to end: ${ours.eventsPerSecond >= 5000 ? 'met' : 'NOT met'}; ` +
        `p99 < 50 ms at ${RATE}/s: ${ours.p99 < 50 ? 'met' : 'NOT met'}\n`,
    );
  } finally {
    await context.cleanup();
  }
}

if (process.argv[2] === 'consumer') {
  runConsumer(JSON.parse(process.argv[3]) as ConsumerJob).then(
    () => process.exit(0),
    (error: Error) => {
      process.stderr.write(`bench consumer failed: ${error.message}\n`);
      process.exit(1);
    },
  );
} else {
  main().then(
    () => process.exit(0),
    (error: Error) => {
      process.stderr.write(`bench failed: ${error.message}\n`);
      process.exit(1);
    },
  );
}
