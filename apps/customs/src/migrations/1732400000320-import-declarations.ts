import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import declarations beside the export ones: a shipment has at most one of each kind. Customs
 * files the import declaration itself when the works leave a free-trade zone's bonded storage
 * for the domestic market; it names the zone, the warehouse, when they left, and the export
 * declaration whose items it declares again.
 */
export class ImportDeclarations1732400000320 implements MigrationInterface {
  name = 'ImportDeclarations1732400000320';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE declaration
        ADD COLUMN kind text NOT NULL DEFAULT 'EXPORT' CHECK (kind IN ('EXPORT', 'IMPORT')),
        ADD COLUMN export_declaration_id uuid REFERENCES declaration (id),
        ADD COLUMN bonded_zone text,
        ADD COLUMN bonded_warehouse text,
        ADD COLUMN bonded_released_at timestamptz`);
    // every row written from now on says which kind it is
    await db.query(`ALTER TABLE declaration ALTER COLUMN kind DROP DEFAULT`);
    await db.query(`
      ALTER TABLE declaration
        ADD CONSTRAINT declaration_import_from_bond CHECK (
          (kind = 'IMPORT') = (export_declaration_id IS NOT NULL)
          AND num_nulls(bonded_zone, bonded_warehouse, bonded_released_at)
            = CASE kind WHEN 'IMPORT' THEN 0 ELSE 3 END)`);
    await db.query(`ALTER TABLE declaration DROP CONSTRAINT declaration_shipment_id_key`);
    await db.query(`
      ALTER TABLE declaration
        ADD CONSTRAINT declaration_one_per_shipment_and_kind UNIQUE (shipment_id, kind)`);
  }

  async down(db: QueryRunner): Promise<void> {
    // the audit trail is append-only: import declarations, once filed, cannot be rolled back
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM declaration WHERE kind = 'IMPORT'`,
    )) as { count: number }[];
    if (count > 0)
      throw new Error(`${count} import declarations are on record: their audit trail stays`);
    await db.query(`ALTER TABLE declaration DROP CONSTRAINT declaration_one_per_shipment_and_kind`);
    await db.query(
      `ALTER TABLE declaration ADD CONSTRAINT declaration_shipment_id_key UNIQUE (shipment_id)`,
    );
    await db.query(`ALTER TABLE declaration DROP CONSTRAINT declaration_import_from_bond`);
    await db.query(`
      ALTER TABLE declaration
        DROP COLUMN bonded_released_at,
        DROP COLUMN bonded_warehouse,
        DROP COLUMN bonded_zone,
        DROP COLUMN export_declaration_id,
        DROP COLUMN kind`);
  }
}
