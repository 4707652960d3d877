import type { Purpose } from '@artbridge/contracts';
import type { EntityManager } from 'typeorm';
import { ARTWORK_COLUMNS, artworkFromRow, type ArtworkRow } from '../artworks/artwork-rows';
import type { ArtworkEntity } from '../artworks/artwork.entity';
import type { ArtworkStatus } from '../artworks/domain/artwork';
import type { Holding, MilestoneShipment } from './domain/reservation';

/*
 * The saga steps' reads and writes in plain SQL, one statement each: every step of every
 * shipment comes here, and each round trip to PostgreSQL (a socket write and a wake-up on both
 * sides) costs more than the statement itself, as TypeORM's query building and hydration do.
 * Each read locks the artworks' rows for the rest of the transaction, in id order: two
 * shipments naming the same artworks in different orders wait for each other instead of
 * deadlocking, and the second sees what the first wrote.
 */

/** What a saga step needs of an artwork's row. */
const HOLDING_COLUMNS = 'id, exporter_id, status, reserved_by_shipment';

interface HoldingRow {
  id: string;
  exporter_id: string;
  status: ArtworkStatus;
  reserved_by_shipment: string | null;
}

/** A holding's columns from the nullable side of an outer join. */
type NullableHoldingRow = { [K in keyof HoldingRow]: HoldingRow[K] | null };

function holdingFromRow(row: HoldingRow): Holding {
  return {
    id: row.id,
    exporterId: row.exporter_id,
    status: row.status,
    shipmentId: row.reserved_by_shipment,
  };
}

/** A licensed product's SKU and licence terms, null for every other artwork. */
interface ProductColumns {
  sku: string | null;
  licence_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  territories: string[] | null;
}

export interface ReservationRead {
  readonly artworks: ArtworkEntity[];
  /** The products made under an IP licence among them, with their licence's terms. */
  readonly products: Map<string, NonNullable<Holding['product']>>;
}

/**
 * The artworks a reservation names, whole (its answer carries their attributes), locked; a
 * reproduction made under an IP licence comes with the licence's terms, in the same statement.
 */
export async function lockForReservation(
  manager: EntityManager,
  ids: readonly string[],
): Promise<ReservationRead> {
  const rows: (ArtworkRow & ProductColumns)[] = await manager.query(
    `SELECT ${ARTWORK_COLUMNS}, product.sku, product.licence_id, product.valid_from,
            product.valid_to, product.territories
       FROM artwork
       LEFT JOIN LATERAL (
         SELECT p.sku, l.id AS licence_id, to_char(l.valid_from, 'YYYY-MM-DD') AS valid_from,
                to_char(l.valid_to, 'YYYY-MM-DD') AS valid_to, l.territories
           FROM ip_product p JOIN ip_licence l ON l.id = p.licence_id
          WHERE p.artwork_id = artwork.id AND artwork.category = 'REPRODUCTION'
       ) product ON true
      WHERE id = ANY($1::uuid[])
      ORDER BY id
        FOR UPDATE OF artwork`,
    [ids],
  );
  const products: ReservationRead['products'] = new Map();
  for (const row of rows) {
    if (row.sku === null) continue;
    products.set(row.id, {
      sku: row.sku,
      licence: {
        id: row.licence_id!,
        validFrom: row.valid_from!,
        validTo: row.valid_to!,
        territories: row.territories!,
      },
    });
  }
  return { artworks: rows.map(artworkFromRow), products };
}

/** The artworks a release or a return names, locked. */
export async function lockHoldings(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Holding[]> {
  const rows: HoldingRow[] = await manager.query(
    `SELECT ${HOLDING_COLUMNS} FROM artwork WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  return rows.map(holdingFromRow);
}

export interface MilestoneRead {
  /** What catalog knows of the shipment, whether or not any artwork was found. */
  readonly shipment: MilestoneShipment;
  readonly holdings: Holding[];
}

/**
 * The artworks a milestone names, locked, with what the shipment's reservation said it is for
 * and whether its works came home. One row at least (the shipment's), whatever is found.
 */
export async function lockForMilestone(
  manager: EntityManager,
  shipmentId: string,
  ids: readonly string[],
): Promise<MilestoneRead> {
  const rows: (NullableHoldingRow & { purpose: Purpose | null; returned: boolean })[] =
    await manager.query(
      `SELECT hold.purpose, hold.returned_at IS NOT NULL AS returned,
              locked.id, locked.exporter_id, locked.status, locked.reserved_by_shipment
         FROM (VALUES ($1::uuid)) AS shipment (id)
         LEFT JOIN shipment_hold hold ON hold.shipment_id = shipment.id
         LEFT JOIN (
           SELECT ${HOLDING_COLUMNS} FROM artwork
            WHERE id = ANY($2::uuid[]) ORDER BY id FOR UPDATE
         ) locked ON true`,
      [shipmentId, ids],
    );
  const [{ purpose, returned }] = rows;
  // no artwork found: the one row has the shipment's columns only
  const found = rows.filter((row) => row.id !== null) as HoldingRow[];
  return { shipment: { id: shipmentId, purpose, returned }, holdings: found.map(holdingFromRow) };
}

/**
 * The artworks become the shipment's, and catalog remembers what the shipment is for and where
 * it goes (a loan's works become ON_LOAN, not EXPORTED): one statement, whether or not anything
 * changes (a repeated command reserves nothing new).
 */
export async function recordReservation(
  manager: EntityManager,
  ids: readonly string[],
  hold: { shipmentId: string; purpose: Purpose | null; destinationCountry: string | null },
): Promise<void> {
  await manager.query(
    `WITH hold AS (
       INSERT INTO shipment_hold (shipment_id, purpose, destination_country, reserved_at)
       VALUES ($2, $3, $4, $5) ON CONFLICT DO NOTHING
     )
     UPDATE artwork SET status = 'RESERVED', reserved_by_shipment = $2, status_changed_at = $5
      WHERE id = ANY($1::uuid[])`,
    [[...ids], hold.shipmentId, hold.purpose, hold.destinationCountry, new Date()],
  );
}

/** The artworks' new status, the shipment holding them (null when AVAILABLE); none, no statement. */
export async function setStatus(
  manager: EntityManager,
  ids: readonly string[],
  status: ArtworkStatus,
  shipmentId: string | null,
): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `UPDATE artwork SET status = $1, reserved_by_shipment = $2, status_changed_at = $3
     WHERE id = ANY($4::uuid[])`,
    [status, shipmentId, new Date(), [...ids]],
  );
}

/**
 * A loan's works are home, AVAILABLE again, and the loan is remembered as returned (the first
 * return recorded stays): one statement, whether or not any work was still out.
 */
export async function bringHome(
  manager: EntityManager,
  ids: readonly string[],
  loan: { shipmentId: string; returnShipmentId: string; returnedAt: Date },
): Promise<void> {
  await manager.query(
    `WITH hold AS (
       INSERT INTO shipment_hold (shipment_id, returned_at, return_shipment_id)
       VALUES ($2, $3, $4)
       ON CONFLICT (shipment_id) DO UPDATE
         SET returned_at = coalesce(shipment_hold.returned_at, EXCLUDED.returned_at),
             return_shipment_id = coalesce(shipment_hold.return_shipment_id, EXCLUDED.return_shipment_id)
     )
     UPDATE artwork SET status = 'AVAILABLE', reserved_by_shipment = NULL, status_changed_at = $5
      WHERE id = ANY($1::uuid[])`,
    [[...ids], loan.shipmentId, loan.returnedAt, loan.returnShipmentId, new Date()],
  );
}
