/** In order; run at start. The service's own tables come with its first capability. */
export const PAYMENTS_MIGRATIONS = [];
