// npm run bench:saga — the shipment saga end to end, as users drive it through the gateway:
// BENCH_SHIPMENTS (default 1,000) shipments on the automatic path, every service its own
// process in an isolated slice of the shared Kafka and PostgreSQL (as e2e/shipment-journey).
// A contemporary painting London → Paris that customs clears on its own; finance pays each
// invoice by importing a CSV statement (one per batch of open invoices); a simulated carrier
// dispatches and delivers each PAID shipment (Prefer: return=minimal, as a carrier integration
// needs nothing back); no inspection period, so delivery completes it.
// BENCH_WARMUP (default 500) journeys run first the same way, not timed.
// Prints completed journeys per second and submission → COMPLETED latency, beside raw
// PostgreSQL and Kafka round trips measured in the same run, and where the shipments waited.
// Throughput is judged by the steady completion rate (10th to 90th percentile of completions):
// the first submission → last completion rate also counts the last journey's latency.
// Not a test: it asserts nothing (a stuck run ends with the status counts and exit code 1).
import {
  ensureKafka,
  ensurePostgres,
  freePort,
  ServiceProcess,
  TestContext,
} from '@artbridge/platform-testing';
import type { AnswerOf, BodyOf, Schema } from '@artbridge/public-api';
import { Admin, Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { KeepAliveClient, PlainRequest } from './keep-alive-client';

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number of at least ${min}, got '${raw}'`);
  }
  return value;
}

const SHIPMENTS = Math.floor(setting('BENCH_SHIPMENTS', 1000, 1));
/**
 * Journeys run the same way first and not timed, so the figures are the platform's steady
 * state rather than its first minute: freshly started, V8 still spends a tenth of both cores
 * compiling hot code (perf, 2026-12-06), and PostgreSQL plans against empty tables.
 * BENCH_WARMUP=0 measures from a cold start.
 */
const WARMUP = Math.floor(setting('BENCH_WARMUP', 500, 0));
/** Submissions offered per second, at a steady pace; 0 = as fast as the API takes them. */
const RATE = setting('BENCH_RATE', 100, 0);
/** How often the COMPLETED list is read, and the open invoices and PAID shipments. */
const POLL_MS = setting('BENCH_POLL_MS', 200, 10);
const TIMEOUT_MS = setting('BENCH_TIMEOUT_S', Math.max(120, 60 + SHIPMENTS * 0.5), 1) * 1000;
/** A run in which nothing is submitted and nothing completes for this long is stuck. */
const STALL_MS = setting('BENCH_STALL_S', 60, 1) * 1000;
const REGISTER_CONCURRENCY = 20;
/**
 * Submissions in flight at most, as many exporters' clients would have. 32 and 16 (before
 * 2026-12-06) capped the run itself: at a second a request under load, 16 carriers finish
 * some 17 journeys a second whatever the platform could do.
 */
const SUBMIT_CONCURRENCY = Math.floor(setting('BENCH_SUBMITTERS', 64, 1));
/** Dispatch-and-delivery reports in flight at most: carriers report independently of each other. */
const CARRIER_CONCURRENCY = Math.floor(setting('BENCH_CARRIERS', 64, 1));
const PAGE_SIZE = 100;
const INVOICE_PAGE_SIZE = 500;
const STATEMENT_BATCH = 200;
const PG_ROUND_TRIPS = 1000;
const KAFKA_ROUND_TRIPS = 200;
const TIMELINE_SAMPLE = 200;

const SERVICES = ['catalog', 'customs', 'payments', 'logistics'] as const;
const USERS = ['exporter1', 'finance1', 'operator1'] as const;
type User = (typeof USERS)[number];
const SHIPMENT_STATUSES: readonly ShipmentSummary['status'][] = [
  'SUBMITTED',
  'RESERVED',
  'DECLARED',
  'PENDING_REVIEW',
  'CLEARED',
  'AWAITING_PAYMENT',
  'PAID',
  'IN_TRANSIT',
  'DELIVERED',
  'ACCEPTED',
  'DISPUTED',
  'COMPLETED',
  'CANCELLING',
  'CANCELLED',
];

type ShipmentPage = Schema<'logistics.ShipmentPageResponse'>;
type ShipmentSummary = Schema<'logistics.ShipmentSummaryResponse'>;
type ShipmentDetail = Schema<'logistics.ShipmentResponse'>;
type InvoicePage = Schema<'payments.InvoicePageResponse'>;
type StatementResult = Schema<'payments.StatementImportResponse'>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Completions a second while the run was steady: from the 10th to the 90th percentile of the
 * completion times, leaving out the first journeys' ramp-up and the last ones' drain. The
 * first submission → last completion rate counts one journey's latency as run time: offered
 * 100/s for 10 s, a platform that keeps pace at 1.3 s a journey shows 1,000 / 11.3 s = 88/s
 * there.
 */
function steadyRate(completedAt: readonly number[]): number {
  const sorted = [...completedAt].sort((a, b) => a - b);
  const from = Math.floor(sorted.length * 0.1);
  const to = Math.floor(sorted.length * 0.9);
  const seconds = (sorted[to] - sorted[from]) / 1000;
  return to > from && seconds > 0 ? (to - from) / seconds : NaN;
}

function rate(perSecond: number): string {
  return Number.isNaN(perSecond) ? '—' : perSecond.toFixed(1);
}

function ms(value: number): string {
  if (Number.isNaN(value)) return '—';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

/** Runs `work` over `items`, `size` at a time. */
async function inPool<T>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index], index);
      }
    }),
  );
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The public API, as the demo users. */
class Api {
  private readonly tokens = new Map<User, string>();
  private readonly http: KeepAliveClient;

  constructor(gateway: ServiceProcess) {
    this.http = new KeepAliveClient(`${gateway.baseUrl}/api`);
  }

  async signIn(): Promise<void> {
    for (const username of USERS) {
      const { accessToken } = await this.call<AnswerOf<'AuthController_token'>>(
        undefined,
        '/auth/token',
        {
          method: 'POST',
          json: { username, password: 'demo' } satisfies BodyOf<'AuthController_token'>,
        },
      );
      this.tokens.set(username, accessToken);
    }
  }

  async call<T>(user: User | undefined, path: string, init: PlainRequest = {}): Promise<T> {
    const response = await this.http.send(path, {
      ...init,
      headers: {
        ...(user && { authorization: `Bearer ${this.tokens.get(user)}` }),
        ...init.headers,
      },
    });
    if (response.status < 200 || response.status > 299) {
      throw new HttpError(
        response.status,
        `${init.method ?? 'GET'} ${path.split('?')[0]} → ${response.status} ${response.text.slice(0, 300)}`,
      );
    }
    return (response.text ? JSON.parse(response.text) : undefined) as T;
  }

  close(): void {
    this.http.close();
  }

  /** Every item of a list endpoint, page after page; `Page` is what one page answers. */
  async all<Page extends { items: unknown[]; total: number }>(
    user: User,
    path: string,
    pageSize: number,
  ): Promise<Page['items'][number][]> {
    const items: Page['items'][number][] = [];
    for (let page = 1; ; page++) {
      const separator = path.includes('?') ? '&' : '?';
      const body = await this.call<Page>(
        user,
        `${path}${separator}page=${page}&pageSize=${pageSize}`,
      );
      items.push(...body.items);
      if (body.items.length < pageSize || items.length >= body.total) return items;
    }
  }
}

// ---------------------------------------------------------------- raw figures

/** kafkajs alone, set up as the platform sets it up: idempotent acks=all producer, 250 ms fetch wait. */
class KafkaProbe {
  private readonly producer: Producer;
  private readonly consumer: Consumer;
  private readonly arrivals = new Map<string, (at: number) => void>();
  private seq = 0;

  constructor(
    private readonly context: TestContext,
    readonly topic: string,
  ) {
    const kafka = new Kafka({
      brokers: context.brokers,
      clientId: 'bench-saga-raw',
      logLevel: logLevel.NOTHING,
    });
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.consumer = kafka.consumer({ groupId: `${context.id}-raw`, maxWaitTimeInMs: 250 });
  }

  async start(): Promise<void> {
    const admin = await this.context.broker('bench-saga-admin').admin();
    try {
      await admin.ensureTopics([{ topic: this.topic, partitions: 3 }]);
    } finally {
      await admin.disconnect();
    }
    await Promise.all([this.producer.connect(), this.consumer.connect()]);
    await this.consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        const key = message.value?.toString() ?? '';
        this.arrivals.get(key)?.(performance.now());
        this.arrivals.delete(key);
      },
    });
    // until the group has its partitions, a message waits for the join: not a figure
    const joined = Date.now() + 30_000;
    for (;;) {
      const arrived = await Promise.race([this.roundTrip(), sleep(1000).then(() => undefined)]);
      if (arrived !== undefined) return;
      if (Date.now() > joined) throw new Error('the raw Kafka consumer got no partitions in 30 s');
    }
  }

  /** From send() to the consumer's hands. */
  async roundTrip(): Promise<number> {
    const value = String(this.seq++);
    const arrived = new Promise<number>((done) => this.arrivals.set(value, done));
    const sent = performance.now();
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: [{ key: `k${this.seq % 64}`, value }],
    });
    return (await arrived) - sent;
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.consumer.disconnect(), this.producer.disconnect()]);
  }
}

async function pgRoundTrip(client: Client): Promise<number> {
  const started = performance.now();
  await client.query('SELECT 1');
  return performance.now() - started;
}

/** Samples both raw round trips every 50 ms while the journeys run, to see the load they feel. */
function sampleUnderLoad(pg: Client, kafka: KafkaProbe) {
  const samples = { pg: [] as number[], kafka: [] as number[] };
  let running = true;
  const done = (async () => {
    while (running) {
      samples.pg.push(await pgRoundTrip(pg));
      samples.kafka.push(await kafka.roundTrip());
      await sleep(50);
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

// ---------------------------------------------------------------- CPU, from /proc (Linux)

interface CpuSnapshot {
  at: number;
  /** clock ticks per process (pid:starttime) with its group, and a backend's service database */
  processes: Map<string, { group: string; database?: string; ticks: number }>;
  busy: number;
  total: number;
}

/**
 * Messages produced per topic and read per consumer group while the journeys ran, from the
 * broker's offsets: what a journey costs in Kafka traffic, skipped messages included.
 */
class MessageTally {
  private readonly admin: Admin;
  private before?: Map<string, number>;

  constructor(
    private readonly context: TestContext,
    private readonly exclude: string[],
  ) {
    this.admin = new Kafka({
      brokers: context.brokers,
      clientId: 'bench-saga-tally',
      logLevel: logLevel.NOTHING,
    }).admin();
  }

  async start(): Promise<void> {
    await this.admin.connect();
    this.before = await this.snapshot();
  }

  async stop(): Promise<void> {
    await this.admin.disconnect();
  }

  /** Keys: `produced <topic>` and `read <group>`, without the slice's prefix. */
  private async snapshot(): Promise<Map<string, number>> {
    const prefix = this.context.topicPrefix;
    const topics = (await this.admin.listTopics()).filter(
      (topic) => topic.startsWith(prefix) && !this.exclude.includes(topic),
    );
    const counts = new Map<string, number>();
    for (const topic of topics) {
      const offsets = await this.admin.fetchTopicOffsets(topic);
      counts.set(
        `produced ${topic.slice(prefix.length)}`,
        offsets.reduce((sum, p) => sum + Number(p.high), 0),
      );
    }
    const { groups } = await this.admin.listGroups();
    for (const { groupId } of groups.filter((g) => g.groupId.startsWith(prefix))) {
      const committed = await this.admin.fetchOffsets({ groupId, topics });
      const read = committed
        .flatMap((t) => t.partitions)
        .reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
      counts.set(`read ${groupId.slice(prefix.length)}`, read);
    }
    return counts;
  }

  /** One line: messages per journey produced, and read by each service. */
  async report(journeys: number): Promise<string> {
    const after = await this.snapshot();
    const perJourney = (kind: string) =>
      [...after]
        .filter(([key]) => key.startsWith(`${kind} `))
        .map(
          ([key, n]) =>
            [key.slice(kind.length + 1), (n - (this.before?.get(key) ?? 0)) / journeys] as const,
        )
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1]);
    const line = (rows: (readonly [string, number])[]) =>
      `${rows.reduce((sum, [, n]) => sum + n, 0).toFixed(1)} (${rows.map(([name, n]) => `${name} ${n.toFixed(1)}`).join(', ')})`;
    return (
      `Kafka messages per completed journey: produced ${line(perJourney('produced'))}; ` +
      `read, skipped ones included, ${line(perJourney('read'))}`
    );
  }
}

function cpuSnapshot(): CpuSnapshot | undefined {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const jiffies = fields.map(Number);
    const idle = jiffies[3] + (jiffies[4] ?? 0);
    const total = jiffies.slice(0, 8).reduce((a, b) => a + b, 0);
    const processes: CpuSnapshot['processes'] = new Map();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const [ppid, utime, stime, starttime] = [rest[1], rest[11], rest[12], rest[19]];
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        processes.set(`${pid}:${starttime}`, {
          group: groupOf(Number(pid), Number(ppid), command),
          database: databaseOf(command),
          ticks: Number(utime) + Number(stime),
        });
      } catch {
        // the process ended while we looked
      }
    }
    return { processes, busy: total - idle, total, at: performance.now() };
  } catch {
    return undefined;
  }
}

function groupOf(pid: number, ppid: number, command: string): string {
  if (pid === process.pid) return 'bench driver';
  const app = /apps\/(\w+)\/src\/main\.ts/.exec(command)?.[1];
  if (app && ppid === process.pid) return app;
  if (/kafka/i.test(command) && /java/.test(command)) return 'kafka';
  if (/^postgres/.test(command) || command.includes('/postgres ')) return 'postgresql';
  return 'other processes (not this run)';
}

/** The service whose database a PostgreSQL backend serves ("postgres: 15/main: user abt_…_catalog …"). */
function databaseOf(command: string): string | undefined {
  if (!/^postgres/.test(command)) return undefined;
  const database = /^postgres: (?:\S+: )?\S+ (\S+) /.exec(command)?.[1];
  if (!database) return 'server processes';
  return SERVICES.find((service) => database.endsWith(`_${service}`)) ?? 'other databases';
}

const PLATFORM = new Set([...SERVICES, 'gateway', 'postgresql', 'kafka']);

/** CPU seconds per process group between two snapshots, and the machine's busy share. */
function cpuBetween(before: CpuSnapshot, after: CpuSnapshot) {
  const seconds = (after.at - before.at) / 1000;
  const tick = 100; // USER_HZ on Linux
  const byGroup = new Map<string, number>();
  const byDatabase = new Map<string, number>();
  for (const [key, { group, database, ticks }] of after.processes) {
    const delta = ticks - (before.processes.get(key)?.ticks ?? 0);
    byGroup.set(group, (byGroup.get(group) ?? 0) + delta / tick);
    if (database) byDatabase.set(database, (byDatabase.get(database) ?? 0) + delta / tick);
  }
  const busy = (after.busy - before.busy) / (after.total - before.total);
  const platform = [...byGroup]
    .filter(([group]) => PLATFORM.has(group))
    .reduce((sum, [, cpu]) => sum + cpu, 0);
  return { seconds, byGroup, byDatabase, busy, platform };
}

/** What the platform burns with nothing to do: polling and timers, paid by every journey. */
async function idleCpu(seconds: number): Promise<string | undefined> {
  const before = cpuSnapshot();
  await sleep(seconds * 1000);
  const after = cpuSnapshot();
  if (!before || !after) return undefined;
  const idle = cpuBetween(before, after);
  return `platform CPU while idle (${idle.seconds.toFixed(1)} s before the journeys): ${((idle.platform / idle.seconds) * 100).toFixed(0)}% of one core`;
}

function cpuReport(before: CpuSnapshot | undefined, journeys: number): string[] {
  const after = cpuSnapshot();
  if (!before || !after) return [];
  const { seconds, byGroup, byDatabase, busy, platform } = cpuBetween(before, after);
  const shares = (cpuBy: Map<string, number>) =>
    [...cpuBy]
      .filter(([, cpu]) => cpu >= 0.05)
      .sort((a, b) => b[1] - a[1])
      .map(([group, cpu]) => `${group} ${((cpu / seconds) * 100).toFixed(0)}%`)
      .join(', ');
  const perJourney = (platform / journeys) * 1000;
  return [
    `CPU while the journeys ran (${seconds.toFixed(1)} s): machine ${(busy * 100).toFixed(0)}% busy of ${cpus().length} cores; ` +
      `by process, % of one core: ${shares(byGroup)}`,
    `  postgresql by the service whose database it serves: ${shares(byDatabase)}`,
    `  platform CPU (services, gateway, PostgreSQL, Kafka) per completed journey: ${perJourney.toFixed(0)} ms ` +
      `(bench polling included), so ${cpus().length} cores carry at most ~${((cpus().length * 1000) / perJourney).toFixed(0)} journeys/s`,
  ];
}

// ---------------------------------------------------------------- the platform

interface LogTally {
  warnings: number;
  errors: number;
  last?: string;
}

async function startPlatform(context: TestContext, logs: Map<string, LogTally>) {
  const processes: ServiceProcess[] = [];
  context.onCleanup(() => Promise.all(processes.map((service) => service.stop())));
  const onLine = (app: string) => (line: string, stream: 'stdout' | 'stderr') => {
    if (!line.trim()) return;
    const tally = logs.get(app) ?? { warnings: 0, errors: 0 };
    logs.set(app, tally);
    let level = stream === 'stderr' ? 50 : 30;
    let message = line;
    try {
      const entry = JSON.parse(line) as {
        level?: number;
        msg?: string;
        err?: { message?: string };
        error?: unknown;
      };
      level = entry.level ?? level;
      const error = typeof entry.error === 'string' ? entry.error : entry.err?.message;
      message = [entry.msg, error].filter(Boolean).join(': ') || line;
    } catch {
      // not pino: a stack trace or a runtime warning, kept as it is
    }
    if (level >= 50) tally.errors++;
    else if (level >= 40) tally.warnings++;
    if (level >= 40) tally.last = message.slice(0, 200);
  };
  const ports = await Promise.all(SERVICES.map(() => freePort()));
  const started = await Promise.allSettled(
    SERVICES.map(async (app, i) => {
      const env = await context.serviceEnv(app, { LOGISTICS_INSPECTION_SECONDS: '0' });
      const service = await ServiceProcess.start({ app, port: ports[i], env, onLine: onLine(app) });
      processes.push(service);
    }),
  );
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  const gateway = await ServiceProcess.start({
    app: 'gateway',
    env: {
      ...Object.fromEntries(
        SERVICES.map((app, i) => [`${app.toUpperCase()}_URL`, `http://127.0.0.1:${ports[i]}`]),
      ),
      ARTBRIDGE_DEMO_USERS: 'true',
      LOG_LEVEL: 'warn',
    },
    onLine: onLine('gateway'),
  });
  processes.push(gateway);
  return gateway;
}

