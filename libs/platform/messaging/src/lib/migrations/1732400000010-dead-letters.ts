import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dead letters a service's consumer gave up on, kept in its own database beside the outbox
 * and inbox, so they can be listed and redriven through the service's API (GET /dead-letters).
 * The dead-letter topic still gets each one too. Listed in MESSAGING_MIGRATIONS.
 */
export class DeadLetters1732400000010 implements MigrationInterface {
  name = 'DeadLetters1732400000010';

  async up(db: QueryRunner): Promise<void> {
    // envelope: the original bytes as UTF-8 (not jsonb: a message that is not JSON is kept too)
    await db.query(`
      CREATE TABLE messaging_dead_letter (
        id                 uuid PRIMARY KEY,
        consumer           text NOT NULL,
        topic              text NOT NULL,
        message_partition  integer NOT NULL,
        message_offset     bigint NOT NULL,
        message_key        text,
        message_type       text,
        message_id         text,
        envelope           text NOT NULL,
        reason             text NOT NULL,
        error              text NOT NULL,
        attempts           integer NOT NULL,
        dead_lettered_at   timestamptz NOT NULL,
        redriven_at        timestamptz,
        UNIQUE (consumer, topic, message_partition, message_offset)
      )`);
    await db.query(
      `CREATE INDEX messaging_dead_letter_at ON messaging_dead_letter (dead_lettered_at, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging_dead_letter`);
  }
}
