import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fine-art shipping: condition reports and claims, custody hand-overs, the temporary-admission
 * clock of exhibition loans and their return legs.
 */
export class FineArtShipping1732400000400 implements MigrationInterface {
  name = 'FineArtShipping1732400000400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE shipment
        ADD COLUMN delivered_at        timestamptz,
        ADD COLUMN custodian           text,
        ADD COLUMN declared_items      jsonb,
        ADD COLUMN return_of_id        uuid REFERENCES shipment (id),
        ADD COLUMN return_shipment_id  uuid REFERENCES shipment (id)`);
    await db.query(
      `CREATE INDEX shipment_return_of ON shipment (return_of_id) WHERE return_of_id IS NOT NULL`,
    );

    await db.query(`
      ALTER TABLE shipment_deadline
        DROP CONSTRAINT shipment_deadline_kind_check,
        ADD CONSTRAINT shipment_deadline_kind_check CHECK (kind IN (
          'PAYMENT_DUE', 'INSPECTION_PERIOD', 'REVIEW_SLA', 'ADMISSION_REMINDER', 'ADMISSION_EXPIRY'))`);

    await db.query(`
      CREATE TABLE condition_report (
        id            uuid PRIMARY KEY,
        shipment_id   uuid NOT NULL REFERENCES shipment (id),
        stage         text NOT NULL CHECK (stage IN ('ORIGIN', 'DESTINATION')),
        inspector     text NOT NULL,
        inspected_at  timestamptz NOT NULL,
        notes         text,
        photo_refs    text[] NOT NULL,
        damages       jsonb NOT NULL,
        recorded_by   text NOT NULL,
        recorded_at   timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX condition_report_shipment ON condition_report (shipment_id, recorded_at, id)`,
    );

    await db.query(`
      CREATE TABLE shipment_claim (
        id           uuid PRIMARY KEY,
        shipment_id  uuid NOT NULL UNIQUE REFERENCES shipment (id),
        status       text NOT NULL CHECK (status IN ('OPEN', 'SETTLED_FOR_EXPORTER', 'SETTLED_FOR_BUYER')),
        opened_at    timestamptz NOT NULL,
        opened_by    text NOT NULL,
        reason       text NOT NULL,
        damages      jsonb NOT NULL,
        report_ids   uuid[] NOT NULL,
        escrow_held  boolean NOT NULL
      )`);

    await db.query(`
      CREATE TABLE admission_clock (
        shipment_id         uuid PRIMARY KEY REFERENCES shipment (id),
        started_at          timestamptz NOT NULL,
        deadline_at         timestamptz NOT NULL,
        extensions          jsonb NOT NULL DEFAULT '[]',
        notices_sent        text[] NOT NULL DEFAULT '{}',
        state               text NOT NULL CHECK (state IN ('RUNNING', 'OVERDUE', 'DISCHARGED')),
        overdue_at          timestamptz,
        discharged_at       timestamptz,
        return_shipment_id  uuid REFERENCES shipment (id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE admission_clock`);
    await db.query(`DROP TABLE shipment_claim`);
    await db.query(`DROP TABLE condition_report`);
    await db.query(
      `DELETE FROM shipment_deadline WHERE kind IN ('ADMISSION_REMINDER', 'ADMISSION_EXPIRY')`,
    );
    await db.query(`
      ALTER TABLE shipment_deadline
        DROP CONSTRAINT shipment_deadline_kind_check,
        ADD CONSTRAINT shipment_deadline_kind_check CHECK (kind IN (
          'PAYMENT_DUE', 'INSPECTION_PERIOD', 'REVIEW_SLA'))`);
    await db.query(`DROP INDEX shipment_return_of`);
    await db.query(`
      ALTER TABLE shipment
        DROP COLUMN return_shipment_id,
        DROP COLUMN return_of_id,
        DROP COLUMN declared_items,
        DROP COLUMN custodian,
        DROP COLUMN delivered_at`);
  }
}