// ---------------------------------------------------------------- the journeys

/** An artwork to register, its title given each time. */
const ARTWORK: Omit<BodyOf<'catalog_ArtworksController_register'>, 'title'> = {
  artist: { name: 'Clara Whitcombe', birthYear: 1978 },
  creationYear: 2019,
  category: 'PAINTING',
  technique: 'OIL',
  value: { amount: '48000.00', currency: 'EUR' },
  ownedByCreator: false,
  originCountry: 'GB',
};

const MINIMAL = { prefer: 'return=minimal' };

const shipmentOf = (artworkId: string): BodyOf<'logistics_ShipmentsController_submit'> => ({
  artworkIds: [artworkId],
  consignee: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, Paris' },
  origin: { country: 'GB', place: 'London' },
  destination: { country: 'FR', place: 'Paris' },
  purpose: 'SALE',
  incoterm: { rule: 'DAP', place: 'Paris' },
  transportMode: 'AIR',
  price: { amount: '48000.00', currency: 'EUR' },
  packages: [
    {
      type: 'CRATE',
      material: 'PLYWOOD',
      grossKg: 42,
      dimensionsCm: { length: 120, width: 20, height: 100 },
    },
  ],
});

class StuckError extends Error {}

/**
 * Submits the shipments and drives each one as it progresses; returns when every accepted
 * submission is seen COMPLETED. Times are performance.now() in this process.
 */
