import type { Schema } from '@artbridge/public-api';
import { everyValue } from './every-value';

/** An invoice as the payments service answers it, to its exporter and to finance alike. */
export type Invoice = Schema<'payments.InvoiceResponse'>;

/** GET /payments/invoices: one page of invoices and how many match in all. */
export type InvoicePage = Schema<'payments.InvoicePageResponse'>;

export type InvoiceStatus = Invoice['status'];
export const INVOICE_STATUSES = everyValue<InvoiceStatus>()([
  'OPEN',
  'PARTIALLY_PAID',
  'PAID',
  'VOID',
  'REFUNDED',
]);

export type EscrowStatus = Invoice['escrow'];
export const ESCROW_STATUSES = everyValue<EscrowStatus>()([
  'AWAITING_FUNDS',
  'FUNDED',
  'DELIVERED',
  'DISPUTED',
  'RELEASED',
  'REFUNDED',
  'CANCELLED',
  // an import-duty invoice: paid straight to duties and VAT payable, nothing held
  'NONE',
]);

export type InvoiceLine = Schema<'payments.InvoiceLineResponse'>;

export type InvoiceLineKind = InvoiceLine['kind'];
export const INVOICE_LINE_KINDS = everyValue<InvoiceLineKind>()([
  'PRICE',
  'DUTY',
  'VAT',
  'FREIGHT',
  'INSURANCE',
]);
