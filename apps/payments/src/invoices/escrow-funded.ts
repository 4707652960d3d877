import { EscrowFunded, MoneyDto } from '@artbridge/contracts';
import { Announcement, announce } from '../shared/announcements';
import { InvoiceState } from './domain/invoice';
import { InvoiceEntity } from './invoice.entity';

/**
 * EscrowFunded for a shipment invoice paid in full: the goods amount escrow holds. Announced when
 * a payment funds it (reconciliation), and again when payments keeps the invoice against an
 * overdue cancellation, so the saga waiting for that answer always hears it.
 */
export function announceEscrowFunded(invoice: InvoiceEntity, state: InvoiceState): Announcement {
  return announce(
    EscrowFunded,
    {
      invoiceId: invoice.id,
      shipmentId: invoice.shipmentId,
      amount: MoneyDto.from(state.amounts.goods),
    },
    invoice.id,
    invoice.correlationId,
  );
}
