import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A shipment whose buyer's payment the bank reversed after the works left (EscrowUnfunded while
 * IN_TRANSIT, DELIVERED, ACCEPTED or DISPUTED): when, until escrow is funded again. Finance lists
 * these (`GET /shipments?paymentReversed=true`), so they have a partial index in the list's order.
 */
export class ShipmentPaymentReversed1732400000460 implements MigrationInterface {
  name = 'ShipmentPaymentReversed1732400000460';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE shipment ADD COLUMN payment_reversed_at timestamptz`);
    await db.query(`
      CREATE INDEX shipment_payment_reversed ON shipment (submitted_at DESC, id DESC)
      WHERE payment_reversed_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX shipment_payment_reversed`);
    await db.query(`ALTER TABLE shipment DROP COLUMN payment_reversed_at`);
  }
}
