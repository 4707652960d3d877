import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox every service keeps in its own database. Listed in each service's
 * migrations (see MESSAGING_MIGRATIONS in ./index).
 */
export class MessagingTables1732400000000 implements MigrationInterface {
  name = 'MessagingTables1732400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE messaging_outbox (
        seq          bigserial PRIMARY KEY,
        id           uuid NOT NULL UNIQUE,
        topic        text NOT NULL,
        message_key  text NOT NULL,
        type         text NOT NULL,
        envelope     text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        sent_at      timestamptz
      )`);
    // The relay reads only what is not sent yet, in commit order.
    await db.query(
      `CREATE INDEX messaging_outbox_unsent ON messaging_outbox (seq) WHERE sent_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX messaging_outbox_sent_at ON messaging_outbox (sent_at) WHERE sent_at IS NOT NULL`,
    );
    // NOTIFY is delivered at commit, and only if the transaction commits: the relay wakes for
    // rows it can see. One notification per statement, folded by PostgreSQL per transaction.
    await db.query(`
      CREATE FUNCTION messaging_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('messaging_outbox', '');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER messaging_outbox_notify AFTER INSERT ON messaging_outbox
      FOR EACH STATEMENT EXECUTE FUNCTION messaging_outbox_notify()`);
    await db.query(`
      CREATE TABLE messaging_inbox (
        consumer     text NOT NULL,
        message_id   uuid NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE messaging_inbox`);
    await db.query(`DROP TRIGGER messaging_outbox_notify ON messaging_outbox`);
    await db.query(`DROP FUNCTION messaging_outbox_notify()`);
    await db.query(`DROP TABLE messaging_outbox`);
  }
}
