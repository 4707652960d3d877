import { MigrationInterface, QueryRunner } from 'typeorm';

export class Shipments1732400000300 implements MigrationInterface {
  name = 'Shipments1732400000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shipment (
        id                      uuid PRIMARY KEY,
        exporter_id             text NOT NULL,
        status                  text NOT NULL,
        artwork_ids             uuid[] NOT NULL CHECK (cardinality(artwork_ids) > 0),
        terms                   jsonb NOT NULL,
        price_minor             bigint CHECK (price_minor >= 0),
        price_currency          char(3),
        insured_value_minor     bigint CHECK (insured_value_minor >= 0),
        insured_value_currency  char(3),
        insurance_clauses       text CHECK (insurance_clauses IN ('A', 'B', 'C')),
        packages                jsonb NOT NULL DEFAULT '[]',
        declaration_id          uuid,
        invoice_id              uuid,
        invoice_requested       boolean NOT NULL DEFAULT false,
        pending_compensations   text[] NOT NULL DEFAULT '{}',
        cancellation_reason     text,
        submitted_at            timestamptz NOT NULL,
        dispatched_at           timestamptz,
        updated_at              timestamptz NOT NULL,
        CHECK ((price_minor IS NULL) = (price_currency IS NULL)),
        CHECK ((insured_value_minor IS NULL) = (insured_value_currency IS NULL)),
        CHECK ((insured_value_minor IS NULL) = (insurance_clauses IS NULL))
      )`);
    await db.query(`CREATE INDEX shipment_exporter ON shipment (exporter_id, submitted_at DESC)`);
    await db.query(`CREATE INDEX shipment_status ON shipment (status, submitted_at DESC)`);

    await db.query(`
      CREATE TABLE shipment_deadline (
        shipment_id  uuid NOT NULL REFERENCES shipment (id),
        kind         text NOT NULL CHECK (kind IN ('PAYMENT_DUE', 'INSPECTION_PERIOD', 'REVIEW_SLA')),
        due_at       timestamptz NOT NULL,
        fired_at     timestamptz,
        closed_at    timestamptz,
        PRIMARY KEY (shipment_id, kind)
      )`);
    // The scheduler's question: what is due and still open?
    await db.query(`
      CREATE INDEX shipment_deadline_open ON shipment_deadline (due_at)
        WHERE fired_at IS NULL AND closed_at IS NULL AND kind <> 'REVIEW_SLA'`);

    await db.query(`
      CREATE TABLE shipment_timeline (
        seq          bigserial PRIMARY KEY,
        shipment_id  uuid NOT NULL REFERENCES shipment (id),
        at           timestamptz NOT NULL,
        type         text NOT NULL,
        source       text NOT NULL,
        detail       text NOT NULL,
        message_id   uuid
      )`);
    await db.query(
      `CREATE INDEX shipment_timeline_journey ON shipment_timeline (shipment_id, at, seq)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE shipment_timeline`);
    await db.query(`DROP TABLE shipment_deadline`);
    await db.query(`DROP TABLE shipment`);
  }
}
