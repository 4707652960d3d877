import type { MessagingTransport, OutboxRelay } from '@artbridge/platform-messaging';
import { Gauge, type Registry } from 'prom-client';

/** What the messaging gauges are read from, all of which a service has already. */
export interface MessagingMetricsSources {
  /** The service's database (its TypeORM DataSource): one statement per scrape. */
  database: { query(sql: string): Promise<unknown> };
  relay: Pick<OutboxRelay, 'state' | 'lastError'>;
  transport: Pick<MessagingTransport, 'consumerState'>;
}

const RELAY_STATES = ['stopped', 'standby', 'leader'] as const;

/**
 * Each part from an index: the unsent rows and the set-aside ones from their partial indexes
 * (messaging_outbox_unsent, _failed); the pending dead letters are few, or there is a bigger
 * problem than this count.
 */
export const MESSAGING_METRICS_SQL = `SELECT
  (SELECT count(*)::int FROM messaging_outbox
    WHERE sent_at IS NULL AND failed_at IS NULL) AS unsent,
  (SELECT greatest(0, extract(epoch FROM now() - created_at))::float8 FROM messaging_outbox
    WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY seq LIMIT 1) AS oldest_unsent_age_seconds,
  (SELECT count(*)::int FROM messaging_outbox WHERE failed_at IS NOT NULL) AS failed,
  (SELECT count(*)::int FROM messaging_dead_letter WHERE redriven_at IS NULL) AS dead_letters_pending`;

interface MessagingRow {
  unsent: number;
  oldest_unsent_age_seconds: number | null;
  failed: number;
  dead_letters_pending: number;
}

/**
 * The service's messaging, read when Prometheus scrapes and never in between: nothing on the
 * path of a message or a request. The database's part is one statement per scrape, shared by
 * its gauges; when it fails (the database is down) they read NaN, and the scrape still answers
 * with the rest.
 */
export function registerMessagingMetrics(
  registry: Registry,
  { database, relay, transport }: MessagingMetricsSources,
): void {
  let reading: Promise<MessagingRow | undefined> | undefined;
  // The gauges of one scrape collect at once: the first starts the read, the others share it.
  const read = () =>
    (reading ??= database
      .query(MESSAGING_METRICS_SQL)
      .then(
        (rows) => (rows as MessagingRow[])[0],
        () => undefined,
      )
      .finally(() => (reading = undefined)));
  const fromDatabase = (name: string, help: string, value: (row: MessagingRow) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const row = await read();
        this.set(row ? value(row) : NaN);
      },
    });
  fromDatabase(
    'messaging_outbox_unsent_messages',
    'Outbox rows not sent to Kafka yet (the relay sends them oldest first).',
    (row) => row.unsent,
  );
  fromDatabase(
    'messaging_outbox_oldest_unsent_age_seconds',
    'How long the oldest outbox row not sent yet has waited; 0 when every row is sent.',
    (row) => row.oldest_unsent_age_seconds ?? 0,
  );
  fromDatabase(
    'messaging_outbox_failed_messages',
    'Outbox rows set aside because the broker cannot take them (too large); never sent.',
    (row) => row.failed,
  );
  fromDatabase(
    'messaging_dead_letters_pending',
    'Messages the consumer gave up on and nobody has redriven (GET /dead-letters).',
    (row) => row.dead_letters_pending,
  );
  new Gauge({
    name: 'messaging_outbox_relay_state',
    help: 'The outbox relay of this instance: 1 for the state it is in (leader sends, standby waits).',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const state of RELAY_STATES) this.set({ state }, relay.state === state ? 1 : 0);
    },
  });
  new Gauge({
    name: 'messaging_outbox_relay_failing',
    help: "1 while the relay's last round failed (it retries with backoff; see /health).",
    registers: [registry],
    collect() {
      this.set(relay.lastError ? 1 : 0);
    },
  });
  new Gauge({
    name: 'messaging_consumer_connected',
    help: "0 while the service's Kafka consumer is disconnected; 1 when connected, or when the service consumes nothing.",
    registers: [registry],
    collect() {
      // a service with no handlers has no consumer to lose (/health says 'none'): not an alarm.
      // Read at each scrape: the handlers are known only once the app has started.
      this.set(transport.consumerState() === 'disconnected' ? 0 : 1);
    },
  });
}
