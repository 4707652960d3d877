import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger's balance check at commit, once per INSERT statement instead of once per line.
 *
 * Before, a deferred constraint trigger ran one query per posting_line row at COMMIT: 200,000
 * queries for a 100,000-entry statement import (over a second), and a plan that depends on the
 * table's statistics (on a table analysed while nearly empty, one sequential scan per line).
 *
 * Now an AFTER INSERT statement trigger notes the postings a statement gave lines to (one row in
 * posting_balance_pending), and a deferred constraint trigger on that row checks all of them at
 * COMMIT with one query by index, then removes the row. What is checked is unchanged: every
 * posting that received lines in the transaction balances per currency, counting all its lines
 * as they are at commit, and an unbalanced one makes COMMIT fail with the same message.
 */
export class PostingBalancePerStatement1732400000310 implements MigrationInterface {
  name = 'PostingBalancePerStatement1732400000310';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER posting_line_balanced ON posting_line`);
    await db.query(`DROP FUNCTION posting_balanced()`);

    await db.query(`
      CREATE TABLE posting_balance_pending (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        posting_ids  uuid[] NOT NULL
      )`);
    await db.query(`
      CREATE FUNCTION posting_lines_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO posting_balance_pending (posting_ids)
        SELECT array_agg(DISTINCT posting_id) FROM inserted_lines HAVING count(*) > 0;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER posting_line_inserted AFTER INSERT ON posting_line
      REFERENCING NEW TABLE AS inserted_lines
      FOR EACH STATEMENT EXECUTE FUNCTION posting_lines_inserted()`);
    // by index whatever the statistics say: a few thousand postings among millions of lines
    await db.query(`
      CREATE FUNCTION posting_balance_check() RETURNS trigger LANGUAGE plpgsql
      SET enable_seqscan = off AS $$
      DECLARE unbalanced record;
      BEGIN
        SELECT l.posting_id, l.amount_currency INTO unbalanced
          FROM posting_line l
         WHERE l.posting_id = ANY (NEW.posting_ids)
         GROUP BY l.posting_id, l.amount_currency
        HAVING sum(CASE l.side WHEN 'DEBIT' THEN l.amount_minor ELSE -l.amount_minor END) <> 0
         LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'posting % does not balance in %',
            unbalanced.posting_id, unbalanced.amount_currency;
        END IF;
        DELETE FROM posting_balance_pending WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER posting_balance_pending_check AFTER INSERT ON posting_balance_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION posting_balance_check()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER posting_line_inserted ON posting_line`);
    await db.query(`DROP FUNCTION posting_lines_inserted()`);
    await db.query(`DROP TABLE posting_balance_pending`);
    await db.query(`DROP FUNCTION posting_balance_check()`);
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
  }
}
