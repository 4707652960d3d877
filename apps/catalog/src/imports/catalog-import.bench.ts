// npm run bench:catalog — bulk import throughput, not a test: the Tate collection extract
// (../shared/data/tate-artworks.jsonl, 4,902 records; ARTBRIDGE_SAMPLE_DATA points elsewhere)
// POSTed to /imports as an exporter, then GET /imports/{id} until the job ends; records/s from
// the POST to the job's finishedAt. Parsing, mapping, checks, idempotency, the artwork rows, the
// outbox messages and every commit are inside the figure. Runs cold (first import after start)
// then warm (the same file for another exporter, so the same work again), then re-imports it
// (idempotency: nothing new), and checks each line is accounted for, one outbox message per
// artwork, and that search finds a title. Where the time goes: wall time in the transactions, in
// Outbox.addAll and per statement (prototypes wrapped before the service starts), and the CPU
// the service process and its PostgreSQL backends used, less disturbed by other work on a shared
// machine than the wall clock. The service runs in-process on a TestContext of its own (own
// database and topics, removed at the end); Kafka is started when nothing answers, and stopped
// again unless ARTBRIDGE_KEEP_KAFKA is set.
import 'reflect-metadata';
import { Outbox } from '@artbridge/platform-messaging';
import {
  ServiceUnderTest,
  TestContext,
  WORKSPACE_ROOT,
  ensureKafka,
  ensurePostgres,
  kafkaScript,
  readJson,
} from '@artbridge/platform-testing';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { artworkRuleViolations } from '../artworks/domain/artwork';
import { withCanonicalMaterials } from '../artworks/register-artwork.service';
import { CatalogModule } from '../catalog.module';
import openApiMetadata from '../openapi-metadata';
import { parseImportLine } from './domain/import-line';
import { IMPORT_DEFAULT_VALUE, numberedLines } from './import-jobs.service';

const TARGET = 2_000;
const POLL_MS = 100;
const TIMEOUT_MS = 300_000;

const out = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface ImportJob {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  total: number;
  imported: number;
  unchanged: number;
  rejected: number;
  errors: { line: number; message: string }[];
  errorsOmitted: number;
  failure?: string;
  finishedAt?: string;
}

function tateFile(): { path: string; text: string } | undefined {
  const directory =
    process.env['ARTBRIDGE_SAMPLE_DATA'] ?? join(WORKSPACE_ROOT, '..', 'shared', 'data');
  const path = join(directory, 'tate-artworks.jsonl');
  return existsSync(path) ? { path, text: readFileSync(path, 'utf8') } : undefined;
}

/**
 * Time spent in a method, summed over calls by the key `keyOf` gives each call (concurrent calls
 * overlap: the import job makes one at a time). Wraps the prototype, so every instance the
 * service creates is measured.
 */
class MethodClock {
  private ms = new Map<string, number>();

  constructor(
    prototype: object,
    name: string,
    keyOf: (...args: unknown[]) => string | undefined = () => name,
  ) {
    const target = prototype as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name];
    const add = (key: string, ms: number) => this.ms.set(key, (this.ms.get(key) ?? 0) + ms);
    target[name] = async function (this: unknown, ...args: unknown[]) {
      const key = keyOf(...args);
      const started = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        if (key !== undefined) add(key, performance.now() - started);
      }
    };
  }

  /** Milliseconds by key since the last take, and starts again from zero. */
  take(): Map<string, number> {
    const ms = this.ms;
    this.ms = new Map();
    return ms;
  }

  /** Milliseconds of all keys since the last take, and starts again from zero. */
  takeTotal(): number {
    return [...this.take().values()].reduce((sum, ms) => sum + ms, 0);
  }
}

/** The import's statements by what they do; others (the bench's own reads, polling) are not timed. */
function statementOf(sql: unknown): string | undefined {
  const text = String(sql).replace(/\s+/g, ' ').trim();
  if (/^INSERT INTO "?artwork"?\b/i.test(text)) return 'INSERT artwork';
  if (/^SELECT source_id FROM artwork\b/i.test(text)) return 'SELECT known source ids';
  if (/^INSERT INTO "?messaging_outbox"?/i.test(text)) return 'INSERT outbox';
  if (/^UPDATE "?import_job"?/i.test(text)) return 'UPDATE job progress';
  if (/^(START TRANSACTION|BEGIN|COMMIT)\b/i.test(text)) return text.split(' ')[0];
  return undefined;
}

/**
 * CPU seconds the database's server processes for `databaseUrl`'s database have used so far, by
 * process id, read from /proc (PostgreSQL on this machine); empty when it cannot be read. With
 * the service's own CPU time, a measure that other work on the machine disturbs less than the
 * wall clock.
 */
