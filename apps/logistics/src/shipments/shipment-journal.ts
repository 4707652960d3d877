import type { EntityManager } from 'typeorm';
import type { DeadlineKind } from './shipment-deadline.entity';

export interface TimelineFact {
  at: Date;
  type: string;
  source: string;
  detail: string;
  messageId?: string | null;
}

type TimelineRow = [shipmentId: string, fact: TimelineFact];

/** Entries held back per transaction (its manager) by `journaled`, in the order they were added. */
const held = new WeakMap<EntityManager, TimelineRow[]>();

export async function addToTimeline(
  manager: EntityManager,
  shipmentId: string,
  fact: TimelineFact,
): Promise<void> {
  const rows = held.get(manager);
  if (rows) rows.push([shipmentId, fact]);
  else await insertTimeline(manager, [[shipmentId, fact]]);
}

/**
 * Runs one step of the saga in the transaction of `manager`, writing the timeline entries it
 * adds in one statement when it is done (still in the transaction): a step notes two to four.
 */
export async function journaled<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  if (held.has(manager)) return work();
  const rows: TimelineRow[] = [];
  held.set(manager, rows);
  let result: T;
  try {
    result = await work();
  } finally {
    held.delete(manager);
  }
  await insertTimeline(manager, rows);
  return result;
}

// plain SQL, in the order given (seq orders entries of the same instant): a journey writes
// some fifteen of these, and TypeORM's insert builder costs more CPU than the insert
async function insertTimeline(manager: EntityManager, rows: TimelineRow[]): Promise<void> {
  if (rows.length === 0) return;
  const insert = timelineInsert(rows, 1);
  await manager.query(insert.sql, insert.params);
}

function timelineInsert(rows: TimelineRow[], firstParam: number) {
  const p = (i: number) => `$${firstParam + i}`;
  return {
    sql: `INSERT INTO shipment_timeline (shipment_id, at, type, source, detail, message_id)
     SELECT * FROM unnest(${p(0)}::uuid[], ${p(1)}::timestamptz[], ${p(2)}::text[], ${p(3)}::text[], ${p(4)}::text[], ${p(5)}::uuid[])`,
    params: [
      rows.map(([id]) => id),
      rows.map(([, fact]) => fact.at),
      rows.map(([, fact]) => fact.type),
      rows.map(([, fact]) => fact.source),
      rows.map(([, fact]) => fact.detail),
      rows.map(([, fact]) => fact.messageId ?? null),
    ],
  };
}

/**
 * The entries a `journaled` step holds so far, as an INSERT to run with another statement of
 * the step (numbering its parameters from `firstParam`); they are no longer held. Undefined
 * when there are none.
 */
export function takeHeldTimeline(
  manager: EntityManager,
  firstParam: number,
): { sql: string; params: unknown[] } | undefined {
  const rows = held.get(manager);
  if (!rows || rows.length === 0) return undefined;
  return timelineInsert(rows.splice(0), firstParam);
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
