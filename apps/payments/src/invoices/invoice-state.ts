import { Money } from '@artbridge/money';
import type { EntityManager } from 'typeorm';
import { InvoiceState } from './domain/invoice';
import { Posting, RecordedPosting } from '../ledger/domain/posting';
import { postingInserts } from '../ledger/ledger';
import { OpenInvoice } from '../reconciliation/domain/reconciliation.types';
import { InvoiceEntity } from './invoice.entity';

/** The pure state of a stored invoice. */
export function invoiceStateOf(invoice: InvoiceEntity): InvoiceState {
  const currency = invoice.total.currency;
  const money = (minor: bigint): Money => ({ minor, currency });
  return {
    id: invoice.id,
    status: invoice.status,
    amounts: {
      currency,
      total: money(invoice.total.minor),
      goods: money(invoice.goodsMinor),
      duties: money(invoice.dutiesMinor),
      vat: money(invoice.vatMinor),
    },
    paid: money(invoice.paidMinor),
    escrow: invoice.escrow,
  };
}

/** What reconciliation needs of an open invoice. */
export function openInvoiceOf(invoice: InvoiceEntity): OpenInvoice {
  return {
    id: invoice.id,
    reference: invoice.reference,
    openAmount: {
      minor: invoice.total.minor - invoice.paidMinor,
      currency: invoice.total.currency,
    },
    dueDate: invoice.dueDate,
    buyerName: invoice.buyerName,
    ...(invoice.kind === 'IMPORT_DUTY' && { holdsEscrow: false }),
  };
}

/** Copies a new state onto the entity (status, paid, escrow), ready to be saved. */
export function withState(invoice: InvoiceEntity, state: InvoiceState, at: Date): InvoiceEntity {
  invoice.status = state.status;
  invoice.paidMinor = state.paid.minor;
  invoice.escrow = state.escrow;
  invoice.escrowStatus = state.escrow.status;
  invoice.updatedAt = at;
  return invoice;
}

const UPDATE_INVOICES = `UPDATE invoice AS i
        SET status = u.status, paid_minor = u.paid_minor, escrow = u.escrow,
            escrow_status = u.escrow_status, updated_at = u.updated_at
       FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::jsonb[], $5::text[], $6::timestamptz[])
            AS u (id, status, paid_minor, escrow, escrow_status, updated_at)
      WHERE i.id = u.id`;

/** What a change books along with the new states: its postings and who caused them. */
export interface Booking {
  readonly postings: readonly (Posting & { readonly id?: string })[];
  readonly recordedBy: string;
}

/**
 * Saves the changing part of invoices, one statement for any number of them; with the postings
 * that book the change in that same statement (data-modifying CTEs), so that a saga command
 * writes in one round trip. Returns the postings as recorded.
 */
export async function saveInvoiceStates(
  manager: EntityManager,
  invoices: readonly InvoiceEntity[],
  booking?: Booking,
): Promise<RecordedPosting[]> {
  if (invoices.length === 0 && !booking?.postings.length) return [];
  const states = [
    invoices.map((invoice) => invoice.id),
    invoices.map((invoice) => invoice.status),
    invoices.map((invoice) => invoice.paidMinor.toString()),
    invoices.map((invoice) => JSON.stringify(invoice.escrow)),
    invoices.map((invoice) => invoice.escrowStatus),
    invoices.map((invoice) => invoice.updatedAt.toISOString()),
  ];
  if (!booking?.postings.length) {
    await manager.query(UPDATE_INVOICES, states);
    return [];
  }
  const postings = postingInserts(booking.postings, booking.recordedBy, states.length + 1);
  await manager.query(`WITH ${postings.ctes} ${UPDATE_INVOICES}`, [
    ...states,
    ...postings.parameters,
  ]);
  return postings.recorded;
}
