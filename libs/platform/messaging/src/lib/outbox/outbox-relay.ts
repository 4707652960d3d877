import { Client } from 'pg';
import type { BrokerProducer, MessageBroker } from '../broker.port';
import type { MessagingLogger } from '../logger';
import { MESSAGE_TYPE_HEADER } from '../envelope';

export interface OutboxRelayOptions {
  /** Rows sent per round trip to Kafka. */
  batchSize?: number;
  /** Fallback when a notification is missed (a relay restarted, a connection dropped). */
  pollIntervalMs?: number;
  /** How long sent rows stay for inspection before they are purged. */
  retentionMs?: number;
}

export type OutboxRelayState = 'stopped' | 'standby' | 'leader';

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  type: string;
  envelope: string;
}

const CHANNEL = 'messaging_outbox';
// One relay per database sends, so the outbox's order is the order on each partition. Others
// of the same service wait on this lock and take over when the leader's session ends.
const LEADER_LOCK = `SELECT pg_try_advisory_lock(hashtext('messaging_outbox_relay')) AS locked`;

/**
 * Sends the outbox to Kafka, oldest first, then marks the rows sent. It works on one session of
 * its own (LISTEN, the leader lock, and its reads and writes), never the service's pool. A crash between the two
 * sends them again on restart: consumers absorb the duplicate in their inbox (at-least-once
 * delivery, exactly-once effect).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retentionMs: number;
  private listener?: Client;
  private producer?: BrokerProducer;
  private loop?: Promise<void>;
  private stopping = false;
  private woken = false;
  private wake?: () => void;
  private lastPurge = 0;
  private sentUnmarked: string[] = [];
  private _state: OutboxRelayState = 'stopped';
  private _lastError?: string;

  constructor(
    private readonly databaseUrl: string,
    private readonly broker: MessageBroker,
    private readonly logger: MessagingLogger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.retentionMs = options.retentionMs ?? 3_600_000;
  }

  get state(): OutboxRelayState {
    return this._state;
  }

  get lastError(): string | undefined {
    return this._lastError;
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.stopping = false;
    this.producer = await this.broker.producer();
    this._state = 'standby';
    this.loop = this.run();
  }

  /** Finishes the batch in hand, then disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.flushMarks();
    await this.closeListener();
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = undefined;
    this._state = 'stopped';
  }

  private async run(): Promise<void> {
    let backoffMs = 100;
    while (!this.stopping) {
      try {
        if (this._state !== 'leader' && !(await this.becomeLeader())) {
          await this.idle(this.pollIntervalMs * 2);
          continue;
        }
        // What committed before this point is visible to the read below: a notification
        // that arrives from here on wakes the next idle.
        this.woken = false;
        const sent = await this.publishBatch();
        backoffMs = 100;
        this._lastError = undefined;
        // After a batch, read again at once: that read also marks the batch sent, so a quiet
        // outbox costs one more round trip before the relay sleeps.
        if (sent === 0) {
          await this.purgeSentRows();
          await this.idle(this.pollIntervalMs);
        }
      } catch (error) {
        this._lastError = (error as Error).message;
        this.logger.error('outbox relay failed; retrying', { error: this._lastError, backoffMs });
        await this.idle(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 10_000);
      }
    }
  }

  private async becomeLeader(): Promise<boolean> {
    if (!this.listener) {
      const listener = new Client({
        connectionString: this.databaseUrl,
        application_name: 'outbox-relay',
      });
      listener.on('notification', () => this.notify());
      listener.on('error', (error) => {
        // The session, and with it the lock, is gone: stand by and try again.
        this.logger.warn('outbox relay lost its database session', { error: error.message });
        this._state = 'standby';
        if (this.listener === listener) this.listener = undefined;
        listener.end().catch(() => undefined);
        this.notify();
      });
      await listener.connect();
      // The relay's own writes (sent marks, purges) need not wait for the WAL flush: one lost
      // in a server crash only means those rows are sent again, which the inboxes absorb.
      await listener.query(`SET synchronous_commit = off`);
      // Its reads always want the unsent (or the sent_at) index. A young outbox has no
      // statistics yet, and the plan prepared from none scanned every row ever sent: 1 ms a
      // read in the saga bench, for each batch, until autovacuum's first ANALYZE.
      await listener.query(`SET enable_seqscan = off`);
      // Planned once for the session, as the services' statements in transactions are
      // (prepared-statements.ts).
      await listener.query(`SET plan_cache_mode = force_generic_plan`);
      await listener.query(`LISTEN ${CHANNEL}`);
      this.listener = listener;
    }
    const { rows } = await this.listener.query<{ locked: boolean }>(LEADER_LOCK);
    if (rows[0]?.locked) this._state = 'leader';
    return this._state === 'leader';
  }

  /**
   * One batch, oldest first. Returns how many rows were sent. The read also marks the previous
   * batch sent (one round trip a batch instead of two), leaving those rows out of what it reads.
   */
  protected async publishBatch(): Promise<number> {
    const marking = this.sentUnmarked;
    const { rows } = await this.session().query<OutboxRow>({
      // prepared once per session: the relay runs it for every batch
      name: 'messaging_outbox_next_batch',
      text: `WITH marked AS (
         UPDATE messaging_outbox SET sent_at = now() WHERE seq = ANY($2::bigint[])
       )
       SELECT seq, topic, message_key, type, envelope FROM messaging_outbox
       WHERE sent_at IS NULL AND seq <> ALL($2::bigint[]) ORDER BY seq LIMIT $1`,
      values: [this.batchSize, marking],
    });
    if (this.sentUnmarked === marking) this.sentUnmarked = [];
    if (rows.length === 0) return 0;
    await this.producer!.send(
      rows.map((row) => ({
        topic: row.topic,
        key: row.message_key,
        value: row.envelope,
        headers: { 'content-type': 'application/json', [MESSAGE_TYPE_HEADER]: row.type },
      })),
    );
    await this.markSent(rows.map((row) => row.seq));
    return rows.length;
  }

  /**
   * Rows the broker has acknowledged: marked sent by the next read (or at stop). Until then a
   * crash sends them again, which the consumers' inboxes absorb, as after any crash between
   * the send and the mark.
   */
  protected async markSent(seqs: string[]): Promise<void> {
    this.sentUnmarked = seqs;
  }

  private async flushMarks(): Promise<void> {
    const seqs = this.sentUnmarked;
    if (seqs.length === 0 || !this.listener) return;
    await this.listener
      .query(`UPDATE messaging_outbox SET sent_at = now() WHERE seq = ANY($1::bigint[])`, [seqs])
      .then(
        () => (this.sentUnmarked = []),
        () => undefined, // sent again after the restart, and absorbed
      );
  }

  private async purgeSentRows(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    await this.session().query(
      `DELETE FROM messaging_outbox WHERE sent_at < now() - ($1::bigint * interval '1 millisecond')`,
      [this.retentionMs],
    );
  }

  private session(): Client {
    if (!this.listener) throw new Error('outbox relay has no database session');
    return this.listener;
  }

  private notify(): void {
    this.woken = true;
    this.wake?.();
  }

  /** Waits for a notification, a stop, or the timeout, whichever comes first. */
  private async idle(timeoutMs: number): Promise<void> {
    if (this.woken || this.stopping) {
      this.woken = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.wake = done;
    });
    this.woken = false;
  }

  private async closeListener(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }
}
