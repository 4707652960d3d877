import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The duty and VAT an officer assessed when approving a declaration whose duties the engine
 * could not complete (TARIFF-NOT-IN-TABLE, FX-RATE): the clearance event carries them for
 * invoicing, in place of the engine's partial totals. Both or neither, never negative, and only
 * on a declaration with duties (their currency is the declaration's).
 */
export class OfficerAssessedDuties1732400000340 implements MigrationInterface {
  name = 'OfficerAssessedDuties1732400000340';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE declaration
        ADD COLUMN assessed_duty_minor bigint,
        ADD COLUMN assessed_vat_minor bigint,
        ADD CONSTRAINT declaration_assessed_duties CHECK (
          num_nulls(assessed_duty_minor, assessed_vat_minor) = 2
          OR (assessed_duty_minor >= 0 AND assessed_vat_minor >= 0
              AND duties_currency IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE declaration
        DROP CONSTRAINT declaration_assessed_duties,
        DROP COLUMN assessed_duty_minor,
        DROP COLUMN assessed_vat_minor`);
  }
}