class Journeys {
  /** id → when its POST was sent */
  readonly submittedAt = new Map<string, number>();
  readonly postLatencies: number[] = [];
  /**
   * id → when the COMPLETED list first showed it, the server's submittedAt → updatedAt, and
   * when logistics completed it (epoch ms, the server's clock)
   */
  readonly completed = new Map<string, { seenAt: number; serverMs: number; completedAt: number }>();
  readonly pollCycles: number[] = [];
  readonly statements: { invoices: number; ms: number }[] = [];
  readonly errors = new Map<string, { count: number; example: string }>();
  firstSubmission = 0;
  submissionsEnded = 0;
  private submitted = 0;
  private submissionsDone = false;
  private finished = false;
  private lastProgress = 0;
  private readonly paidInvoices = new Set<string>();
  private readonly carried = new Set<string>();
  /** id → when logistics made it PAID (its updatedAt as the PAID list showed it) */
  readonly paidAt = new Map<string, string>();
  private carrierQueue: string[] = [];
  private carrierActive = 0;

  constructor(
    private readonly api: Api,
    private readonly artworkIds: readonly string[],
    /** Shipments an earlier run completed: in the COMPLETED list, but not this run's. */
    private readonly completedBefore: ReadonlySet<string> = new Set(),
  ) {}

