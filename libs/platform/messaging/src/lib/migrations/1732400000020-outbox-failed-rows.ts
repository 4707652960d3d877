import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows the relay sets aside because the broker cannot take them (larger than its
 * `message.max.bytes`): failed_at and the error say why, and the relay reads past them instead
 * of trying them forever. Listed in MESSAGING_MIGRATIONS.
 */
export class OutboxFailedRows1732400000020 implements MigrationInterface {
  name = 'OutboxFailedRows1732400000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE messaging_outbox ADD COLUMN failed_at timestamptz, ADD COLUMN error text`,
    );
    // The relay reads only what is neither sent nor set aside, in commit order.
    await db.query(`DROP INDEX messaging_outbox_unsent`);
    await db.query(
      `CREATE INDEX messaging_outbox_unsent ON messaging_outbox (seq)
        WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
    // /health counts the rows set aside
    await db.query(
      `CREATE INDEX messaging_outbox_failed ON messaging_outbox (seq) WHERE failed_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX messaging_outbox_failed`);
    await db.query(`DROP INDEX messaging_outbox_unsent`);
    await db.query(
      `CREATE INDEX messaging_outbox_unsent ON messaging_outbox (seq) WHERE sent_at IS NULL`,
    );
    await db.query(`ALTER TABLE messaging_outbox DROP COLUMN failed_at, DROP COLUMN error`);
  }
}
