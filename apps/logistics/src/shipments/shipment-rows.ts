import type { EntityManager } from 'typeorm';
import { ShipmentEntity } from './shipment.entity';
import { copyOfShipment, heldWrites } from './shipment-writes';

/**
 * The shipment row read and written in plain SQL on the saga's hot path (every reply, request
 * and listing): TypeORM's query building and hydration cost more CPU than the queries
 * themselves. Kept in step with ShipmentEntity and the migrations.
 */
export interface ShipmentRow {
  id: string;
  exporter_id: string;
  status: ShipmentEntity['status'];
  artwork_ids: string[];
  terms: ShipmentEntity['terms'];
  price_minor: string | null;
  price_currency: string | null;
  insured_value_minor: string | null;
  insured_value_currency: string | null;
  insurance_clauses: ShipmentEntity['insuranceClauses'];
  packages: ShipmentEntity['packages'];
  ftz_bonded: boolean;
  declaration_id: string | null;
  invoice_id: string | null;
  invoice_requested: boolean;
  pending_compensations: ShipmentEntity['pendingCompensations'];
  cancellation_reason: string | null;
  submitted_at: Date;
  dispatched_at: Date | null;
  delivered_at: Date | null;
  custodian: string | null;
  declared_items: ShipmentEntity['declaredItems'];
  return_of_id: string | null;
  return_shipment_id: string | null;
  payment_reversed_at: Date | null;
  updated_at: Date;
}

/**
 * The columns of ShipmentRow, named rather than `*`: statements are prepared once per
 * connection, and a prepared `SELECT *` fails once a migration adds a column under it.
 */
export const SHIPMENT_COLUMNS = `id, exporter_id, status, artwork_ids, terms, price_minor,
  price_currency, insured_value_minor, insured_value_currency, insurance_clauses, packages,
  ftz_bonded, declaration_id, invoice_id, invoice_requested, pending_compensations,
  cancellation_reason, submitted_at, dispatched_at, delivered_at, custodian, declared_items,
  return_of_id, return_shipment_id, payment_reversed_at, updated_at`;

const bigintOrNull = (value: string | null) => (value === null ? null : BigInt(value));

export function shipmentFromRow(row: ShipmentRow): ShipmentEntity {
  return Object.assign(new ShipmentEntity(), {
    id: row.id,
    exporterId: row.exporter_id,
    status: row.status,
    artworkIds: row.artwork_ids,
    terms: row.terms,
    priceMinor: bigintOrNull(row.price_minor),
    priceCurrency: row.price_currency,
    insuredValueMinor: bigintOrNull(row.insured_value_minor),
    insuredValueCurrency: row.insured_value_currency,
    insuranceClauses: row.insurance_clauses,
    packages: row.packages,
    ftzBonded: row.ftz_bonded,
    declarationId: row.declaration_id,
    invoiceId: row.invoice_id,
    invoiceRequested: row.invoice_requested,
    pendingCompensations: row.pending_compensations,
    cancellationReason: row.cancellation_reason,
    submittedAt: row.submitted_at,
    dispatchedAt: row.dispatched_at,
    deliveredAt: row.delivered_at,
    custodian: row.custodian,
    declaredItems: row.declared_items,
    returnOfId: row.return_of_id,
    returnShipmentId: row.return_shipment_id,
    paymentReversedAt: row.payment_reversed_at,
    updatedAt: row.updated_at,
  } satisfies ShipmentEntity);
}

/**
 * The shipment, locked until the transaction ends, with the shipments named in `alsoLock` (those
 * the rest of the transaction will touch): in one statement and in id order, so two transactions
 * never wait on each other in opposite orders. Where the transaction holds its writes back (a
 * consumer's chunk, a request), a shipment locked before is then served from what the
 * transaction holds, as its last step saved it.
 */