  async run(): Promise<void> {
    const deadline = performance.now() + TIMEOUT_MS;
    this.lastProgress = performance.now();
    const loops = [this.submitAll(), this.payLoop(), this.dispatchLoop()];
    try {
      await this.watch(deadline);
    } finally {
      this.finished = true;
      await Promise.allSettled(loops);
      while (this.carrierActive > 0) await sleep(10);
    }
  }

  private note(what: string, error: unknown): void {
    const entry = this.errors.get(what) ?? { count: 0, example: (error as Error).message };
    entry.count++;
    this.errors.set(what, entry);
  }

  private async submitAll(): Promise<void> {
    const start = performance.now();
    this.firstSubmission = start;
    const inFlight = new Set<Promise<void>>();
    for (const [i, artworkId] of this.artworkIds.entries()) {
      if (RATE > 0) {
        const wait = start + (i * 1000) / RATE - performance.now();
        if (wait > 0) await sleep(wait);
      }
      while (inFlight.size >= SUBMIT_CONCURRENCY) await Promise.race(inFlight);
      if (this.finished) break;
      const sent = performance.now();
      const submission = this.api
        .call<Schema<'logistics.SubmittedShipmentResponse'>>('exporter1', '/logistics/shipments', {
          method: 'POST',
          json: shipmentOf(artworkId),
        })
        .then(
          ({ id }) => {
            this.submittedAt.set(id, sent);
            this.postLatencies.push(performance.now() - sent);
            this.submitted++;
            this.lastProgress = performance.now();
          },
          (error) => this.note('submit', error),
        )
        .finally(() => inFlight.delete(submission));
      inFlight.add(submission);
    }
    await Promise.all(inFlight);
    this.submissionsEnded = performance.now();
    this.submissionsDone = true;
  }

