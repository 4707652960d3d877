import type { BondedStorageEntity } from './bonded-storage.entity';

/** What the shipment view shows of its stay in bond. */
export function bondedView(row: BondedStorageEntity) {
  return {
    state: row.state,
    zone: row.zone,
    country: row.country,
    warehouse: row.warehouse,
    location: row.location,
    enteredAt: row.enteredAt.toISOString(),
    enteredBy: row.enteredBy,
    ...(row.leftAt && { leftAt: row.leftAt.toISOString() }),
    ...(row.leftBy !== null && { leftBy: row.leftBy }),
    ...(row.reExportCountry !== null && {
      reExportDestination: { country: row.reExportCountry, place: row.reExportPlace },
    }),
  };
}
