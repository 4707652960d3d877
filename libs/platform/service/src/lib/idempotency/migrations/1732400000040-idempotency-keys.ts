import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Idempotency-Key of every POST and PATCH that sent one, per caller, with the answer it got,
 * kept 24 hours (idempotency-keys.ts). Every service keeps its own beside the messaging tables;
 * listed in IDEMPOTENCY_MIGRATIONS.
 */
export class IdempotencyKeys1732400000040 implements MigrationInterface {
  name = 'IdempotencyKeys1732400000040';

  async up(db: QueryRunner): Promise<void> {
    // status NULL: claimed, its request still running. claim: whose claim it is, so that a
    // request whose key was taken over (it ran past the abandonment timeout) stores nothing.
    await db.query(`
      CREATE TABLE idempotency_key (
        principal     text NOT NULL,
        key           text NOT NULL,
        method        text NOT NULL,
        path          text NOT NULL,
        fingerprint   text NOT NULL,
        claim         uuid NOT NULL,
        claimed_at    timestamptz NOT NULL DEFAULT now(),
        status        integer,
        headers       jsonb,
        body          bytea,
        created_at    timestamptz NOT NULL DEFAULT now(),
        completed_at  timestamptz,
        PRIMARY KEY (principal, key)
      )`);
    // the periodic clean-up deletes the expired ones
    await db.query(`CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_key`);
  }
}