  /**
   * Finance: every open invoice not paid yet goes into the next CSV statement. An invoice is
   * OPEN from the moment payments issued it; its EscrowFunded travels keyed by the invoice, after
   * its InvoiceIssued, so logistics always hears them in that order.
   */
  private async payLoop(): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    while (!this.finished) {
      try {
        const open = await this.api.all<InvoicePage>(
          'finance1',
          '/payments/invoices?status=OPEN',
          INVOICE_PAGE_SIZE,
        );
        const unpaid = open.filter((invoice) => !this.paidInvoices.has(invoice.id));
        for (let from = 0; from < unpaid.length && !this.finished; from += STATEMENT_BATCH) {
          const batch = unpaid.slice(from, from + STATEMENT_BATCH);
          const csv = [
            'date,amount,currency,reference,payer,iban',
            ...batch.map(
              (i) => `${today},${i.open.amount},${i.open.currency},${i.reference},Galerie Lumière,`,
            ),
          ].join('\n');
          const started = performance.now();
          try {
            const result = await this.api.call<StatementResult>(
              'finance1',
              '/payments/statements',
              {
                method: 'POST',
                body: `${csv}\n`,
                headers: { 'content-type': 'text/csv' },
              },
            );
            this.statements.push({ invoices: batch.length, ms: performance.now() - started });
            for (const invoice of batch) this.paidInvoices.add(invoice.id);
            if (result.matched !== batch.length) {
              this.note(
                'statement not fully matched',
                new Error(
                  `${batch.length} payments: ${result.matched} matched, ${result.suggested} suggested, ${result.exceptions} exceptions`,
                ),
              );
            }
          } catch (error) {
            this.note('statement import', error); // nothing booked: the next round pays them
          }
        }
      } catch (error) {
        this.note('list open invoices', error);
      }
      await sleep(POLL_MS);
    }
  }

  /** The carrier: every PAID shipment is dispatched, then reported DELIVERED. */
  private async dispatchLoop(): Promise<void> {
    while (!this.finished) {
      try {
        const paid = await this.api.all<ShipmentPage>(
          'operator1',
          '/logistics/shipments?status=PAID',
          PAGE_SIZE,
        );
        for (const { id, updatedAt } of paid) {
          if (this.carried.has(id)) continue;
          if (!this.paidAt.has(id)) this.paidAt.set(id, updatedAt);
          this.carried.add(id);
          this.carrierQueue.push(id);
        }
        this.pumpCarrier();
      } catch (error) {
        this.note('list PAID shipments', error);
      }
      await sleep(POLL_MS);
    }
  }

  private pumpCarrier(): void {
    while (this.carrierActive < CARRIER_CONCURRENCY && this.carrierQueue.length > 0) {
      const id = this.carrierQueue.shift()!;
      this.carrierActive++;
      void this.carry(id).finally(() => {
        this.carrierActive--;
        if (!this.finished) this.pumpCarrier();
      });
    }
  }

  private async carry(id: string): Promise<void> {
    const path = `/logistics/shipments/${id}`;
    try {
      // a carrier needs nothing back from its scans: no shipment read back (RFC 7240)
      await this.api.call('operator1', `${path}/dispatch`, {
        method: 'POST',
        json: {} satisfies BodyOf<'logistics_ShipmentsController_dispatch'>,
        headers: MINIMAL,
      });
    } catch (error) {
      this.note('dispatch', error);
      this.carried.delete(id); // still PAID: the next listing brings it back
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.api.call('operator1', `${path}/tracking-events`, {
          method: 'POST',
          json: {
            type: 'DELIVERED',
            location: 'Paris',
            at: new Date().toISOString(),
          } satisfies BodyOf<'logistics_ShipmentsController_track'>,
          headers: MINIMAL,
        });
        return;
      } catch (error) {
        this.note('delivery report', error);
        if (attempt === 3 || this.finished) return;
        await sleep(200);
      }
    }
  }

  /**
   * Reads the COMPLETED list every POLL_MS, newest submission first, only as many pages as it
   * takes to account for its total (what completed since the last look is mostly on page 1).
   */
  private async watch(deadline: number): Promise<void> {
    for (let cycle = 0; ; cycle++) {
      const started = performance.now();
      try {
        await this.readCompleted();
        if (cycle % 10 === 0) await this.checkCancelled();
      } catch (error) {
        if (error instanceof StuckError) throw error;
        this.note('list COMPLETED shipments', error);
      }
      this.pollCycles.push(performance.now() - started);
      if (this.submissionsDone && this.completed.size >= this.submitted) return;
      const now = performance.now();
      if (now > deadline) {
        throw new StuckError(
          `timed out after ${ms(TIMEOUT_MS)} (BENCH_TIMEOUT_S): ${await this.whereTheyAre()}`,
        );
      }
      if (now - this.lastProgress > STALL_MS) {
        throw new StuckError(
          `no shipment submitted or completed for ${ms(STALL_MS)} (BENCH_STALL_S): ${await this.whereTheyAre()}`,
        );
      }
      await sleep(POLL_MS);
    }
  }

  private async readCompleted(): Promise<void> {
    for (let page = 1; ; page++) {
      const body = await this.api.call<ShipmentPage>(
        'operator1',
        `/logistics/shipments?status=COMPLETED&page=${page}&pageSize=${PAGE_SIZE}`,
      );
      const seenAt = performance.now();
      for (const shipment of body.items) {
        if (this.completed.has(shipment.id) || this.completedBefore.has(shipment.id)) continue;
        this.completed.set(shipment.id, {
          seenAt,
          serverMs: Date.parse(shipment.updatedAt) - Date.parse(shipment.submittedAt),
          completedAt: Date.parse(shipment.updatedAt),
        });
        this.lastProgress = seenAt;
      }
      const accounted = this.completed.size + this.completedBefore.size;
      if (accounted >= body.total || body.items.length < PAGE_SIZE) return;
    }
  }

  /** The automatic path never cancels: a cancelled shipment means the bench is not measuring it. */
  private async checkCancelled(): Promise<void> {
    const cancelled = await this.api.call<ShipmentPage>(
      'operator1',
      '/logistics/shipments?status=CANCELLED&pageSize=1',
    );
    if (cancelled.total > 0) {
      throw new StuckError(
        `${cancelled.total} shipment(s) CANCELLED, off the automatic path (e.g. ${cancelled.items[0].id}: ${cancelled.items[0].cancellationReason ?? 'no reason given'}): ${await this.whereTheyAre()}`,
      );
    }
  }

  /** How many shipments are in which status, and what went wrong on the way. */
  async whereTheyAre(): Promise<string> {
    this.finished = true; // the bench stops driving; the platform goes on with what it has
    let counts: string;
    try {
      const shipments = await this.api.all<ShipmentPage>('operator1', '/logistics/shipments', 200);
      const byStatus = new Map<string, number>();
      for (const { status } of shipments) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      counts = SHIPMENT_STATUSES.filter((status) => byStatus.has(status))
        .map((status) => `${status} ${byStatus.get(status)}`)
        .join(', ');
    } catch (error) {
      counts = `unknown (${(error as Error).message})`;
    }
    const failures = [...this.errors].map(([what, e]) => `${what} ×${e.count} (${e.example})`);
    return (
      `${this.submitted} of ${this.artworkIds.length} submitted, ${this.completed.size} seen COMPLETED; ` +
      `shipments by status now: ${counts || 'none'}` +
      (failures.length ? `; driver errors: ${failures.join('; ')}` : '')
    );
  }
}

