import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether an export declaration was filed for works going into a free-trade zone's bonded
 * storage (CN-FTZ-BONDED): its import duty and VAT were deferred, not charged. On release,
 * customs reads it to know whether the import declaration charges them or they were paid
 * already. Declarations filed before this are not bonded (false).
 */
export class FtzBondedExport1732400000330 implements MigrationInterface {
  name = 'FtzBondedExport1732400000330';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE declaration ADD COLUMN ftz_bonded boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE declaration ALTER COLUMN ftz_bonded DROP DEFAULT`);
    // only an export is declared for bonded storage; an import is the works leaving it
    await db.query(`
      ALTER TABLE declaration
        ADD CONSTRAINT declaration_ftz_bonded_export CHECK (NOT ftz_bonded OR kind = 'EXPORT')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE declaration DROP CONSTRAINT declaration_ftz_bonded_export`);
    await db.query(`ALTER TABLE declaration DROP COLUMN ftz_bonded`);
  }
}
