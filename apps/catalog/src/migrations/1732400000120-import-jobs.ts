import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk imports: the job and its progress, and the source identifier that makes a re-import
 * create nothing new (unique per exporter; artworks registered one by one have none).
 */
export class ImportJobs1732400000120 implements MigrationInterface {
  name = 'ImportJobs1732400000120';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE artwork ADD COLUMN source_id text`);
    await db.query(
      `CREATE UNIQUE INDEX artwork_source ON artwork (exporter_id, source_id) WHERE source_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE import_job (
        id              uuid PRIMARY KEY,
        exporter_id     text NOT NULL,
        status          text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
        total           int NOT NULL CHECK (total >= 0),
        imported        int NOT NULL DEFAULT 0 CHECK (imported >= 0),
        unchanged       int NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
        rejected        int NOT NULL DEFAULT 0 CHECK (rejected >= 0),
        errors          jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(errors) = 'array'),
        errors_omitted  int NOT NULL DEFAULT 0,
        failure         text,
        created_at      timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL,
        finished_at     timestamptz
      )`);
    await db.query(`CREATE INDEX import_job_exporter ON import_job (exporter_id, created_at DESC)`);
    await db.query(
      `CREATE INDEX import_job_running ON import_job (status) WHERE status = 'RUNNING'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE import_job`);
    await db.query(`DROP INDEX artwork_source`);
    await db.query(`ALTER TABLE artwork DROP COLUMN source_id`);
  }
}
