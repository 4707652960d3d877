import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices, the ledger, bank statements, reconciliation and FX rates. Money is minor units
 * (bigint) plus an ISO 4217 code; the ledger is append-only and every posting balances per
 * currency, both enforced here as well as in code.
 */
export class Payments1732400000300 implements MigrationInterface {
  name = 'Payments1732400000300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE invoice_number_seq`);
    await db.query(`
      CREATE TABLE invoice (
        id               uuid PRIMARY KEY,
        shipment_id      uuid NOT NULL UNIQUE,
        number           bigint NOT NULL UNIQUE,
        reference        text NOT NULL UNIQUE,
        exporter_id      text NOT NULL,
        buyer_name       text NOT NULL,
        buyer_country    char(2) NOT NULL,
        buyer_address    text NOT NULL,
        total_minor      bigint NOT NULL CHECK (total_minor > 0),
        total_currency   char(3) NOT NULL,
        goods_minor      bigint NOT NULL CHECK (goods_minor >= 0),
        duties_minor     bigint NOT NULL CHECK (duties_minor >= 0),
        vat_minor        bigint NOT NULL CHECK (vat_minor >= 0),
        paid_minor       bigint NOT NULL CHECK (paid_minor >= 0 AND paid_minor <= total_minor),
        status           text NOT NULL
                         CHECK (status IN ('OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID', 'REFUNDED')),
        escrow           jsonb NOT NULL,
        escrow_status    text NOT NULL,
        due_at           timestamptz NOT NULL,
        due_date         date NOT NULL,
        correlation_id   text NOT NULL,
        issued_at        timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX invoice_open ON invoice (id) WHERE status IN ('OPEN', 'PARTIALLY_PAID')`,
    );
    await db.query(`CREATE INDEX invoice_exporter ON invoice (exporter_id, issued_at DESC)`);
    await db.query(`CREATE INDEX invoice_issued ON invoice (issued_at DESC)`);
    await db.query(`
      CREATE TABLE invoice_line (
        invoice_id       uuid NOT NULL REFERENCES invoice (id),
        position         int NOT NULL,
        kind             text NOT NULL,
        description      text NOT NULL,
        amount_minor     bigint NOT NULL CHECK (amount_minor >= 0),
        amount_currency  char(3) NOT NULL,
        PRIMARY KEY (invoice_id, position)
      )`);

