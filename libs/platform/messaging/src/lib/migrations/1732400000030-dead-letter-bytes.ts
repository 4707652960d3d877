import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dead letter keeps the original message as bytes: a text column refuses a NUL character
 * (and changes bytes that are not UTF-8), and a message the consumer gave up on is often just
 * that. Listed in MESSAGING_MIGRATIONS.
 */
export class DeadLetterBytes1732400000030 implements MigrationInterface {
  name = 'DeadLetterBytes1732400000030';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE messaging_dead_letter
         ALTER COLUMN envelope TYPE bytea USING convert_to(envelope, 'UTF8')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // fails on a letter with a NUL or bytes that are not UTF-8: delete those first
    await db.query(
      `ALTER TABLE messaging_dead_letter
         ALTER COLUMN envelope TYPE text USING convert_from(envelope, 'UTF8')`,
    );
  }
}
