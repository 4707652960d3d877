import { MigrationInterface, QueryRunner } from 'typeorm';

export class Artworks1732400000100 implements MigrationInterface {
  name = 'Artworks1732400000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE artwork (
        id                 uuid PRIMARY KEY,
        exporter_id        text NOT NULL,
        title              text NOT NULL,
        artist_name        text NOT NULL,
        artist_birth_year  int,
        artist_death_year  int,
        creation_year      int NOT NULL,
        category           text NOT NULL,
        technique          text,
        medium             text,
        hand_executed      boolean NOT NULL,
        value_minor        bigint NOT NULL CHECK (value_minor >= 0),
        value_currency     char(3) NOT NULL,
        owned_by_creator   boolean NOT NULL,
        origin_country     char(2) NOT NULL,
        status             text NOT NULL,
        registered_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX artwork_exporter ON artwork (exporter_id, registered_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE artwork`);
  }
}