    await db.query(`
      CREATE TABLE posting (
        id           uuid PRIMARY KEY,
        kind         text NOT NULL,
        invoice_id   uuid REFERENCES invoice (id),
        entry_id     text,
        reverses     uuid UNIQUE REFERENCES posting (id),
        memo         text NOT NULL,
        recorded_by  text NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX posting_invoice ON posting (invoice_id, kind)`);
    await db.query(`CREATE INDEX posting_entry ON posting (entry_id) WHERE entry_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE posting_line (
        posting_id       uuid NOT NULL REFERENCES posting (id),
        position         smallint NOT NULL,
        account          text NOT NULL,
        side             text NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
        amount_minor     bigint NOT NULL CHECK (amount_minor > 0),
        amount_currency  char(3) NOT NULL,
        PRIMARY KEY (posting_id, position)
      )`);
    await db.query(`CREATE INDEX posting_line_account ON posting_line (amount_currency, account)`);
    // Postings are never edited, only reversed (RULES.md section 8).
    await db.query(`
      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the ledger is append-only: % on % refused; book a reversal instead',
          TG_OP, TG_TABLE_NAME;
      END $$`);
    for (const table of ['posting', 'posting_line']) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`);
    }
    // Debits equal credits per posting and currency, checked at commit when all lines are in.
    await db.query(`
      CREATE FUNCTION posting_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE unbalanced char(3);
      BEGIN
        SELECT amount_currency INTO unbalanced FROM posting_line
         WHERE posting_id = NEW.posting_id
         GROUP BY amount_currency
        HAVING sum(CASE side WHEN 'DEBIT' THEN amount_minor ELSE -amount_minor END) <> 0
         LIMIT 1;
        IF unbalanced IS NOT NULL THEN
          RAISE EXCEPTION 'posting % does not balance in %', NEW.posting_id, unbalanced;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER posting_line_balanced AFTER INSERT ON posting_line
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION posting_balanced()`);

    await db.query(`
      CREATE TABLE statement_import (
        id           uuid PRIMARY KEY,
        format       text NOT NULL,
        version      text,
        message_id   text,
        file_sha256  text NOT NULL,
        entries      int NOT NULL,
        duplicates   int NOT NULL,
        statements   jsonb NOT NULL,
        imported_by  text NOT NULL,
        imported_at  timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE statement_entry (
        id                          uuid PRIMARY KEY,
        import_id                   uuid NOT NULL REFERENCES statement_import (id),
        idempotency_key             text NOT NULL UNIQUE,
        key_source                  text NOT NULL,
        bank_statement_id           text NOT NULL,
        account                     text NOT NULL,
        position                    int NOT NULL,
        amount_minor                bigint NOT NULL CHECK (amount_minor >= 0),
        amount_currency             char(3) NOT NULL,
        credit_debit                text NOT NULL CHECK (credit_debit IN ('CRDT', 'DBIT')),
        reversal                    boolean NOT NULL,
        status                      text NOT NULL,
        booking_date                date,
        value_date                  date,
        account_servicer_reference  text,
        entry_reference             text,
        bank_transaction_code       text,
        additional_info             text,
        transactions                jsonb NOT NULL
      )`);
    await db.query(`CREATE INDEX statement_entry_import ON statement_entry (import_id, position)`);
    await db.query(`
      CREATE TABLE reconciliation_item (
        id                   uuid PRIMARY KEY,
        entry_id             uuid NOT NULL REFERENCES statement_entry (id),
        payment_key          text NOT NULL UNIQUE,
        transaction_index    int,
        amount_minor         bigint NOT NULL CHECK (amount_minor >= 0),
        amount_currency      char(3) NOT NULL,
        credit_debit         text NOT NULL CHECK (credit_debit IN ('CRDT', 'DBIT')),
        reversal             boolean NOT NULL,
        booking_date         date,
        payment_references   text[] NOT NULL,
        remittance_text      text,
        payer_name           text,
        payer_iban           text,
        charge_bearer        text,
        status               text NOT NULL
                             CHECK (status IN ('MATCHED', 'PARTIALLY_PAID', 'SUGGESTED', 'EXCEPTION', 'DISMISSED')),
        rule                 text NOT NULL,
        invoice_id           uuid REFERENCES invoice (id),
        explanation          text NOT NULL,
        suspense_posting_id  uuid REFERENCES posting (id),
        decided_by           text NOT NULL,
        decided_at           timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX reconciliation_item_status ON reconciliation_item (status, decided_at, id)`,
    );
    await db.query(`
      CREATE TABLE reconciliation_decision (
        id               uuid PRIMARY KEY,
        item_id          uuid NOT NULL REFERENCES reconciliation_item (id),
        action           text NOT NULL
                         CHECK (action IN ('AUTOMATIC', 'MANUAL_MATCH', 'CONFIRMED', 'DISMISSED')),
        rule             text NOT NULL,
        status           text NOT NULL,
        invoice_id       uuid REFERENCES invoice (id),
        currency         char(3),
        applied_minor    bigint,
        fee_minor        bigint,
        excess_minor     bigint,
        remaining_minor  bigint,
        explanation      text NOT NULL,
        reason           text,
        decided_by       text NOT NULL,
        decided_at       timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX reconciliation_decision_item ON reconciliation_decision (item_id, decided_at)`,
    );

    await db.query(`
      CREATE TABLE fx_rate (
        rate_date    date NOT NULL,
        currency     char(3) NOT NULL,
        rate         text NOT NULL CHECK (rate ~ '^[0-9]+([.][0-9]+)?$'),
        source       text NOT NULL,
        imported_by  text NOT NULL,
        imported_at  timestamptz NOT NULL,
        PRIMARY KEY (rate_date, currency)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'fx_rate',
      'reconciliation_decision',
      'reconciliation_item',
      'statement_entry',
      'statement_import',
      'posting_line',
      'posting',
      'invoice_line',
      'invoice',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION posting_balanced()`);
    await db.query(`DROP FUNCTION ledger_append_only()`);
    await db.query(`DROP SEQUENCE invoice_number_seq`);
  }
}
