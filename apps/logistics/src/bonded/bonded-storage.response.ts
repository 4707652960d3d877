import { PlaceDto } from '@artbridge/contracts';
import type { BondedState } from './domain/bonded-storage';

/** A shipment's stay in a free-trade zone's bonded warehouse, as the shipment shows it. */
export class BondedStorageResponse {
  /** IN_BOND until the works are released to the domestic market or re-exported. */
  state!: BondedState;

  /** The free-trade zone. */
  zone!: string;

  /** The zone's country: the shipment's destination country. */
  country!: string;

  warehouse!: string;

  /** Where in the warehouse: bay, rack, vault. */
  location!: string;

  /** ISO 8601 date-time. */
  enteredAt!: string;

  /** The user who recorded the entry. */
  enteredBy!: string;

  /** When the works left bond, released or re-exported (ISO 8601 date-time); absent while in bond. */
  leftAt?: string;

  /** The user who recorded the release or re-export; absent while in bond. */
  leftBy?: string;

  /** RE_EXPORTED only: where the works went. */
  reExportDestination?: PlaceDto;
}
