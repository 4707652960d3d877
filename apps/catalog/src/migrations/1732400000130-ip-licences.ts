import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creative cultural products: IP licences from institutions, and the products (SKUs) made under
 * them, each a catalog artwork entry of category REPRODUCTION linked to its licence.
 */
export class IpLicences1732400000130 implements MigrationInterface {
  name = 'IpLicences1732400000130';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ip_licence (
        id                      uuid PRIMARY KEY,
        licensee_id             text NOT NULL,
        licensor                text NOT NULL,
        source_title            text NOT NULL,
        source_artist           text,
        source_institution_ref  text NOT NULL,
        valid_from              date NOT NULL,
        valid_to                date NOT NULL,
        territories             text[] NOT NULL CHECK (cardinality(territories) >= 1),
        royalty_rate            numeric(7, 4) NOT NULL CHECK (royalty_rate >= 0 AND royalty_rate <= 100),
        registered_at           timestamptz NOT NULL,
        CONSTRAINT ip_licence_period CHECK (valid_to >= valid_from)
      )`);
    await db.query(
      `CREATE INDEX ip_licence_licensee ON ip_licence (licensee_id, registered_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX ip_licence_registered ON ip_licence (registered_at DESC, id DESC)`,
    );
    await db.query(`
      CREATE TABLE ip_product (
        artwork_id     uuid PRIMARY KEY REFERENCES artwork (id),
        licence_id     uuid NOT NULL REFERENCES ip_licence (id),
        exporter_id    text NOT NULL,
        sku            text NOT NULL,
        product_type   text NOT NULL,
        registered_at  timestamptz NOT NULL,
        CONSTRAINT ip_product_sku UNIQUE (exporter_id, sku)
      )`);
    await db.query(`CREATE INDEX ip_product_licence ON ip_product (licence_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ip_product`);
    await db.query(`DROP TABLE ip_licence`);
  }
}
