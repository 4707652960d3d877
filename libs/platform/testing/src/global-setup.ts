import { dropDatabase, databaseUrl } from '@artbridge/platform-persistence';
import { Client } from 'pg';
import { KafkajsBroker } from '@artbridge/platform-messaging';
import { ensureKafka, ensurePostgres } from './lib/infrastructure';
import { isStale } from './lib/test-names';

/**
 * Once per test run: the real PostgreSQL and Kafka, started if needed and shared by every
 * suite; what crashed runs left behind (older than two hours) is removed.
 */
export default async function globalSetup(): Promise<void> {
  const server = await ensurePostgres();
  const kafka = await ensureKafka();
  process.env['KAFKA_BROKERS'] = kafka.brokers;
  (globalThis as { __startedKafka?: boolean }).__startedKafka = kafka.started;
  await removeStaleLeftovers(server, kafka.brokers);
}

async function removeStaleLeftovers(server: string, brokers: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl(server, 'postgres') });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'abt\\_%'`,
  );
  await client.end();
  for (const { datname } of rows.filter((row) => isStale(row.datname))) {
    await dropDatabase(databaseUrl(server, datname)).catch(() => undefined);
  }
  const admin = await new KafkajsBroker({
    brokers: brokers.split(','),
    clientId: 'test-setup',
  }).admin();
  try {
    await admin.deleteTopics((await admin.listTopics()).filter((topic) => isStale(topic)));
  } finally {
    await admin.disconnect();
  }
}
