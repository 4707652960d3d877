import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from 'typeorm';
import { postingInserts } from '../ledger/ledger';
import {
  InvoiceAmounts,
  InvoiceKind,
  InvoiceLine,
  invoiceReference,
  issuePosting,
  newInvoiceState,
} from './domain/invoice';

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

/**
 * What makes an invoice unique, per kind: the test for one issued before, and the key a second
 * one racing it conflicts on (then it is not written).
 */
const UNIQUE: Record<InvoiceKind, { readonly existing: string; readonly key: string }> = {
  SHIPMENT: {
    existing: `shipment_id = $2::uuid AND kind = 'SHIPMENT'`,
    key: `(shipment_id) WHERE kind = 'SHIPMENT'`,
  },
  IMPORT_DUTY: { existing: 'declaration_id = $4::uuid', key: '(declaration_id)' },
};

/**
 * invoiceReference(number) in SQL, so that the number can be drawn from the sequence inside the
 * INSERT: `RF`, ISO 7064 MOD 97-10 check digits, `AB` and the number on eight digits at least.
 * The check digits are those of `AB<digits>RF00` with each letter as two digits (A 10, B 11,
 * R 27, F 15). issueInvoice checks every reference it gets back against invoiceReference,
 * which stays the rule.
 */
export const REFERENCE_OF_DIGITS = `'RF' || lpad((98 - ('1011' || digits || '271500')::numeric % 97)::text, 2, '0')
  || 'AB' || digits`;

/** The digits REFERENCE_OF_DIGITS takes: the number, zero-padded to eight (never cut). */
export const NUMBER_DIGITS = `lpad(number::text, greatest(8, length(number::text)), '0')`;

/** The invoice's parameters ($1 to $20), then its lines' ($21 to $25), then the posting's. */
const POSTING_FIRST_PARAMETER = 26;

/**
 * The whole issue in one statement: the number drawn (only when no invoice exists, so that a
 * repeated command uses none up, as before), the invoice, its lines and its issue posting, each
 * written only if the invoice was. Returns the new invoice's number and reference, or the id of
 * the one that existed, or nothing when a concurrent issue won the unique key.
 */
function issueStatement(kind: InvoiceKind, postings: string): string {
  const { existing, key } = UNIQUE[kind];
  return `WITH existing AS (SELECT id FROM invoice WHERE ${existing}),
  numbered AS MATERIALIZED (
    SELECT nextval('invoice_number_seq') AS number WHERE NOT EXISTS (SELECT FROM existing)
  ),
  issued AS (
    INSERT INTO invoice (id, shipment_id, kind, declaration_id, number, reference, exporter_id,
                         buyer_name, buyer_country, buyer_address, total_minor, total_currency,
                         goods_minor, duties_minor, vat_minor, paid_minor, status, escrow,
                         escrow_status, due_at, due_date, correlation_id, issued_at, updated_at)
    SELECT $1::uuid, $2::uuid, $3::text, $4::uuid, number, ${REFERENCE_OF_DIGITS}, $5::text,
           $6::text, $7::text, $8::text, $9::bigint, $10::text, $11::bigint, $12::bigint,
           $13::bigint, 0, $14::text, $15::jsonb, $16::text, $17::timestamptz, $18::date,
           $19::text, $20::timestamptz, $20::timestamptz
      FROM numbered, ${NUMBER_DIGITS} AS digits
    ON CONFLICT ${key} DO NOTHING
    RETURNING id, number, reference
  ),
  line_rows AS (
    INSERT INTO invoice_line (invoice_id, position, kind, description, amount_minor,
                              amount_currency)
    SELECT issued.id, u.position, u.kind, u.description, u.amount_minor, u.amount_currency
      FROM issued, unnest($21::int[], $22::text[], $23::text[], $24::bigint[], $25::text[])
           AS u (position, kind, description, amount_minor, amount_currency)
  ),
  ${postings}
SELECT number::text AS number, reference, NULL::uuid AS existing FROM issued
UNION ALL
SELECT NULL, NULL, id FROM existing`;
}

/** An invoice issued, or the one issued before (its id; null if it committed meanwhile). */
export type IssueResult =
  | { readonly issued: true; readonly id: string; readonly reference: string }
  | { readonly issued: false; readonly existingId: string | null };

/**
 * Numbers the invoice (RF reference from the number), writes it with its lines and books the
 * issue posting, all in the caller's transaction and in one statement. Nothing is written when
 * an invoice with the same unique key exists: a repeated command, or two deliveries racing
 * (the unique key decides).
 */
export async function issueInvoice(
  manager: EntityManager,
  invoice: InvoiceToIssue,
): Promise<IssueResult> {
  const id = uuidv7();
  const { amounts, buyer, dueAt, now, lines } = invoice;
  const state = newInvoiceState(id, amounts, invoice.kind);
  const postings = postingInserts(
    [issuePosting(id, amounts)],
    invoice.source,
    POSTING_FIRST_PARAMETER,
    'WHERE EXISTS (SELECT FROM issued)',
  );
  const rows: { number: string | null; reference: string | null; existing: string | null }[] =
    await manager.query(issueStatement(invoice.kind, postings.ctes), [
      id,
      invoice.shipmentId,
      invoice.kind,
      invoice.declarationId,
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
      lines.map((_, position) => position),
      lines.map((line) => line.kind),
      lines.map((line) => line.description),
      lines.map((line) => line.amount.minor.toString()),
      lines.map((line) => line.amount.currency),
      ...postings.parameters,
    ]);
  const [row] = rows;
  if (!row || row.number === null || row.reference === null) {
    return { issued: false, existingId: row?.existing ?? null };
  }
  const reference = invoiceReference(BigInt(row.number));
  if (row.reference !== reference) {
    // the SQL got the rule wrong: refuse rather than print a reference no payer can use
    throw new Error(
      `invoice number ${row.number} got reference ${row.reference} in SQL, not ${reference}`,
    );
  }
  return { issued: true, id, reference };
}
