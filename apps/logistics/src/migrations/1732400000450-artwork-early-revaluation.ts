import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revaluation heard before its artwork's registration (the registration dead-lettered, then
 * redriven) is kept here, the latest by its time, until the registration comes and takes it:
 * without it the copy would end at the registered, older value.
 */
export class ArtworkEarlyRevaluation1732400000450 implements MigrationInterface {
  name = 'ArtworkEarlyRevaluation1732400000450';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE artwork_early_revaluation (
        artwork_id      uuid PRIMARY KEY,
        value_minor     bigint NOT NULL,
        value_currency  char(3) NOT NULL,
        revalued_at     timestamptz NOT NULL,
        message_id      uuid NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE artwork_early_revaluation`);
  }
}
