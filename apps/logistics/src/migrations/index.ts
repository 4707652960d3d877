import { ArtworkProjection1732400000200 } from './1732400000200-artwork-projection';

/** In order; run at start. */
export const LOGISTICS_MIGRATIONS = [ArtworkProjection1732400000200];