/**
 * The journey's critical path as its timeline records it, and what happens before each step. A
 * step's time is when the service that did it did it (replies are stamped by their sender), so
 * each gap is a hop: relay, Kafka, the next consumer and its transaction, or the bench's part.
 */
const CRITICAL_PATH: readonly [type: string, before: string][] = [
  ['SUBMITTED', ''],
  ['ARTWORKS_RESERVED', 'ReserveArtworks logistics → catalog'],
  ['DECLARATION_REQUESTED', 'ArtworksReserved catalog → logistics'],
  ['DECLARATION_FILED', 'FileDeclaration logistics → customs'],
  ['DECLARATION_CLEARED', 'customs assesses and clears'],
  ['INVOICE_REQUESTED', 'DeclarationCleared customs → logistics'],
  ['INVOICE_ISSUED', 'IssueInvoice logistics → payments'],
  ['ESCROW_FUNDED', 'bench: finds the OPEN invoice, imports a statement'],
  ['PAID', 'EscrowFunded payments → logistics (updatedAt in the PAID list)'],
  ['DISPATCHED', 'bench: finds it PAID, dispatches'],
  ['DELIVERED', 'bench: dispatch answered, carrier reports delivery'],
  ['INSPECTION_PERIOD_ENDED', 'logistics takes the delivery report'],
  ['ESCROW_RELEASED', 'ReleaseEscrow logistics → payments'],
  ['COMPLETED', 'EscrowReleased payments → logistics'],
];