export async function lockShipment(
  manager: EntityManager,
  id: string,
  alsoLock: readonly string[] = [],
): Promise<ShipmentEntity | null> {
  const held = heldWrites(manager);
  if (!held) {
    const locked = await selectForUpdate(manager, [...new Set([id, ...alsoLock])]);
    return locked.find((shipment) => shipment.id === id) ?? null;
  }
  const known = held.locked.get(id);
  if (known) return copyOfShipment(known);
  const ids = [...new Set([id, ...alsoLock])].filter((other) => !held.locked.has(other)).sort();
  for (const shipment of await selectForUpdate(manager, ids))
    held.locked.set(shipment.id, shipment);
  const locked = held.locked.get(id);
  return locked ? copyOfShipment(locked) : null;
}

/**
 * The shipment and, if it is a return leg, the loan it brings back, locked in one statement and
 * in id order (the loan found by the leg's `return_of_id`, set when the leg is made and never
 * changed), for a step on the leg that also changes the loan: its dispatch discharges the loan's
 * admission clock. Locking the leg first and the loan after deadlocked with a consumer's chunk
 * holding replies about both, which locks them in id order. Served from what the transaction
 * holds, as lockShipment is.
 */
export async function lockShipmentAndLoan(
  manager: EntityManager,
  id: string,
): Promise<ShipmentEntity | null> {
  const held = heldWrites(manager);
  const known = held?.locked.get(id);
  if (known) return copyOfShipment(known);
  const rows: ShipmentRow[] = await manager.query(
    `SELECT ${SHIPMENT_COLUMNS} FROM shipment
      WHERE id = ANY(ARRAY[$1::uuid, (SELECT return_of_id FROM shipment WHERE id = $1::uuid)])
      ORDER BY id FOR UPDATE`,
    [id],
  );
  const locked = rows.map(shipmentFromRow);
  if (!held) return locked.find((shipment) => shipment.id === id) ?? null;
  // a loan this transaction locked before keeps what its steps saved
  for (const shipment of locked)
    if (!held.locked.has(shipment.id)) held.locked.set(shipment.id, shipment);
  const mine = held.locked.get(id);
  return mine ? copyOfShipment(mine) : null;
}

async function selectForUpdate(manager: EntityManager, ids: string[]): Promise<ShipmentEntity[]> {
  const rows: ShipmentRow[] = await manager.query(
    `SELECT ${SHIPMENT_COLUMNS} FROM shipment WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  return rows.map(shipmentFromRow);
}

/** A new shipment: held with the transaction's other writes, or inserted now. */
export async function insertShipment(
  manager: EntityManager,
  shipment: ShipmentEntity,
): Promise<void> {
  const held = heldWrites(manager);
  if (!held) {
    await manager.insert(ShipmentEntity, shipment);
    return;
  }
  const copy = copyOfShipment(shipment);
  held.inserted.set(shipment.id, copy);
  held.locked.set(shipment.id, copy);
}

/** Writes what a saga step may change (not the terms, prices or ids it was created with). */
export async function saveShipment(
  manager: EntityManager,
  shipment: ShipmentEntity,
): Promise<void> {
  const held = heldWrites(manager);
  if (held) {
    const copy = copyOfShipment(shipment);
    held.locked.set(shipment.id, copy);
    // one made in this transaction is inserted as it is now, never inserted and then updated
    (held.inserted.has(shipment.id) ? held.inserted : held.updated).set(shipment.id, copy);
    return;
  }
  await manager.query(
    `UPDATE shipment SET status = $2,
       packages = $3::jsonb, declaration_id = $4, invoice_id = $5,
       invoice_requested = $6, pending_compensations = $7::text[], cancellation_reason = $8,
       dispatched_at = $9, delivered_at = $10, custodian = $11, declared_items = $12::jsonb,
       return_shipment_id = $13, payment_reversed_at = $14, updated_at = $15
     WHERE id = $1`,
    [
      shipment.id,
      shipment.status,
      JSON.stringify(shipment.packages),
      shipment.declarationId,
      shipment.invoiceId,
      shipment.invoiceRequested,
      shipment.pendingCompensations,
      shipment.cancellationReason,
      shipment.dispatchedAt,
      shipment.deliveredAt,
      shipment.custodian,
      shipment.declaredItems === null ? null : JSON.stringify(shipment.declaredItems),
      shipment.returnShipmentId,
      shipment.paymentReversedAt,
      shipment.updatedAt,
    ],
  );
}
