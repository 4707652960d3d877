import { ArtworkProjection1732400000200 } from './1732400000200-artwork-projection';
import { Shipments1732400000300 } from './1732400000300-shipments';

/** In order; run at start. */
export const LOGISTICS_MIGRATIONS = [ArtworkProjection1732400000200, Shipments1732400000300];
