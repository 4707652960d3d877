import type { MessageDefinition } from '@artbridge/contracts';
import { sendWithCommit } from '@artbridge/platform-persistence';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Envelope, EnvelopeMeta, encodeEnvelope, newEnvelope } from '../envelope';
import { validatePayload } from '../payload-validation';
import { TopicNames } from '../topic-names';

export class OutboxOutsideTransactionError extends Error {
  constructor() {
    super(
      'outbox messages must be written inside the transaction of the state change they announce',
    );
    this.name = 'OutboxOutsideTransactionError';
  }
}

/** A message as it already was on the bus: the exact text of its envelope, where it went. */
export interface OutboxRecord {
  topic: string;
  key: string;
  type: string;
  envelope: string;
}

/** A row of the outbox table, about to be written. */
type OutboxRow = OutboxRecord & { id: string };

export interface OutboxMessage<T extends object = object> {
  definition: MessageDefinition<T>;
  payload: T;
  meta: EnvelopeMeta;
}

/**
 * Writes outgoing messages into the service's outbox table, in the caller's transaction: the
 * state change and the messages announcing it commit or roll back together. The relay sends
 * them later. Nothing here talks to Kafka.
 */
export class Outbox {
  /** Rows held back per transaction (its manager) by `deferred`, in the order they were added. */
  private readonly held = new WeakMap<EntityManager, OutboxRow[]>();

  constructor(
    private readonly source: string,
    private readonly topics: TopicNames,
  ) {}

  async add<T extends object>(
    manager: EntityManager,
    definition: MessageDefinition<T>,
    payload: T,
    meta: EnvelopeMeta,
  ): Promise<Envelope<T>> {
    const [envelope] = await this.addAll(manager, [{ definition, payload, meta }]);
    return envelope as Envelope<T>;
  }

  async addAll(manager: EntityManager, messages: OutboxMessage[]): Promise<Envelope[]> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError();
    if (messages.length === 0) return [];
    const envelopes = messages.map(({ definition, payload, meta }) =>
      newEnvelope(definition, validatePayload(definition, payload), this.source, meta),
    );
    await this.write(
      manager,
      envelopes.map((envelope, i) => ({
        topic: this.topics.of(messages[i].definition.stream),
        key: envelope.subject,
        type: envelope.type,
        envelope: encodeEnvelope(envelope),
        id: envelope.id,
      })),
    );
    return envelopes;
  }

  /**
   * Puts a message that was on the bus before back on it unchanged (a dead letter redriven):
   * the same envelope, so the same message id, which lets consumers that handled it already skip
   * it. The outbox row gets an id of its own, as the original's row may still be there.
   */
  async republish(manager: EntityManager, record: OutboxRecord): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError();
    await this.write(manager, [{ ...record, id: uuidv7() }]);
  }

  /**
   * Runs `work` in the transaction of `manager`, holding back the messages it adds through
   * that manager, then writes them all in one statement, in the order they were added, before
   * returning: still inside the transaction, so they commit or roll back with the rest. A
   * consumer handling a chunk of messages saves a round trip per follow-up message this way.
   */
  async deferred<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    if (this.held.has(manager)) return work();
    const rows: OutboxRow[] = [];
    this.held.set(manager, rows);
    let result: T;
    try {
      result = await work();
    } finally {
      this.held.delete(manager);
    }
    // the last write before the commit, and nothing reads it back: it goes with the COMMIT
    await this.insert(manager, rows, true);
    return result;
  }

  private async write(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
    const held = this.held.get(manager);
    if (held) held.push(...rows);
    else await this.insert(manager, rows);
  }

  private async insert(
    manager: EntityManager,
    rows: OutboxRow[],
    withCommit = false,
  ): Promise<void> {
    if (rows.length === 0) return;
    const sql = `INSERT INTO messaging_outbox (id, topic, message_key, type, envelope)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`;
    const params = [
      rows.map((row) => row.id),
      rows.map((row) => row.topic),
      rows.map((row) => row.key),
      rows.map((row) => row.type),
      rows.map((row) => row.envelope),
    ];
    if (withCommit && sendWithCommit(manager, sql, params)) return;
    await manager.query(sql, params);
  }
}
