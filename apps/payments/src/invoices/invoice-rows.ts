import { MoneyColumns } from '@artbridge/platform-persistence';
import type { EntityManager } from 'typeorm';
import { InvoiceEntity } from './invoice.entity';

/**
 * The invoice row read in plain SQL on the saga's commands (release, hold, cancel): TypeORM's
 * query building and hydration cost more CPU than the query itself. Kept in step with
 * InvoiceEntity and the migrations.
 */
export interface InvoiceRow {
  id: string;
  shipment_id: string;
  kind: InvoiceEntity['kind'];
  declaration_id: string | null;
  number: string;
  reference: string;
  exporter_id: string;
  buyer_name: string;
  buyer_country: string;
  buyer_address: string;
  total_minor: string;
  total_currency: string;
  goods_minor: string;
  duties_minor: string;
  vat_minor: string;
  paid_minor: string;
  status: InvoiceEntity['status'];
  escrow: InvoiceEntity['escrow'];
  escrow_status: InvoiceEntity['escrowStatus'];
  due_at: Date;
  due_date: string;
  correlation_id: string;
  issued_at: Date;
  updated_at: Date;
}

/**
 * The columns of InvoiceRow, named rather than `*`: statements are prepared once per connection,
 * and a prepared `SELECT *` fails once a migration adds a column under it. due_date as text, as
 * TypeORM gives it (pg would make a Date at local midnight of it).
 */
export const INVOICE_COLUMNS = `id, shipment_id, kind, declaration_id, number, reference,
  exporter_id, buyer_name, buyer_country, buyer_address, total_minor, total_currency, goods_minor,
  duties_minor, vat_minor, paid_minor, status, escrow, escrow_status, due_at,
  due_date::text AS due_date, correlation_id, issued_at, updated_at`;

export function invoiceFromRow(row: InvoiceRow): InvoiceEntity {
  return Object.assign(new InvoiceEntity(), {
    id: row.id,
    shipmentId: row.shipment_id,
    kind: row.kind,
    declarationId: row.declaration_id,
    number: BigInt(row.number),
    reference: row.reference,
    exporterId: row.exporter_id,
    buyerName: row.buyer_name,
    buyerCountry: row.buyer_country,
    buyerAddress: row.buyer_address,
    total: MoneyColumns.of({ minor: BigInt(row.total_minor), currency: row.total_currency }),
    goodsMinor: BigInt(row.goods_minor),
    dutiesMinor: BigInt(row.duties_minor),
    vatMinor: BigInt(row.vat_minor),
    paidMinor: BigInt(row.paid_minor),
    status: row.status,
    escrow: row.escrow,
    escrowStatus: row.escrow_status,
    dueAt: row.due_at,
    dueDate: row.due_date,
    correlationId: row.correlation_id,
    issuedAt: row.issued_at,
    updatedAt: row.updated_at,
  } satisfies InvoiceEntity);
}

/**
 * The shipment's own invoice (never an import-duty one: the saga's commands are about the
 * shipment), locked until the transaction ends, so that a statement import applying a payment
 * to it waits and sees the result. Null when the shipment has none.
 */
export async function lockShipmentInvoice(
  manager: EntityManager,
  shipmentId: string,
): Promise<InvoiceEntity | null> {
  const rows: InvoiceRow[] = await manager.query(
    `SELECT ${INVOICE_COLUMNS} FROM invoice
      WHERE shipment_id = $1 AND kind = 'SHIPMENT' FOR UPDATE`,
    [shipmentId],
  );
  return rows.length === 0 ? null : invoiceFromRow(rows[0]);
}
