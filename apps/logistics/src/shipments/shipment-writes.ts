import { deferWrite, sendWithCommit } from '@artbridge/platform-persistence';
import type { EntityManager } from 'typeorm';
import type { DeadlineKind } from './shipment-deadline.entity';
import { ShipmentEntity } from './shipment.entity';

export interface TimelineFact {
  at: Date;
  type: string;
  source: string;
  detail: string;
  messageId?: string | null;
}

export type DeadlineOp =
  | { op: 'start'; shipmentId: string; kind: DeadlineKind; at: Date }
  | { op: 'set'; shipmentId: string; kind: DeadlineKind; at: Date }
  | { op: 'fire'; shipmentId: string; kind: DeadlineKind; at: Date }
  | { op: 'close'; shipmentId: string; kinds: readonly DeadlineKind[] | null };

/**
 * What the saga steps of one transaction wrote, held back until it ends (withDeferredWrites:
 * a consumer's chunk, a request) and then made in one statement: the shipments as locked and
 * last saved, the new ones, the timeline entries and the timer changes, each in step order.
 */
export interface HeldShipmentWrites {
  /** Every shipment this transaction locked, as last saved (or read). */
  readonly locked: Map<string, ShipmentEntity>;
  readonly inserted: Map<string, ShipmentEntity>;
  readonly updated: Map<string, ShipmentEntity>;
  readonly timeline: [shipmentId: string, fact: TimelineFact][];
  readonly deadlines: DeadlineOp[];
}

const held = new WeakMap<EntityManager, HeldShipmentWrites>();

/** The writes this transaction holds back, or undefined when it writes at once. */
export function heldWrites(manager: EntityManager): HeldShipmentWrites | undefined {
  let writes = held.get(manager);
  if (writes) return writes;
  writes = {
    locked: new Map(),
    inserted: new Map(),
    updated: new Map(),
    timeline: [],
    deadlines: [],
  };
  const holding = writes;
  if (!deferWrite(manager, holding, () => flush(manager, holding))) return undefined;
  held.set(manager, holding);
  return holding;
}

/** A copy to hold: what a step changes after saving it is not saved unless it saves again. */
export const copyOfShipment = (shipment: ShipmentEntity): ShipmentEntity =>
  Object.assign(new ShipmentEntity(), shipment);

const minor = (value: bigint | null) => (value === null ? null : value.toString());

// One statement, whatever the chunk held: a CTE per table (they see the same snapshot, so a
// shipment inserted here is held as inserted, never also updated), then the timers in order.
export const FLUSH_SHIPMENT_WRITES = `WITH inserted AS (
    INSERT INTO shipment (id, exporter_id, status, artwork_ids, terms, price_minor, price_currency,
      insured_value_minor, insured_value_currency, insurance_clauses, packages, ftz_bonded,
      declaration_id, invoice_id, invoice_requested, pending_compensations, cancellation_reason,
      submitted_at, dispatched_at, delivered_at, custodian, declared_items, return_of_id,
      return_shipment_id, payment_reversed_at, updated_at)
    SELECT id, exporter_id, status, artwork_ids, terms, price_minor, price_currency,
      insured_value_minor, insured_value_currency, insurance_clauses, packages, ftz_bonded,
      declaration_id, invoice_id, invoice_requested, pending_compensations, cancellation_reason,
      submitted_at, dispatched_at, delivered_at, custodian, declared_items, return_of_id,
      return_shipment_id, payment_reversed_at, updated_at
    FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, exporter_id text, status text,
      artwork_ids uuid[], terms jsonb, price_minor bigint, price_currency text,
      insured_value_minor bigint, insured_value_currency text, insurance_clauses text,
      packages jsonb, ftz_bonded boolean, declaration_id uuid, invoice_id uuid,
      invoice_requested boolean, pending_compensations text[], cancellation_reason text,
      submitted_at timestamptz, dispatched_at timestamptz, delivered_at timestamptz,
      custodian text, declared_items jsonb, return_of_id uuid, return_shipment_id uuid,
      payment_reversed_at timestamptz, updated_at timestamptz)
  ), updated AS (
    UPDATE shipment SET status = u.status, packages = u.packages,
      declaration_id = u.declaration_id, invoice_id = u.invoice_id,
      invoice_requested = u.invoice_requested, pending_compensations = u.pending_compensations,
      cancellation_reason = u.cancellation_reason, dispatched_at = u.dispatched_at,
      delivered_at = u.delivered_at, custodian = u.custodian, declared_items = u.declared_items,
      return_shipment_id = u.return_shipment_id, payment_reversed_at = u.payment_reversed_at,
      updated_at = u.updated_at
    FROM jsonb_to_recordset($2::jsonb) AS u(id uuid, status text, packages jsonb,
      declaration_id uuid, invoice_id uuid, invoice_requested boolean,
      pending_compensations text[], cancellation_reason text, dispatched_at timestamptz,
      delivered_at timestamptz, custodian text, declared_items jsonb,
      return_shipment_id uuid, payment_reversed_at timestamptz, updated_at timestamptz)
    -- The ids again as an array: PostgreSQL guesses 100 rows for any jsonb_to_recordset and
    -- would hash-join them against a scan of the whole shipment table (3 ms a chunk at 1,000
    -- shipments, growing with the table); id = ANY(...) lets it look them up in the key.
    WHERE shipment.id = u.id AND shipment.id = ANY($5::uuid[])
  ), timeline AS (
    INSERT INTO shipment_timeline (shipment_id, at, type, source, detail, message_id)
    SELECT shipment_id, at, type, source, detail, message_id
    FROM jsonb_to_recordset($3::jsonb) AS t(shipment_id uuid, at timestamptz, type text,
      source text, detail text, message_id uuid)
  )
  SELECT shipment_deadlines_apply($4::jsonb)`;

