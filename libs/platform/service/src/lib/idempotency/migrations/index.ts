import { IdempotencyKeys1732400000040 } from './1732400000040-idempotency-keys';

/** The platform's Idempotency-Key table: listed by ServicePlatformModule after the messaging ones. */
export const IDEMPOTENCY_MIGRATIONS = [IdempotencyKeys1732400000040];
