import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalog may change an artwork's value (ArtworkRevalued): the copy keeps when its value was
 * last set, so that an older revaluation heard late (a redriven dead letter) does not undo a
 * newer one. NULL: the value registered.
 */
export class ArtworkProjectionValueChanged1732400000440 implements MigrationInterface {
  name = 'ArtworkProjectionValueChanged1732400000440';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE artwork_projection ADD COLUMN value_changed_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE artwork_projection DROP COLUMN value_changed_at`);
  }
}
