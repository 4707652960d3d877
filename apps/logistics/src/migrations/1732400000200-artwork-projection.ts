import { MigrationInterface, QueryRunner } from 'typeorm';

export class ArtworkProjection1732400000200 implements MigrationInterface {
  name = 'ArtworkProjection1732400000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE artwork_projection (
        artwork_id       uuid PRIMARY KEY,
        exporter_id      text NOT NULL,
        title            text NOT NULL,
        artist_name      text NOT NULL,
        creation_year    int NOT NULL,
        category         text NOT NULL,
        value_minor      bigint NOT NULL,
        value_currency   char(3) NOT NULL,
        origin_country   char(2) NOT NULL,
        registered_at    timestamptz NOT NULL,
        last_message_id  uuid NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE artwork_projection`);
  }
}
