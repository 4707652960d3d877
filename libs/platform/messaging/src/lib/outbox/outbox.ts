import type { MessageDefinition } from '@artbridge/contracts';
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
    const topics = messages.map(({ definition }) => this.topics.of(definition.stream));
    await manager.query(
      `INSERT INTO messaging_outbox (id, topic, message_key, type, envelope)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        envelopes.map((e) => e.id),
        topics,
        envelopes.map((e) => e.subject),
        envelopes.map((e) => e.type),
        envelopes.map(encodeEnvelope),
      ],
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
    await manager.query(
      `INSERT INTO messaging_outbox (id, topic, message_key, type, envelope)
       VALUES ($1, $2, $3, $4, $5)`,
      [uuidv7(), record.topic, record.key, record.type, record.envelope],
    );
  }
}
