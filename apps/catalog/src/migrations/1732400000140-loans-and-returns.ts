import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exhibition loans: the works of a TEMPORARY_EXHIBITION are ON_LOAN (not EXPORTED) once the
 * saga marks them gone, and AVAILABLE again when the loan's return leg completes; catalog keeps
 * what each reservation said the shipment was for and where it went.
 */
export class LoansAndReturns1732400000140 implements MigrationInterface {
  name = 'LoansAndReturns1732400000140';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE artwork
        DROP CONSTRAINT artwork_status,
        ADD CONSTRAINT artwork_status
          CHECK (status IN ('AVAILABLE', 'RESERVED', 'IN_TRANSIT', 'EXPORTED', 'ON_LOAN'))`);
    await db.query(`
      CREATE TABLE shipment_hold (
        shipment_id          uuid PRIMARY KEY,
        purpose              text CHECK (purpose IN ('SALE', 'TEMPORARY_EXHIBITION', 'RETURN')),
        destination_country  char(2),
        reserved_at          timestamptz,
        returned_at          timestamptz,
        return_shipment_id   uuid,
        CONSTRAINT shipment_hold_returned CHECK ((returned_at IS NULL) = (return_shipment_id IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE shipment_hold`);
    await db.query(`UPDATE artwork SET status = 'EXPORTED' WHERE status = 'ON_LOAN'`);
    await db.query(`
      ALTER TABLE artwork
        DROP CONSTRAINT artwork_status,
        ADD CONSTRAINT artwork_status
          CHECK (status IN ('AVAILABLE', 'RESERVED', 'IN_TRANSIT', 'EXPORTED'))`);
  }
}
