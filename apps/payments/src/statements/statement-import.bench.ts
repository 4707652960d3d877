// npm run bench:statements — whole statement import throughput, not a test: a generated camt.053
// file of BENCH_ENTRIES entries (100,000 by default) POSTed to /statements as FINANCE, against
// BENCH_INVOICES open invoices (1,000 by default) that part of the entries pay. Parsing,
// idempotency, reconciliation, ledger postings and the commit are all inside the figure; the
// service runs in-process on a TestContext of its own (own database and topics, removed at the end).
import 'reflect-metadata';
import { IssueInvoiceV1 } from '@artbridge/contracts';
import {
  ServiceUnderTest,
  TestContext,
  ensureKafka,
  ensurePostgres,
  readJson,
} from '@artbridge/platform-testing';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { InvoiceLifecycleService } from '../invoices/invoice-lifecycle.service';
import openApiMetadata from '../openapi-metadata';
import { PaymentsModule } from '../payments.module';
import { generateCamt053, generatedEntryAmount } from './domain/camt053.bench';
import type { StatementImportResponse } from './statement-import.response';

const ENTRIES = Number(process.env['BENCH_ENTRIES'] ?? 100_000);
const INVOICES = Math.min(Number(process.env['BENCH_INVOICES'] ?? 1_000), ENTRIES);
const TARGET = 5_000;

const out = (line: string) => process.stdout.write(`${line}\n`);

function decimal(minor: bigint): string {
  const digits = minor.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Issues the open invoices the way the saga's IssueInvoice does (same service, one transaction),
 * each for the amount of the entry that will pay it; returns the references by entry index.
 * Every third one is paid half only (REC-PARTIAL), the rest exactly (REC-EXACT).
 */
async function issueInvoices(service: ServiceUnderTest): Promise<Map<number, string>> {
  const lifecycle = service.app.get(InvoiceLifecycleService);
  const dataSource = service.app.get(DataSource);
  const references = new Map<number, string>();
  await dataSource.transaction(async (manager) => {
    for (let index = 0; index < INVOICES; index++) {
      if (index % 10 === 9) continue; // the generator's debits pay nothing
      const paid = generatedEntryAmount(index);
      const total = index % 3 === 2 ? paid * 2n : paid;
      const command = {
        shipmentId: randomUUID(),
        exporterId: 'bench-exporter',
        buyer: { name: `Buyer ${index % 5000}`, country: 'AT', address: 'Wien' },
        lines: [
          {
            kind: 'PRICE',
            description: `bench lot ${index}`,
            amount: { amount: decimal(total), currency: 'EUR' },
          },
        ],
        dueAt: '2026-04-13T00:00:00.000Z',
      } as IssueInvoiceV1;
      await lifecycle.issue(manager, command, { source: 'bench', correlationId: randomUUID() });
      const [{ reference }]: { reference: string }[] = await manager.query(
        `SELECT reference FROM invoice WHERE shipment_id = $1`,
        [command.shipmentId],
      );
      references.set(index, reference);
    }
  });
  return references;
}

/**
 * Where the database spends the import: samples the import's active statement every 50 ms from
 * a connection of its own (pg_stat_activity), tallied by the statement's first words. The node
 * side is what remains of the wall time.
 */
async function sampleDatabase(databaseUrl: string): Promise<() => Promise<Map<string, number>>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const tally = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ query: string }>(
        `SELECT query FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      for (const { query } of rows) {
        const key = query.replace(/\s+/g, ' ').trim().slice(0, 60);
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await client.end();
    return tally;
  };
}

async function main(): Promise<void> {
  await ensurePostgres();
  process.env['KAFKA_BROKERS'] = (await ensureKafka()).brokers;
  const context = new TestContext();
  let cleaning: Promise<void> | undefined;
  const cleanup = () => (cleaning ??= context.cleanup());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench statements: ${signal}, cleaning up\n`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    const config = await context.serviceConfig('payments');
    const service = await ServiceUnderTest.start(
      PaymentsModule.forRoot(config),
      config,
      openApiMetadata,
    );
    context.onCleanup(() => service.stop());

    const issuing = performance.now();
    const references = await issueInvoices(service);
    const issuedMs = performance.now() - issuing;

    const xml = generateCamt053(ENTRIES, (index) => {
      const reference = references.get(index);
      return reference === undefined ? undefined : { reference };
    });
    const megabytes = Buffer.byteLength(xml, 'utf8') / 1e6;

    const stopSampling = await sampleDatabase(config.databaseUrl);
    const started = performance.now();
    const response = await service.request('/statements', {
      method: 'POST',
      body: xml,
      headers: { 'content-type': 'application/xml', ...context.auth('finance1', 'FINANCE') },
    });
    const result = await readJson<StatementImportResponse>(response);
    const milliseconds = performance.now() - started;
    const samples = await stopSampling();
    if (response.status !== 201 || result.entries !== ENTRIES || result.duplicates !== 0) {
      throw new Error(`import failed: HTTP ${response.status} ${JSON.stringify(result)}`);
    }
    const rate = Math.round((ENTRIES / milliseconds) * 1000);
    out(
      `statement import: ${ENTRIES.toLocaleString('en')} camt.053 entries (${megabytes.toFixed(1)} MB) ` +
        `against ${references.size.toLocaleString('en')} open invoices (issued in ${(issuedMs / 1000).toFixed(1)} s), ` +
        `POST /statements in-process, parse + reconcile + persist: ${(milliseconds / 1000).toFixed(1)} s`,
    );
    out(
      `  matched ${result.matched} (partially paid ${result.partiallyPaid}), suggested ${result.suggested}, ` +
        `exceptions ${result.exceptions}, balance check ${result.balanceCheck.status}`,
    );
    out(
      `  ${rate} entries/s (target ≥ ${TARGET}: ${rate >= TARGET ? 'met' : 'NOT met'}) on ${cpus().length} cores`,
    );
    const sampled = [...samples.values()].reduce((sum, count) => sum + count, 0);
    out(
      `  database busy in ~${Math.round((sampled * 50) / 100) / 10} s of it (50 ms samples); busiest statements:`,
    );
    for (const [query, count] of [...samples].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
      out(`    ${((count * 50) / 1000).toFixed(1)} s  ${query}`);
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench statements failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