async function databaseCpu(dataSource: DataSource): Promise<Map<number, number>> {
  const ticks = (() => {
    try {
      return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    } catch {
      return 100;
    }
  })();
  const rows = (await dataSource.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
  )) as { pid: number }[];
  const seconds = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // pid (comm) state ... utime stime: fields 14 and 15, counted after the command's ')'
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // not on this machine, or ended
    }
  }
  return seconds;
}

function cpuSince(before: Map<number, number>, after: Map<number, number>): number | undefined {
  if (after.size === 0) return undefined;
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total * 1000;
}

/** The job's own parsing and checks over the whole file, without the database: CPU only. */
function parseAndValidate(text: string): { ms: number; accepted: number } {
  const started = performance.now();
  const today = new Date();
  let accepted = 0;
  for (const { line, text: record } of numberedLines(text)) {
    const result = parseImportLine(record, line, { defaultValue: IMPORT_DEFAULT_VALUE });
    if (!result.ok) continue;
    if (artworkRuleViolations(withCanonicalMaterials(result.attributes), today).length === 0)
      accepted += 1;
  }
  return { ms: performance.now() - started, accepted };
}

async function main(): Promise<void> {
  const file = tateFile();
  if (!file) {
    out(
      'bench catalog: tate-artworks.jsonl not found (../shared/data, or set ARTBRIDGE_SAMPLE_DATA): not run',
    );
    return;
  }
  await ensurePostgres();
  const kafka = await ensureKafka();
  process.env['KAFKA_BROKERS'] = kafka.brokers;
  const context = new TestContext();
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= context
      .cleanup()
      .then(() =>
        kafka.started && !process.env['ARTBRIDGE_KEEP_KAFKA'] ? kafkaScript('stop') : undefined,
      ));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench catalog: ${signal}, cleaning up\n`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    // Before the service exists, so that the instances it creates are measured.
    const transactions = new MethodClock(DataSource.prototype, 'transaction');
    const outbox = new MethodClock(Outbox.prototype, 'addAll');
    const statements = new MethodClock(PostgresQueryRunner.prototype, 'query', statementOf);

    const config = await context.serviceConfig('catalog');
    const service = await ServiceUnderTest.start(
      CatalogModule.forRoot(config),
      config,
      openApiMetadata,
    );
    context.onCleanup(() => service.stop());
    const dataSource = service.app.get(DataSource);
    const count = async (sql: string, parameters: unknown[] = []) =>
      Number(((await dataSource.query(sql, parameters)) as { n: string }[])[0].n);

    const lines = numberedLines(file.text).length;
    const megabytes = Buffer.byteLength(file.text, 'utf8') / 1e6;
    out(
      `catalog import: ${file.path} (${lines.toLocaleString('en')} lines, ${megabytes.toFixed(1)} MB), ` +
        `POST /imports in-process until the job's finishedAt (GET /imports/{id} every ${POLL_MS} ms); ` +
        `${cpus().length} cores, Node ${process.version}`,
    );

    const importOnce = async (exporter: string) => {
      const auth = context.auth(exporter, 'EXPORTER');
      const outboxBefore = await count(`SELECT count(*) AS n FROM messaging_outbox`);
      transactions.take();
      outbox.take();
      statements.take();
      const databaseBefore = await databaseCpu(dataSource);
      const serviceBefore = process.cpuUsage();
      const started = performance.now();
      const startedAt = Date.now();
      const response = await service.request('/imports', {
        method: 'POST',
        body: file.text,
        headers: { 'content-type': 'application/x-ndjson', ...auth },
      });
      const { id } = await readJson<{ id: string }>(response);
      if (response.status !== 202) throw new Error(`POST /imports answered ${response.status}`);
      const accepted = performance.now() - started;
      let job: ImportJob;
      for (;;) {
        job = await readJson<ImportJob>(await service.request(`/imports/${id}`, { headers: auth }));
        if (job.status !== 'RUNNING') break;
        if (performance.now() - started > TIMEOUT_MS) throw new Error(`import ${id} still running`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      // The job's end by the service's clock (same machine), so polling adds no delay to the figure.
      const ms = Date.parse(job.finishedAt ?? '') - startedAt;
      const serviceCpu = process.cpuUsage(serviceBefore);
      const cpu = {
        service: (serviceCpu.user + serviceCpu.system) / 1000,
        database: cpuSince(databaseBefore, await databaseCpu(dataSource)),
      };
      const inTransactions = transactions.takeTotal();
      const inOutbox = outbox.takeTotal();
      const byStatement = statements.take();
      if (job.status !== 'COMPLETED') throw new Error(`import ${id}: ${JSON.stringify(job)}`);
      if (job.imported + job.unchanged + job.rejected !== lines || job.total !== lines)
        throw new Error(`import ${id} did not account for every line: ${JSON.stringify(job)}`);
      if (job.errors.length + job.errorsOmitted !== job.rejected)
        throw new Error(`import ${id}: a rejection without a reason`);
      const announced = (await count(`SELECT count(*) AS n FROM messaging_outbox`)) - outboxBefore;
      if (announced !== job.imported)
        throw new Error(`import ${id}: ${job.imported} imported but ${announced} outbox messages`);
      // the relay publishes while the job runs (same process, same cores); when is it through?
      while ((await count(`SELECT count(*) AS n FROM messaging_outbox WHERE sent_at IS NULL`)) > 0)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const [{ lastSent }] = (await dataSource.query(
        `SELECT max(sent_at) AS "lastSent" FROM messaging_outbox`,
      )) as { lastSent: Date | null }[];
      const relayLag = (lastSent?.getTime() ?? 0) - Date.parse(job.finishedAt ?? '');
      return { job, ms, cpu, accepted, inTransactions, inOutbox, byStatement, relayLag };
    };

    const report = (name: string, run: Awaited<ReturnType<typeof importOnce>>) => {
      const { job, ms } = run;
      const rate = Math.round((lines / ms) * 1000);
      const rest = ms - run.inTransactions;
      const share = (part: number) => `${Math.round((part / ms) * 100)}%`;
      out(
        `  ${name}: ${job.imported} imported, ${job.unchanged} unchanged, ${job.rejected} rejected ` +
          `in ${seconds(ms)}: ${rate} records/s` +
          (name === 're-import'
            ? ''
            : ` (target ≥ ${TARGET}: ${rate >= TARGET ? 'met' : 'NOT met'})`),
      );
      out(
        `    persist (artwork rows, idempotency, job progress, commits) ${seconds(run.inTransactions - run.inOutbox)} ${share(run.inTransactions - run.inOutbox)}` +
          `  ·  outbox (envelopes, payload checks, rows) ${seconds(run.inOutbox)} ${share(run.inOutbox)}` +
          `  ·  outside transactions (upload ${seconds(run.accepted)}, parse + validate where not overlapped, polling, relay's turns) ${seconds(rest)} ${share(rest)}`,
      );
      out(
        `    CPU used meanwhile: service process (with the relay and this bench's polling) ${seconds(run.cpu.service)}` +
          (run.cpu.database === undefined
            ? ''
            : `, PostgreSQL ${seconds(run.cpu.database)} (its processes for this database)`),
      );
      out(
        `    statements (round trips, parameters encoded): ${[...run.byStatement]
          .sort((a, b) => b[1] - a[1])
          .map(([statement, ms]) => `${statement} ${seconds(ms)}`)
          .join(', ')}`,
      );
      out(
        run.relayLag > 0
          ? `    relay: the last message sent ${seconds(run.relayLag)} after the job ended`
          : `    relay: every message sent before the job ended`,
      );
      return rate;
    };

    const cold = await importOnce('bench-cold');
    const warm = await importOnce('bench-warm');
    const again = await importOnce('bench-warm');
    const alone = parseAndValidate(file.text); // after the imports, so the cold one is cold
    if (again.job.imported !== 0 || again.job.unchanged !== warm.job.imported)
      throw new Error(`the re-import was not idempotent: ${JSON.stringify(again.job)}`);
    if (cold.job.imported !== alone.accepted || warm.job.imported !== alone.accepted)
      throw new Error(`${alone.accepted} lines pass the checks but ${cold.job.imported} imported`);
    const found = await readJson<{ items: { title: string }[] }>(
      await service.request(`/artworks?q=${encodeURIComponent('Unknown Political Prisoner')}`, {
        headers: context.auth('bench-warm', 'EXPORTER'),
      }),
    );
    if (!found.items.some((item) => item.title === 'The Unknown Political Prisoner'))
      throw new Error('search does not find an imported title');

    out(
      `  parse + validate alone (the job's code, no database, warm): ${seconds(alone.ms)}, ` +
        `${Math.round((lines / alone.ms) * 1000)} records/s`,
    );
    const rates = [report('cold', cold), report('warm', warm)];
    report('re-import', again);
    out(
      `  records/s: cold ${rates[0]}, warm ${rates[1]} (target ≥ ${TARGET}: ${Math.min(...rates) >= TARGET ? 'met' : 'NOT met'})`,
    );
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench catalog failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
