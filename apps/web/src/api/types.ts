import type { Schema } from '@artbridge/public-api';

/**
 * An amount as a decimal string (never a float) in an ISO 4217 currency, as any service
 * answers it: each service has its own MoneyDto in the document, all of one shape.
 */
export type Money =
  | Schema<'catalog.MoneyDto'>
  | Schema<'customs.MoneyDto'>
  | Schema<'payments.MoneyDto'>
  | Schema<'logistics.MoneyDto'>;
