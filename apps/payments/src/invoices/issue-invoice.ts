import { MoneyColumns } from '@artbridge/platform-persistence';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import { recordPostings } from '../ledger/ledger';
import {
  InvoiceAmounts,
  InvoiceKind,
  InvoiceLine,
  invoiceReference,
  issuePosting,
  newInvoiceState,
} from './domain/invoice';
import { InvoiceLineEntity } from './invoice.entity';

export interface InvoiceToIssue {
  kind: InvoiceKind;
  shipmentId: string;
  /** The import declaration an IMPORT_DUTY invoice is for; null for a shipment's invoice. */
  declarationId: string | null;
  exporterId: string;
  buyer: { name: string; country: string; address: string };
  amounts: InvoiceAmounts;
  lines: readonly InvoiceLine[];
  dueAt: Date;
  correlationId: string;
  /** The service whose message caused it, for the issue posting. */
  source: string;
  now: Date;
}

/** What makes an invoice unique, per kind: a second one loses the race and is not written. */
const UNIQUE_KEY: Record<InvoiceKind, string> = {
  SHIPMENT: `(shipment_id) WHERE kind = 'SHIPMENT'`,
  IMPORT_DUTY: '(declaration_id)',
};

/**
 * Numbers the invoice (RF reference from the number), writes it with its lines and books the
 * issue posting, all in the caller's transaction. Null when an invoice with the same unique key
 * exists: two deliveries racing issue one invoice, and the unique key decides.
 */
export async function issueInvoice(
  manager: EntityManager,
  invoice: InvoiceToIssue,
): Promise<{ id: string; reference: string } | null> {
  const [{ number }]: { number: string }[] = await manager.query(
    `SELECT nextval('invoice_number_seq')::text AS number`,
  );
  const id = uuidv7();
  const reference = invoiceReference(BigInt(number));
  const { amounts, buyer, dueAt, now } = invoice;
  const state = newInvoiceState(id, amounts, invoice.kind);
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO invoice (id, shipment_id, kind, declaration_id, number, reference, exporter_id,
                          buyer_name, buyer_country, buyer_address, total_minor, total_currency,
                          goods_minor, duties_minor, vat_minor, paid_minor, status, escrow,
                          escrow_status, due_at, due_date, correlation_id, issued_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 0, $16, $17, $18,
             $19, $20, $21, $22, $22)
     ON CONFLICT ${UNIQUE_KEY[invoice.kind]} DO NOTHING RETURNING id`,
    [
      id,
      invoice.shipmentId,
      invoice.kind,
      invoice.declarationId,
      number,
      reference,
      invoice.exporterId,
      buyer.name,
      buyer.country,
      buyer.address,
      amounts.total.minor.toString(),
      amounts.currency,
      amounts.goods.minor.toString(),
      amounts.duties.minor.toString(),
      amounts.vat.minor.toString(),
      state.status,
      JSON.stringify(state.escrow),
      state.escrow.status,
      dueAt.toISOString(),
      dueAt.toISOString().slice(0, 10),
      invoice.correlationId,
      now.toISOString(),
    ],
  );
  if (inserted.length === 0) return null;
  await manager.insert(
    InvoiceLineEntity,
    invoice.lines.map((line, position) => ({
      invoiceId: id,
      position,
      kind: line.kind,
      description: line.description,
      amount: MoneyColumns.of(line.amount),
    })),
  );
  await recordPostings(manager, [issuePosting(id, amounts)], invoice.source);
  return { id, reference };
}
