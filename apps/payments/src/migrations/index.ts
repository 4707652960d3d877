import { Payments1732400000300 } from './1732400000300-payments';

/** In order; run at start. */
export const PAYMENTS_MIGRATIONS = [Payments1732400000300];
