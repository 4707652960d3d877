import { MigrationInterface, QueryRunner } from 'typeorm';

/** Customs' own copy of the ECB reference rates payments publishes, one row per day and currency. */
export class FxRates1732400000300 implements MigrationInterface {
  name = 'FxRates1732400000300';

  async up(db: QueryRunner): Promise<void> {
    // rate stays the decimal text ECB published: the engine computes with it exactly
    await db.query(`
      CREATE TABLE fx_rate (
        date         date NOT NULL,
        currency     char(3) NOT NULL,
        rate         text NOT NULL CHECK (rate ~ '^[0-9]+(\\.[0-9]+)?$'),
        message_id   uuid NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (date, currency)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE fx_rate`);
  }
}
