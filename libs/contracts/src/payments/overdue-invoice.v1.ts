import { IsISO8601 } from 'class-validator';
import { defineCommand } from '../lib/message-definition';
import { Streams } from '../lib/streams';
import { ShipmentMoneyStepV1 } from './invoice.v1';

export class CancelOverdueInvoiceV1 extends ShipmentMoneyStepV1 {
  /** The invoice's due date, which passed: the saga's PAYMENT_DUE deadline fired. */
  @IsISO8601()
  dueAt!: string;
}

/**
 * The saga's PAYMENT_DUE deadline fired before logistics heard that the invoice was paid (key:
 * the shipment id). Payments, which owns the payment state, decides: an invoice paid in full
 * with its escrow funded is kept (it published `payments.escrow.funded` when it was funded, and
 * the saga resumes on that); any other is cancelled as `payments.invoice.cancel` does (voided
 * when nothing was paid, the partial payments refunded).
 */
export const CancelOverdueInvoice = defineCommand(
  'payments.invoice.cancel-overdue',
  1,
  Streams.paymentsCommands,
  CancelOverdueInvoiceV1,
);
