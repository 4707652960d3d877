import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The timer changes of a whole chunk of saga steps (start, set again, fire, close), applied in the order
 * the steps made them in one round trip: a journey makes some seven, and a round trip to
 * PostgreSQL costs more CPU than the statement. In order, because a step may start a timer that
 * a later step of the same chunk closes.
 */
export class DeadlineOps1732400000430 implements MigrationInterface {
  name = 'DeadlineOps1732400000430';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION shipment_deadlines_apply(ops jsonb) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        op jsonb;
      BEGIN
        FOR op IN SELECT value FROM jsonb_array_elements(ops) LOOP
          CASE op->>'op'
            WHEN 'start' THEN
              INSERT INTO shipment_deadline (shipment_id, kind, due_at)
              VALUES ((op->>'shipmentId')::uuid, op->>'kind', (op->>'at')::timestamptz)
              ON CONFLICT (shipment_id, kind) DO NOTHING;
            WHEN 'set' THEN
              INSERT INTO shipment_deadline (shipment_id, kind, due_at)
              VALUES ((op->>'shipmentId')::uuid, op->>'kind', (op->>'at')::timestamptz)
              ON CONFLICT (shipment_id, kind)
              DO UPDATE SET due_at = EXCLUDED.due_at, fired_at = NULL, closed_at = NULL;
            WHEN 'fire' THEN
              UPDATE shipment_deadline SET fired_at = (op->>'at')::timestamptz
              WHERE shipment_id = (op->>'shipmentId')::uuid AND kind = op->>'kind';
            WHEN 'close' THEN
              UPDATE shipment_deadline SET closed_at = now()
              WHERE shipment_id = (op->>'shipmentId')::uuid
                AND fired_at IS NULL AND closed_at IS NULL
                AND (jsonb_typeof(op->'kinds') IS DISTINCT FROM 'array'
                     OR kind IN (SELECT jsonb_array_elements_text(op->'kinds')));
          END CASE;
        END LOOP;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION shipment_deadlines_apply(jsonb)`);
  }
}
