import { Artworks1732400000100 } from './1732400000100-artworks';

/** In order; run at start. */
export const CATALOG_MIGRATIONS = [Artworks1732400000100];
