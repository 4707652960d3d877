import type { BondedStorageEntity } from './bonded-storage.entity';
import type { BondedStorageResponse } from './bonded-storage.response';

/** What the shipment view shows of its stay in bond. */
export function bondedView(row: BondedStorageEntity): BondedStorageResponse {
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
    // a re-export sets both columns
    ...(row.reExportCountry !== null &&
      row.reExportPlace !== null && {
        reExportDestination: { country: row.reExportCountry, place: row.reExportPlace },
      }),
  };
}
