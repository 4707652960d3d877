import { Client } from 'pg';
import type { BrokerProducer, MessageBroker, MessageTooLargeError } from '../broker.port';
import type { MessagingLogger } from '../logger';
import { MESSAGE_TYPE_HEADER } from '../envelope';
import {
  MAX_MESSAGE_BYTES,
  MAX_REQUEST_BYTES,
  RECORD_OVERHEAD_BYTES,
  sendInRequests,
  splitByBytes,
} from '../produce-requests';

export interface OutboxRelayOptions {
  /** Rows sent per round trip to Kafka. */
  batchSize?: number;
  /** Fallback when a notification is missed (a relay restarted, a connection dropped). */
  pollIntervalMs?: number;
  /** How long sent rows stay for inspection before they are purged. */
  retentionMs?: number;
  /** The most one produce request carries (several requests a batch when its rows need it). */
  maxRequestBytes?: number;
  /** The broker's largest record batch: a row larger than this is set aside as failed. */
  maxMessageBytes?: number;
}

export type OutboxRelayState = 'stopped' | 'standby' | 'leader';

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  type: string;
  envelope: string;
  /** The bytes of its envelope, key and type. */
  bytes: number;
}

/** The headers of every record the relay sends, by name and value: sizes included in requests. */
const HEADER_BYTES = 'content-type'.length + 'application/json'.length + MESSAGE_TYPE_HEADER.length;

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
  private readonly maxRequestBytes: number;
  private readonly maxMessageBytes: number;
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
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
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
   * One batch, oldest first. Returns how many rows were read. The read also marks the previous
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
       SELECT seq, topic, message_key, type, envelope,
              octet_length(envelope) + octet_length(message_key) + octet_length(type) AS bytes
         FROM messaging_outbox
       WHERE sent_at IS NULL AND failed_at IS NULL AND seq <> ALL($2::bigint[])
       ORDER BY seq LIMIT $1`,
      values: [this.batchSize, marking],
    });
    if (this.sentUnmarked === marking) this.sentUnmarked = [];
    if (rows.length === 0) return 0;
    const sent: string[] = [];
    let failure: unknown;
    await this.send(rows, sent).catch((error: unknown) => (failure = error));
    // what went before a failure is marked, so it is not sent again with what follows
    if (sent.length > 0) await this.markSent(sent);
    if (failure !== undefined) throw failure;
    return rows.length;
  }

  /**
   * Sends the rows in order, in requests of at most maxRequestBytes (a catalog import's 500
   * rows of long titles would make one too large for the broker), noting in `sent` the seqs
   * the broker took. A row too large for the broker on its own is set aside (failOversized):
   * it could never be sent, and would block every row after it.
   */
  private async send(rows: OutboxRow[], sent: string[]): Promise<void> {
    const sizeOf = (row: OutboxRow) => row.bytes + HEADER_BYTES + RECORD_OVERHEAD_BYTES;
    let sendable = rows;
    if (rows.some((row) => sizeOf(row) > this.maxMessageBytes)) {
      sendable = [];
      for (const row of rows) {
        if (sizeOf(row) <= this.maxMessageBytes) sendable.push(row);
        else
          await this.failOversized(
            row,
            `${sizeOf(row)} bytes, above the broker's ${this.maxMessageBytes}`,
          );
      }
    }
    await sendInRequests(
      splitByBytes(sendable, sizeOf, this.maxRequestBytes),
      async (request) => {
        await this.producer!.send(
          request.map((row) => ({
            topic: row.topic,
            key: row.message_key,
            value: row.envelope,
            headers: { 'content-type': 'application/json', [MESSAGE_TYPE_HEADER]: row.type },
          })),
        );
        for (const row of request) sent.push(row.seq);
      },
      (row, error: MessageTooLargeError) => this.failOversized(row, error.message),
    );
  }

  /**
   * Marks a row the broker cannot take failed (failed_at, error), so the relay reads past it,
   * and says so at error level. It stays in the outbox, never purged, and /health counts it:
   * an operator raises the broker's limit and clears failed_at to have it sent.
   */
  private async failOversized(row: OutboxRow, reason: string): Promise<void> {
    const error = `too large for the broker: ${reason}`;
    await this.session().query(
      `UPDATE messaging_outbox SET failed_at = now(), error = $2 WHERE seq = $1`,
      [row.seq, error],
    );
    this.logger.error('outbox row too large for the broker; set aside, not sent', {
      seq: row.seq,
      topic: row.topic,
      key: row.message_key,
      type: row.type,
      bytes: row.bytes,
      error,
    });
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