/** Where the shipments waited: the gaps along the critical path, over a sample of timelines. */
async function waits(
  api: Api,
  ids: readonly string[],
  paidAt: ReadonlyMap<string, string>,
): Promise<string[]> {
  const step = Math.max(1, ids.length / TIMELINE_SAMPLE);
  const sample = Array.from({ length: Math.min(TIMELINE_SAMPLE, ids.length) }, (_, i) =>
    Math.floor(i * step),
  ).map((i) => ids[i]);
  const gaps = CRITICAL_PATH.map(() => [] as number[]);
  const journeys: number[] = [];
  await inPool(sample, 10, async (id) => {
    const { timeline } = await api.call<ShipmentDetail>('operator1', `/logistics/shipments/${id}`);
    // the timeline has no PAID entry: logistics made it PAID at the updatedAt the PAID list showed
    const paid = paidAt.get(id);
    const at = CRITICAL_PATH.map(([type]) => {
      const when =
        timeline.find((e) => e.type === type)?.at ?? (type === 'PAID' ? paid : undefined);
      return when ? Date.parse(when) : NaN;
    });
    journeys.push(at[at.length - 1] - at[0]);
    for (let i = 1; i < at.length; i++) {
      const previous = at.slice(0, i).findLast((t) => !Number.isNaN(t));
      if (previous !== undefined && !Number.isNaN(at[i])) gaps[i].push(at[i] - previous);
    }
  });
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const journey = mean(journeys.filter((t) => !Number.isNaN(t)));
  return [
    `where they waited: the critical path of ${sample.length} sampled timelines (mean journey ${ms(journey)}); mean, p50, p99 and share of each step`,
    ...CRITICAL_PATH.slice(1).flatMap(([type, before], index) => {
      const values = gaps[index + 1];
      if (values.length === 0) return [];
      return [
        `  ${`→ ${type}`.padEnd(26)} ${before.padEnd(68)} ${ms(mean(values)).padStart(9)} ${ms(percentile(values, 50)).padStart(9)} ${ms(percentile(values, 99)).padStart(9)} ${((mean(values) / journey) * 100).toFixed(0).padStart(3)}%`,
      ];
    }),
  ];
}

/** Whether the server vacuums and analyzes on its own, as any production one does. */
async function autovacuumOn(pg: Client): Promise<boolean> {
  const { rows } = await pg.query<{ autovacuum: string }>('SHOW autovacuum');
  return rows[0]?.autovacuum === 'on';
}

/**
 * What autovacuum would have done by now: dead row versions cleared and statistics taken, which
 * also makes every connection plan its prepared statements again against tables of real size.
 */
async function vacuumAnalyze(context: TestContext): Promise<void> {
  for (const service of SERVICES) {
    const client = new Client({ connectionString: await context.database(service) });
    await client.connect();
    try {
      await client.query('VACUUM (ANALYZE)');
    } finally {
      await client.end();
    }
  }
}

// ---------------------------------------------------------------- the run

