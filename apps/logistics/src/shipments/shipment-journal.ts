import type { EntityManager } from 'typeorm';
import type { DeadlineKind } from './shipment-deadline.entity';
import { heldWrites, TimelineFact } from './shipment-writes';

export type { TimelineFact } from './shipment-writes';

/** A timeline entry: held with the transaction's other writes, or written now. */
export async function addToTimeline(
  manager: EntityManager,
  shipmentId: string,
  fact: TimelineFact,
): Promise<void> {
  const held = heldWrites(manager);
  if (held) {
    held.timeline.push([shipmentId, fact]);
    return;
  }
  await manager.query(
    `INSERT INTO shipment_timeline (shipment_id, at, type, source, detail, message_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [shipmentId, fact.at, fact.type, fact.source, fact.detail, fact.messageId ?? null],
  );
}

/** Starts a timer; one per kind and shipment, so a step done twice starts it once. */
export async function startDeadline(
  manager: EntityManager,
  shipmentId: string,
  kind: DeadlineKind,
  dueAt: Date,
): Promise<void> {
  const held = heldWrites(manager);
  if (held) {
    held.deadlines.push({ op: 'start', shipmentId, kind, at: dueAt });
    return;
  }
  await manager.query(
    `INSERT INTO shipment_deadline (shipment_id, kind, due_at) VALUES ($1, $2, $3)
     ON CONFLICT (shipment_id, kind) DO NOTHING`,
    [shipmentId, kind, dueAt],
  );
}

/** Sets a timer, running again from `dueAt` if it had fired or been closed. */
export async function setDeadline(
  manager: EntityManager,
  shipmentId: string,
  kind: DeadlineKind,
  dueAt: Date,
): Promise<void> {
  const held = heldWrites(manager);
  if (held) {
    held.deadlines.push({ op: 'set', shipmentId, kind, at: dueAt });
    return;
  }
  await manager.query(
    `INSERT INTO shipment_deadline (shipment_id, kind, due_at) VALUES ($1, $2, $3)
     ON CONFLICT (shipment_id, kind)
     DO UPDATE SET due_at = EXCLUDED.due_at, fired_at = NULL, closed_at = NULL`,
    [shipmentId, kind, dueAt],
  );
}

/** The timers that no longer matter (the awaited thing happened) stop, unfired. */
export async function closeDeadlines(
  manager: EntityManager,
  shipmentId: string,
  kinds?: readonly DeadlineKind[],
): Promise<void> {
  const held = heldWrites(manager);
  if (held) {
    held.deadlines.push({ op: 'close', shipmentId, kinds: kinds ?? null });
    return;
  }
  await manager.query(
    `UPDATE shipment_deadline SET closed_at = now()
     WHERE shipment_id = $1 AND fired_at IS NULL AND closed_at IS NULL
       AND ($2::text[] IS NULL OR kind = ANY($2))`,
    [shipmentId, kinds ?? null],
  );
}

export async function markDeadlineFired(
  manager: EntityManager,
  shipmentId: string,
  kind: DeadlineKind,
  at: Date,
): Promise<void> {
  const held = heldWrites(manager);
  if (held) {
    held.deadlines.push({ op: 'fire', shipmentId, kind, at });
    return;
  }
  await manager.query(
    `UPDATE shipment_deadline SET fired_at = $3 WHERE shipment_id = $1 AND kind = $2`,
    [shipmentId, kind, at],
  );
}
