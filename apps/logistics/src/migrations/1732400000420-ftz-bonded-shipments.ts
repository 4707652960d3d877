import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exporter may declare at submission that a shipment into China goes into the Shanghai
 * FTZ's bonded storage (CN-FTZ-BONDED): customs then defers the import duty and VAT instead of
 * charging them on the export declaration. Shipments submitted before this are not (false).
 */
export class FtzBondedShipments1732400000420 implements MigrationInterface {
  name = 'FtzBondedShipments1732400000420';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE shipment ADD COLUMN ftz_bonded boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE shipment ALTER COLUMN ftz_bonded DROP DEFAULT`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE shipment DROP COLUMN ftz_bonded`);
  }
}
