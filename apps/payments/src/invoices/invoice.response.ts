import { ApiInteger } from '@artbridge/platform-service';
import { MoneyDto } from '@artbridge/contracts';
import type { EscrowStatus } from '../ledger/domain/escrow';
import type { InvoiceKind, InvoiceLineKind, InvoiceStatus } from './domain/invoice';

/** Who the invoice is addressed to. */
export class InvoiceBuyerResponse {
  name!: string;
  /** ISO 3166-1 alpha-2 */
  country!: string;
  address!: string;
}

export class InvoiceLineResponse {
  kind!: InvoiceLineKind;
  description!: string;
  amount!: MoneyDto;
}

/** An invoice as API.md shows it. */
export class InvoiceResponse {
  id!: string;
  /** SHIPMENT (the saga's, one per shipment, with escrow) or IMPORT_DUTY (one per import declaration, no escrow) */
  kind!: InvoiceKind;
  shipmentId!: string;
  /** Of an IMPORT_DUTY invoice only: the import declaration whose duty and VAT it bills. */
  declarationId?: string;
  exporterId!: string;
  buyer!: InvoiceBuyerResponse;
  /** ISO 11649 RF creditor reference the buyer pays with */
  reference!: string;
  /** In position order. */
  lines!: InvoiceLineResponse[];
  total!: MoneyDto;
  /** Applied so far, bank charges written off (REC-FEE) included. */
  paid!: MoneyDto;
  /** total minus paid */
  open!: MoneyDto;
  status!: InvoiceStatus;
  /** Where the invoice's escrow stands (NONE for an IMPORT_DUTY invoice). */
  escrow!: EscrowStatus;
  /** ISO 8601 date-time (UTC) */
  dueAt!: string;
  /** ISO 8601 date-time (UTC) */
  issuedAt!: string;
}

/** One page of invoices, newest first. */
export class InvoicePageResponse {
  items!: InvoiceResponse[];
  /** How many invoices match, on every page. */
  @ApiInteger()
  total!: number;
}
