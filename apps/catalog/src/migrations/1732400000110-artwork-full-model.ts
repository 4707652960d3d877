import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full artwork model of API.md, the saga's hold on an artwork, and full-text search.
 */
export class ArtworkFullModel1732400000110 implements MigrationInterface {
  name = 'ArtworkFullModel1732400000110';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE artwork
        ADD COLUMN artist_ethnic_minority boolean,
        ADD COLUMN creation_year_end      int CHECK (creation_year_end >= creation_year),
        ADD COLUMN portrait               boolean,
        ADD COLUMN materials              jsonb CHECK (jsonb_typeof(materials) = 'array'),
        ADD COLUMN height_cm              numeric CHECK (height_cm > 0),
        ADD COLUMN width_cm               numeric CHECK (width_cm > 0),
        ADD COLUMN depth_cm               numeric CHECK (depth_cm > 0),
        ADD COLUMN provenance             jsonb CHECK (jsonb_typeof(provenance) = 'array'),
        ADD COLUMN reserved_by_shipment   uuid,
        ADD COLUMN status_changed_at      timestamptz`);
    await db.query(`UPDATE artwork SET status_changed_at = registered_at`);
    await db.query(`ALTER TABLE artwork ALTER COLUMN status_changed_at SET NOT NULL`);
    await db.query(`
      ALTER TABLE artwork
        ADD CONSTRAINT artwork_dimensions
          CHECK ((height_cm IS NULL) = (width_cm IS NULL) AND (depth_cm IS NULL OR height_cm IS NOT NULL)),
        ADD CONSTRAINT artwork_status
          CHECK (status IN ('AVAILABLE', 'RESERVED', 'IN_TRANSIT', 'EXPORTED')),
        ADD CONSTRAINT artwork_held_by_a_shipment
          CHECK ((status = 'AVAILABLE') = (reserved_by_shipment IS NULL))`);
    // 'simple': no stemming and no stop words, so names in any language are found as written.
    // Weights rank a title match above an artist match above a medium match.
    await db.query(`
      ALTER TABLE artwork ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') ||
        setweight(to_tsvector('simple', artist_name), 'B') ||
        setweight(to_tsvector('simple', coalesce(medium, '')), 'C')
      ) STORED`);
    await db.query(`CREATE INDEX artwork_search ON artwork USING gin (search_vector)`);
    await db.query(`CREATE INDEX artwork_registered ON artwork (registered_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX artwork_registered`);
    await db.query(`DROP INDEX artwork_search`);
    await db.query(`
      ALTER TABLE artwork
        DROP CONSTRAINT artwork_held_by_a_shipment,
        DROP CONSTRAINT artwork_status,
        DROP CONSTRAINT artwork_dimensions,
        DROP COLUMN search_vector,
        DROP COLUMN status_changed_at,
        DROP COLUMN reserved_by_shipment,
        DROP COLUMN provenance,
        DROP COLUMN depth_cm,
        DROP COLUMN width_cm,
        DROP COLUMN height_cm,
        DROP COLUMN materials,
        DROP COLUMN portrait,
        DROP COLUMN creation_year_end,
        DROP COLUMN artist_ethnic_minority`);
  }
}