async function flush(manager: EntityManager, writes: HeldShipmentWrites): Promise<void> {
  held.delete(manager); // what comes after this is written at once
  const { inserted, updated, timeline, deadlines } = writes;
  if (inserted.size + updated.size + timeline.length + deadlines.length === 0) return;
  const params = [
    JSON.stringify(
      [...inserted.values()].map((s) => ({
        id: s.id,
        exporter_id: s.exporterId,
        status: s.status,
        artwork_ids: s.artworkIds,
        terms: s.terms,
        price_minor: minor(s.priceMinor),
        price_currency: s.priceCurrency,
        insured_value_minor: minor(s.insuredValueMinor),
        insured_value_currency: s.insuredValueCurrency,
        insurance_clauses: s.insuranceClauses,
        packages: s.packages,
        ftz_bonded: s.ftzBonded,
        declaration_id: s.declarationId,
        invoice_id: s.invoiceId,
        invoice_requested: s.invoiceRequested,
        pending_compensations: s.pendingCompensations,
        cancellation_reason: s.cancellationReason,
        submitted_at: s.submittedAt,
        dispatched_at: s.dispatchedAt,
        delivered_at: s.deliveredAt,
        custodian: s.custodian,
        declared_items: s.declaredItems,
        return_of_id: s.returnOfId,
        return_shipment_id: s.returnShipmentId,
        payment_reversed_at: s.paymentReversedAt,
        updated_at: s.updatedAt,
      })),
    ),
    JSON.stringify(
      [...updated.values()].map((s) => ({
        id: s.id,
        status: s.status,
        packages: s.packages,
        declaration_id: s.declarationId,
        invoice_id: s.invoiceId,
        invoice_requested: s.invoiceRequested,
        pending_compensations: s.pendingCompensations,
        cancellation_reason: s.cancellationReason,
        dispatched_at: s.dispatchedAt,
        delivered_at: s.deliveredAt,
        custodian: s.custodian,
        declared_items: s.declaredItems,
        return_shipment_id: s.returnShipmentId,
        payment_reversed_at: s.paymentReversedAt,
        updated_at: s.updatedAt,
      })),
    ),
    JSON.stringify(
      timeline.map(([shipmentId, fact]) => ({
        shipment_id: shipmentId,
        at: fact.at,
        type: fact.type,
        source: fact.source,
        detail: fact.detail,
        message_id: fact.messageId ?? null,
      })),
    ),
    JSON.stringify(deadlines),
    [...updated.values()].map((s) => s.id),
  ];
  // The last write of the transaction but its outbox rows, and nothing reads it back before
  // the commit: it goes with the COMMIT, in the same round trip, when it can.
  if (!sendWithCommit(manager, FLUSH_SHIPMENT_WRITES, params)) {
    await manager.query(FLUSH_SHIPMENT_WRITES, params);
  }
}
