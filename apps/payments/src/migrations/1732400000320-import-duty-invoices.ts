import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import-duty invoices beside the shipment invoices. A SHIPMENT invoice is the saga's (one per
 * shipment, escrow for the goods); an IMPORT_DUTY invoice bills the import duty and VAT of one
 * import declaration (works released from a free-trade zone's bonded storage) to the importer,
 * without escrow. A shipment may so have one of each: the unique key on the shipment now holds
 * for SHIPMENT invoices only, and an import declaration is invoiced at most once.
 */
export class ImportDutyInvoices1732400000320 implements MigrationInterface {
  name = 'ImportDutyInvoices1732400000320';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE invoice
        ADD COLUMN kind text NOT NULL DEFAULT 'SHIPMENT' CHECK (kind IN ('SHIPMENT', 'IMPORT_DUTY')),
        ADD COLUMN declaration_id uuid UNIQUE`);
    // every row written from now on says which kind it is
    await db.query(`ALTER TABLE invoice ALTER COLUMN kind DROP DEFAULT`);
    await db.query(`
      ALTER TABLE invoice
        ADD CONSTRAINT invoice_import_duty_declaration CHECK (
          (kind = 'IMPORT_DUTY') = (declaration_id IS NOT NULL)
          AND (kind = 'SHIPMENT' OR (goods_minor = 0 AND escrow_status = 'NONE')))`);
    await db.query(`ALTER TABLE invoice DROP CONSTRAINT invoice_shipment_id_key`);
    await db.query(
      `CREATE UNIQUE INDEX invoice_one_per_shipment ON invoice (shipment_id) WHERE kind = 'SHIPMENT'`,
    );
    await db.query(`CREATE INDEX invoice_shipment ON invoice (shipment_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    // the ledger is append-only: invoices it has booked cannot be rolled back
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM invoice WHERE kind = 'IMPORT_DUTY'`,
    )) as { count: number }[];
    if (count > 0) throw new Error(`${count} import-duty invoices are on the ledger: they stay`);
    await db.query(`DROP INDEX invoice_shipment`);
    await db.query(`DROP INDEX invoice_one_per_shipment`);
    await db.query(
      `ALTER TABLE invoice ADD CONSTRAINT invoice_shipment_id_key UNIQUE (shipment_id)`,
    );
    await db.query(`ALTER TABLE invoice DROP CONSTRAINT invoice_import_duty_declaration`);
    await db.query(`ALTER TABLE invoice DROP COLUMN declaration_id, DROP COLUMN kind`);
  }
}