async function main(): Promise<void> {
  await ensurePostgres();
  process.env['KAFKA_BROKERS'] = (await ensureKafka()).brokers;
  const context = new TestContext();
  let cleaning: Promise<void> | undefined;
  const cleanup = () => (cleaning ??= context.cleanup());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench saga: ${signal}, stopping the platform and cleaning up\n`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const logs = new Map<string, LogTally>();
    const gateway = await startPlatform(context, logs);
    const api = new Api(gateway);
    context.onCleanup(async () => api.close());
    await api.signIn();
    logs.clear(); // what the services say from here on, not while they provisioned topics

    // a database of its own: its round trips are not counted as a service's
    const pg = new Client({ connectionString: await context.database('bench') });
    await pg.connect();
    context.onCleanup(() => pg.end());
    const autovacuum = await autovacuumOn(pg);
    const kafka = new KafkaProbe(context, `${context.topicPrefix}bench.saga.raw`);
    context.onCleanup(() => kafka.stop());
    await kafka.start();
    const pgIdle: number[] = [];
    for (let i = 0; i < PG_ROUND_TRIPS; i++) pgIdle.push(await pgRoundTrip(pg));
    const kafkaIdle: number[] = [];
    for (let i = 0; i < KAFKA_ROUND_TRIPS; i++) kafkaIdle.push(await kafka.roundTrip());

    out(
      `saga bench: ${SHIPMENTS} shipments on the automatic path (contemporary painting GB → FR, ` +
        `cleared by customs on its own; paid by CSV statement import, ≤ ${STATEMENT_BATCH} invoices a file; ` +
        `dispatched and delivered by a simulated carrier, ${CARRIER_CONCURRENCY} at a time, Prefer: return=minimal; no inspection period)`,
    );
    out(
      `  submissions ${RATE > 0 ? `offered at a steady ${RATE}/s` : 'as fast as the API takes them'} ` +
        `(≤ ${SUBMIT_CONCURRENCY} in flight), all through the gateway; ` +
        `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
    );
    if (!autovacuum) {
      out(
        '  this PostgreSQL runs without autovacuum: tables keep their dead rows and plans their ' +
          'first statistics (after the warm-up, the bench vacuums and analyzes once, as autovacuum would have)',
      );
    }

    const registering = performance.now();
    const artworkIds: string[] = new Array<string>(WARMUP + SHIPMENTS);
    await inPool(artworkIds, REGISTER_CONCURRENCY, async (_, i) => {
      const { id } = await api.call<Schema<'catalog.ArtworkResponse'>>(
        'exporter1',
        '/catalog/artworks',
        {
          method: 'POST',
          json: { ...ARTWORK, title: `Estuary at Dusk, study ${i + 1}` },
        },
      );
      artworkIds[i] = id;
    });
    const registered = performance.now() - registering;
    let warmedUp = '';
    let completedBefore = new Set<string>();
    if (WARMUP > 0) {
      const warming = performance.now();
      const warmup = new Journeys(api, artworkIds.slice(0, WARMUP));
      await warmup.run();
      completedBefore = new Set(warmup.completed.keys());
      warmedUp = `warm-up first (not timed): ${WARMUP} journeys the same way in ${ms(performance.now() - warming)}`;
      if (!autovacuum) {
        const vacuuming = performance.now();
        await vacuumAnalyze(context);
        warmedUp += `, then VACUUM ANALYZE of the four databases in ${ms(performance.now() - vacuuming)}`;
      }
    }
    await sleep(2000); // let the platform settle after the registrations' events
    const idle = await idleCpu(3);

    const journeys = new Journeys(api, artworkIds.slice(WARMUP), completedBefore);
    const messages = new MessageTally(context, [kafka.topic]);
    context.onCleanup(() => messages.stop());
    await messages.start();
    const underLoad = sampleUnderLoad(pg, kafka);
    const cpuBefore = cpuSnapshot();
    try {
      await journeys.run();
    } finally {
      await underLoad.stop();
    }

    const seen = [...journeys.completed].filter(([id]) => journeys.submittedAt.has(id));
    const lastSeen = Math.max(...seen.map(([, c]) => c.seenAt));
    const runSeconds = (lastSeen - journeys.firstSubmission) / 1000;
    const cpu = cpuReport(cpuBefore, seen.length);
    const client = seen.map(([id, c]) => c.seenAt - journeys.submittedAt.get(id)!);
    const server = seen.map(([, c]) => c.serverMs);
    const perSecond = seen.length / runSeconds;
    const steady = steadyRate(seen.map(([, c]) => c.completedAt));
    const p99 = percentile(client, 99);
    const row = (name: string, values: number[], extra = '') =>
      `${name.padEnd(52)} p50 ${ms(percentile(values, 50)).padStart(9)}   p99 ${ms(percentile(values, 99)).padStart(9)}${extra}`;

    out(
      row(
        `raw PostgreSQL SELECT 1 round trip (${PG_ROUND_TRIPS}, idle)`,
        pgIdle,
        `   under load p50 ${ms(percentile(underLoad.samples.pg, 50))}, p99 ${ms(percentile(underLoad.samples.pg, 99))} (${underLoad.samples.pg.length} samples)`,
      ),
    );
    out(
      row(
        `raw kafkajs send → consumed, acks=all (${KAFKA_ROUND_TRIPS}, idle)`,
        kafkaIdle,
        `   under load p50 ${ms(percentile(underLoad.samples.kafka, 50))}, p99 ${ms(percentile(underLoad.samples.kafka, 99))} (${underLoad.samples.kafka.length} samples)`,
      ),
    );
    out(
      `artworks registered first (not timed): ${artworkIds.length} in ${ms(registered)}, ${REGISTER_CONCURRENCY} at a time`,
    );
    if (warmedUp) out(warmedUp);
    const submitSeconds = (journeys.submissionsEnded - journeys.firstSubmission) / 1000;
    out(
      row(
        `submissions: ${journeys.submittedAt.size} in ${submitSeconds.toFixed(1)} s (${(journeys.submittedAt.size / submitSeconds).toFixed(0)}/s); POST`,
        journeys.postLatencies,
      ),
    );
    out(
      row(
        `statements: ${journeys.statements.length} imports, mean ${(journeys.statements.reduce((a, s) => a + s.invoices, 0) / Math.max(1, journeys.statements.length)).toFixed(0)} invoices; POST`,
        journeys.statements.map((s) => s.ms),
      ),
    );
    out(
      `completed journeys: ${seen.length} of ${SHIPMENTS} in ${runSeconds.toFixed(1)} s ` +
        `(first submission → last completion seen): ${perSecond.toFixed(1)} journeys/s; ` +
        `steady, from the 10th to the 90th percentile of completions (server clock): ${rate(steady)} journeys/s`,
    );
    out(
      row(
        'submission → COMPLETED, as the client saw it',
        client,
        `   max ${ms(Math.max(...client))}`,
      ),
    );
    out(
      `  (COMPLETED list read every ${POLL_MS} ms; a read took p50 ${ms(percentile(journeys.pollCycles, 50))}, ` +
        `p99 ${ms(percentile(journeys.pollCycles, 99))}, so a completion is seen up to ~${ms(POLL_MS + percentile(journeys.pollCycles, 99))} late)`,
    );
    out(
      row(
        'submission → COMPLETED, server clock (no polling)',
        server,
        `   max ${ms(Math.max(...server))}`,
      ),
    );
    for (const line of await waits(
      api,
      [...journeys.submittedAt.keys()].filter((id) => journeys.completed.has(id)),
      journeys.paidAt,
    )) {
      out(line);
    }
    for (const line of cpu) out(line);
    if (idle) out(`  ${idle}`);
    out(await messages.report(seen.length));
    const noisy = [...logs].filter(([, t]) => t.warnings + t.errors > 0);
    out(
      noisy.length === 0
        ? 'service logs after start-up: no warnings, no errors'
        : `service logs after start-up: ${noisy.map(([app, t]) => `${app} ${t.warnings} warnings, ${t.errors} errors (last: ${t.last})`).join('; ')}`,
    );
    if (journeys.errors.size > 0) {
      out(
        `driver errors (retried): ${[...journeys.errors].map(([what, e]) => `${what} ×${e.count} (${e.example})`).join('; ')}`,
      );
    }
    out(
      `targets: ≥ 100 journeys/s: ${steady >= 100 ? 'met' : 'NOT met'} (steady ${rate(steady)}, offered ${RATE > 0 ? `${RATE}/s` : 'as fast as taken'}); ` +
        `p99 submission → COMPLETED < 2 s: ${p99 < 2000 ? 'met' : 'NOT met'} (${ms(p99)})`,
    );
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench saga failed: ${error.message}\n`);
    process.exit(1);
  },
);
