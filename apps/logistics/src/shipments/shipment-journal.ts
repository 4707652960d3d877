import type { EntityManager } from 'typeorm';
import type { DeadlineKind } from './shipment-deadline.entity';

export interface TimelineFact {
  at: Date;
  type: string;
  source: string;
  detail: string;
  messageId?: string | null;
}

export async function addToTimeline(
  manager: EntityManager,
  shipmentId: string,
  fact: TimelineFact,
): Promise<void> {
  // plain SQL: a journey writes some fifteen of these, and TypeORM's insert builder costs more
  // CPU than the insert
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
  await manager.query(
    `INSERT INTO shipment_deadline (shipment_id, kind, due_at) VALUES ($1, $2, $3)
     ON CONFLICT (shipment_id, kind) DO NOTHING`,
    [shipmentId, kind, dueAt],
  );
}

/** The timers that no longer matter (the awaited thing happened) stop, unfired. */
export async function closeDeadlines(
  manager: EntityManager,
  shipmentId: string,
  kinds?: readonly DeadlineKind[],
): Promise<void> {
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
  await manager.query(
    `UPDATE shipment_deadline SET fired_at = $3 WHERE shipment_id = $1 AND kind = $2`,
    [shipmentId, kind, at],
  );
}
