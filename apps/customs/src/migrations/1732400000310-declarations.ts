import { MigrationInterface, QueryRunner } from 'typeorm';

/** Declarations, their items, the licences exporters attach, and the append-only audit trail. */
export class Declarations1732400000310 implements MigrationInterface {
  name = 'Declarations1732400000310';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE declaration (
        id                   uuid PRIMARY KEY,
        shipment_id          uuid NOT NULL UNIQUE,
        exporter_id          text NOT NULL,
        correlation_id       text NOT NULL,
        status               text NOT NULL
          CHECK (status IN ('CLEARED', 'REJECTED', 'PENDING_REVIEW', 'INFO_REQUESTED')),
        outcome              text NOT NULL CHECK (outcome IN ('CLEAR', 'REVIEW', 'PROHIBITED')),
        declaration_date     date NOT NULL,
        rule_book_version    text NOT NULL,
        consignee_name       text NOT NULL,
        consignee_country    char(2) NOT NULL,
        consignee_address    text NOT NULL,
        export_country       char(2) NOT NULL,
        export_place         text NOT NULL,
        import_country       char(2) NOT NULL,
        import_place         text NOT NULL,
        purpose              text NOT NULL,
        transport_mode       text NOT NULL,
        incoterm_rule        text NOT NULL,
        incoterm_place       text NOT NULL,
        price_minor          bigint CHECK (price_minor >= 0),
        price_currency       char(3),
        duties_currency      char(3),
        customs_value_minor  bigint,
        duty_minor           bigint,
        vat_minor            bigint,
        duties_total_minor   bigint,
        duties_complete      boolean,
        duty_lines           jsonb,
        filed_at             timestamptz NOT NULL,
        review_due_at        timestamptz,
        overdue_at           timestamptz,
        decided_by           text,
        decided_at           timestamptz,
        decision_reason      text,
        CHECK ((price_minor IS NULL) = (price_currency IS NULL)),
        CHECK (num_nulls(duties_currency, customs_value_minor, duty_minor, vat_minor,
                         duties_total_minor, duties_complete, duty_lines) IN (0, 7))
      )`);
    await db.query(`CREATE INDEX declaration_queue ON declaration (status, review_due_at)`);
    // what the overdue poller scans, kept small: open reviews not yet flagged
    await db.query(`
      CREATE INDEX declaration_review_due ON declaration (review_due_at)
        WHERE status = 'PENDING_REVIEW' AND overdue_at IS NULL`);
    await db.query(`CREATE INDEX declaration_exporter ON declaration (exporter_id, filed_at DESC)`);

    await db.query(`
      CREATE TABLE declaration_item (
        declaration_id     uuid NOT NULL REFERENCES declaration (id),
        position           int NOT NULL CHECK (position >= 0),
        artwork_id         uuid NOT NULL,
        title              text NOT NULL,
        artist_name        text NOT NULL,
        creation_year      int NOT NULL,
        category           text NOT NULL,
        origin_country     char(2) NOT NULL,
        value_minor        bigint NOT NULL CHECK (value_minor >= 0),
        value_currency     char(3) NOT NULL,
        attributes         jsonb NOT NULL,
        hs_code            text,
        outcome            text NOT NULL CHECK (outcome IN ('CLEAR', 'REVIEW', 'PROHIBITED')),
        findings           jsonb NOT NULL,
        licences_required  text[] NOT NULL,
        PRIMARY KEY (declaration_id, position)
      )`);

    await db.query(`
      CREATE TABLE declaration_licence (
        id              uuid PRIMARY KEY,
        declaration_id  uuid NOT NULL REFERENCES declaration (id),
        artwork_id      uuid,
        type            text NOT NULL,
        number          text NOT NULL,
        issuer          text NOT NULL,
        valid_until     date NOT NULL,
        attached_by     text NOT NULL,
        attached_at     timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE UNIQUE INDEX declaration_licence_once
        ON declaration_licence (declaration_id, type, number, artwork_id) NULLS NOT DISTINCT`);

    await db.query(`
      CREATE TABLE declaration_audit (
        seq             bigserial PRIMARY KEY,
        declaration_id  uuid NOT NULL REFERENCES declaration (id),
        at              timestamptz NOT NULL,
        actor           text NOT NULL,
        action          text NOT NULL,
        from_status     text,
        to_status       text,
        reason          text,
        details         jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX declaration_audit_of ON declaration_audit (declaration_id, seq)`);
    // the trail is evidence: the database itself refuses to change or remove an entry
    await db.query(`
      CREATE FUNCTION declaration_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'declaration_audit is append-only: % refused', TG_OP;
      END $$`);
    await db.query(`
      CREATE TRIGGER declaration_audit_no_update BEFORE UPDATE OR DELETE ON declaration_audit
        FOR EACH ROW EXECUTE FUNCTION declaration_audit_append_only()`);
    await db.query(`
      CREATE TRIGGER declaration_audit_no_truncate BEFORE TRUNCATE ON declaration_audit
        FOR EACH STATEMENT EXECUTE FUNCTION declaration_audit_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE declaration_audit`);
    await db.query(`DROP FUNCTION declaration_audit_append_only()`);
    await db.query(`DROP TABLE declaration_licence`);
    await db.query(`DROP TABLE declaration_item`);
    await db.query(`DROP TABLE declaration`);
  }
}
