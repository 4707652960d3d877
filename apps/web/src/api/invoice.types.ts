import type { Money } from './types';

/** An invoice as the payments service answers it, to its exporter and to finance alike. */
export const INVOICE_STATUSES = ['OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID', 'REFUNDED'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const ESCROW_STATUSES = [
  'AWAITING_FUNDS',
  'FUNDED',
  'DELIVERED',
  'DISPUTED',
  'RELEASED',
  'REFUNDED',
  'CANCELLED',
  // an import-duty invoice: paid straight to duties and VAT payable, nothing held
  'NONE',
] as const;
export type EscrowStatus = (typeof ESCROW_STATUSES)[number];

export const INVOICE_LINE_KINDS = ['PRICE', 'DUTY', 'VAT', 'FREIGHT', 'INSURANCE'] as const;
export type InvoiceLineKind = (typeof INVOICE_LINE_KINDS)[number];

export interface InvoiceLine {
  kind: InvoiceLineKind;
  description: string;
  amount: Money;
}

export interface Invoice {
  id: string;
  shipmentId: string;
  exporterId: string;
  buyer: { name: string | null; country: string | null; address: string | null };
  /** ISO 11649 creditor reference, RF… */
  reference: string;
  lines: InvoiceLine[];
  total: Money;
  paid: Money;
  open: Money;
  status: InvoiceStatus;
  escrow: EscrowStatus;
  dueAt: string;
  issuedAt: string;
}
