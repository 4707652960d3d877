import type { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { Outbox } from '../outbox/outbox';
import { MESSAGE_TYPE_HEADER } from '../envelope';
import type { DeadLetter, DeadLetterReason } from './dead-letter';

export type DeadLetterStatus = 'PENDING' | 'REDRIVEN';

export const DEAD_LETTER_STATUSES: readonly DeadLetterStatus[] = ['PENDING', 'REDRIVEN'];

/** A message a consumer gave up on, as `messaging_dead_letter` keeps it. */
export interface StoredDeadLetter {
  id: string;
  /** The consuming service (its consumer group and inbox name). */
  consumer: string;
  /** Where the message was read: its original topic, partition and offset. */
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  /** The envelope's type and id, when the message could be read as an envelope. */
  messageType: string | null;
  messageId: string | null;
  /** The original message, as received, read as UTF-8. */
  envelope: string;
  /** The original message, byte for byte. */
  value: Buffer;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  deadLetteredAt: Date;
  redrivenAt: Date | null;
}

export class DeadLetterNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`dead letter ${id} not found`);
    this.name = 'DeadLetterNotFoundError';
  }
}

/** A dead letter no consumer could read (not an envelope): putting it back would lose it. */
export class DeadLetterNotRedrivableError extends Error {
  constructor(readonly letter: StoredDeadLetter) {
    super(
      `dead letter ${letter.id} cannot be redriven: its message is not an envelope a consumer can read (${letter.error})`,
    );
    this.name = 'DeadLetterNotRedrivableError';
  }
}

export class DeadLetterAlreadyRedrivenError extends Error {
  constructor(readonly letter: StoredDeadLetter) {
    super(`dead letter ${letter.id} was redriven already, at ${letter.redrivenAt?.toISOString()}`);
    this.name = 'DeadLetterAlreadyRedrivenError';
  }
}

export interface DeadLetterQuery {
  status?: DeadLetterStatus;
  consumer?: string;
  /** Rows skipped, oldest first. */
  offset?: number;
  limit?: number;
}

interface DeadLetterRow {
  id: string;
  consumer: string;
  topic: string;
  message_partition: number;
  message_offset: string;
  message_key: string | null;
  message_type: string | null;
  message_id: string | null;
  envelope: Buffer;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  dead_lettered_at: Date;
  redriven_at: Date | null;
}

const COLUMNS = `id, consumer, topic, message_partition, message_offset::text AS message_offset,
  message_key, message_type, message_id, envelope, reason, error, attempts, dead_lettered_at,
  redriven_at`;

/** The envelope's type and id when the bytes are one, else the relay's message-type header. */
function identify(letter: DeadLetter): { type: string | null; id: string | null } {
  const header = letter.record.headers[MESSAGE_TYPE_HEADER] ?? null;
  try {
    const parsed = JSON.parse(letter.record.value?.toString('utf8') ?? '') as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const { type, id } = parsed as Record<string, unknown>;
      return {
        type: typeof type === 'string' ? type : header,
        id: typeof id === 'string' ? id : null,
      };
    }
  } catch {
    /* not JSON: kept as it is, with the reason saying so */
  }
  return { type: header, id: null };
}

/**
 * Text as a text column takes it: PostgreSQL refuses a NUL character in text, and a message
 * with one (or with "\u0000" in its JSON) must still be filed, or its partition never moves.
 * The message itself is kept byte for byte (bytea).
 */
export function storableText<T extends string | null>(text: T): T {
  return (
    text !== null && text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text
  ) as T;
}

function fromRow(row: DeadLetterRow): StoredDeadLetter {
  return {
    id: row.id,
    consumer: row.consumer,
    topic: row.topic,
    partition: row.message_partition,
    offset: row.message_offset,
    key: row.message_key,
    messageType: row.message_type,
    messageId: row.message_id,
    envelope: row.envelope.toString('utf8'),
    value: row.envelope,
    reason: row.reason,
    error: row.error,
    attempts: row.attempts,
    deadLetteredAt: row.dead_lettered_at,
    redrivenAt: row.redriven_at,
  };
}

/**
 * The service's record of its dead letters (`messaging_dead_letter`, in its own database): the
 * consumer files each message it gives up on here as well as on the dead-letter topic, and an
 * operator lists them and redrives them through the service's API. A redrive puts the original
 * message back on its original topic through the outbox, in the transaction that marks the row.
 */
