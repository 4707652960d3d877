import type { DataSource } from 'typeorm';

/** What the outbox holds back, as /health reports it. */
export interface OutboxBacklog {
  /** How long the oldest row not sent yet has waited, in ms; null when every row is sent. */
  oldestUnsentAgeMs: number | null;
  /** Rows the relay set aside because the broker cannot take them (see OutboxRelay). */
  failed: number;
  /** The latest of those, to say why. */
  lastFailure: { seq: string; id: string; topic: string; type: string; error: string } | null;
}

/** One statement, each part read from a partial index (the unsent rows, the failed ones). */
export async function readOutboxBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row]: {
    oldest_unsent_age_ms: string | null;
    failed: number;
    last_failure: OutboxBacklog['lastFailure'];
  }[] = await dataSource.query(
    `SELECT (SELECT greatest(0, round(extract(epoch FROM now() - created_at) * 1000))::bigint
               FROM messaging_outbox WHERE sent_at IS NULL AND failed_at IS NULL
              ORDER BY seq LIMIT 1) AS oldest_unsent_age_ms,
            (SELECT count(*)::int FROM messaging_outbox WHERE failed_at IS NOT NULL) AS failed,
            (SELECT json_build_object('seq', seq::text, 'id', id, 'topic', topic, 'type', type,
                                      'error', error)
               FROM messaging_outbox WHERE failed_at IS NOT NULL
              ORDER BY seq DESC LIMIT 1) AS last_failure`,
  );
  return {
    oldestUnsentAgeMs: row.oldest_unsent_age_ms === null ? null : Number(row.oldest_unsent_age_ms),
    failed: row.failed,
    lastFailure: row.last_failure,
  };
}
