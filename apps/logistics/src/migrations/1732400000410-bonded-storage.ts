import { MigrationInterface, QueryRunner } from 'typeorm';

/** Bonded storage in a free-trade zone: entry, storage location, release or re-export. */
export class BondedStorage1732400000410 implements MigrationInterface {
  name = 'BondedStorage1732400000410';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bonded_storage (
        shipment_id        uuid PRIMARY KEY REFERENCES shipment (id),
        zone               text NOT NULL,
        country            char(2) NOT NULL,
        warehouse          text NOT NULL,
        location           text NOT NULL,
        state              text NOT NULL CHECK (state IN ('IN_BOND', 'RELEASED', 'RE_EXPORTED')),
        entered_at         timestamptz NOT NULL,
        entered_by         text NOT NULL,
        left_at            timestamptz,
        left_by            text,
        re_export_country  char(2),
        re_export_place    text,
        CHECK ((state = 'IN_BOND') = (left_at IS NULL)),
        CHECK ((state = 'RE_EXPORTED') = (re_export_country IS NOT NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bonded_storage`);
  }
}