export class DeadLetterStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Files dead letters. A record filed before (a batch redelivered after a failure between
   * this and the commit of its offset) is not filed twice.
   */
  async record(consumer: string, letters: readonly DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    const rows = letters.map((letter) => ({ letter, ...identify(letter) }));
    const column = <T>(pick: (row: (typeof rows)[number]) => T): T[] => rows.map(pick);
    await this.dataSource.query(
      `INSERT INTO messaging_dead_letter (id, consumer, topic, message_partition, message_offset,
              message_key, message_type, message_id, envelope, reason, error, attempts,
              dead_lettered_at)
       SELECT u.id, $1, u.topic, u.part, u.off, u.key, u.type, u.message_id, u.envelope, u.reason,
              u.error, u.attempts, u.at
         FROM unnest($2::uuid[], $3::text[], $4::int[], $5::bigint[], $6::text[], $7::text[],
                     $8::text[], $9::bytea[], $10::text[], $11::text[], $12::int[],
                     $13::timestamptz[])
           AS u (id, topic, part, off, key, type, message_id, envelope, reason, error, attempts, at)
       ON CONFLICT (consumer, topic, message_partition, message_offset) DO NOTHING`,
      [
        consumer,
        column(() => uuidv7()),
        column(({ letter }) => letter.record.topic),
        column(({ letter }) => letter.record.partition),
        column(({ letter }) => letter.record.offset),
        column(({ letter }) => storableText(letter.record.key)),
        column(({ type }) => storableText(type)),
        column(({ id }) => storableText(id)),
        column(({ letter }) => letter.record.value ?? Buffer.alloc(0)),
        column(({ letter }) => letter.reason),
        column(({ letter }) => storableText(letter.error.slice(0, 4000))),
        column(({ letter }) => letter.attempts),
        column(({ letter }) => (letter.failedAt ?? new Date()).toISOString()),
      ],
    );
  }

  /** Oldest first, with the count of all that match. */
  async list(query: DeadLetterQuery = {}): Promise<{ items: StoredDeadLetter[]; total: number }> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    if (query.status === 'PENDING') conditions.push('redriven_at IS NULL');
    if (query.status === 'REDRIVEN') conditions.push('redriven_at IS NOT NULL');
    if (query.consumer !== undefined) {
      parameters.push(query.consumer);
      conditions.push(`consumer = $${parameters.length}`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM messaging_dead_letter ${where}`,
      parameters,
    );
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging_dead_letter ${where}
       ORDER BY dead_lettered_at, id OFFSET $${parameters.length + 1} LIMIT $${parameters.length + 2}`,
      [...parameters, query.offset ?? 0, query.limit ?? 100],
    );
    return { items: rows.map(fromRow), total };
  }

  async find(id: string): Promise<StoredDeadLetter | undefined> {
    const [row]: DeadLetterRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM messaging_dead_letter WHERE id = $1`,
      [id],
    );
    return row && fromRow(row);
  }

  /**
   * Puts the original message back on its original topic through `outbox` and marks the dead
   * letter redriven, in one transaction. A dead letter is redriven once: if the message fails
   * again, the consumer files a new one.
   */
  async redrive(id: string, outbox: Outbox): Promise<StoredDeadLetter> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: DeadLetterRow[] = await manager.query(
        `SELECT ${COLUMNS} FROM messaging_dead_letter WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new DeadLetterNotFoundError(id);
      if (row.redriven_at !== null) throw new DeadLetterAlreadyRedrivenError(fromRow(row));
      // every consumer would skip it (no type) or dead-letter it again: it would only vanish
      if (row.reason === 'invalid-envelope' || !row.message_type)
        throw new DeadLetterNotRedrivableError(fromRow(row));
      await outbox.republish(manager, {
        topic: row.topic,
        key: row.message_key ?? '',
        type: row.message_type,
        envelope: row.envelope.toString('utf8'),
      });
      // an UPDATE answers [rows, count]
      const [updated]: [{ redriven_at: Date }[], number] = await manager.query(
        `UPDATE messaging_dead_letter SET redriven_at = now() WHERE id = $1 RETURNING redriven_at`,
        [id],
      );
      return { ...fromRow(row), redrivenAt: updated[0].redriven_at };
    });
  }
}
