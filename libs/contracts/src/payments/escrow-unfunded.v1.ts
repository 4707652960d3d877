import { Type } from 'class-transformer';
import { IsDefined, IsString, Length, ValidateNested } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { Streams } from '../lib/streams';
import { InvoiceEventV1 } from './invoice.v1';

export class EscrowUnfundedV1 extends InvoiceEventV1 {
  /** The goods amount escrow no longer holds (what EscrowFunded announced). */
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  /** Why, e.g. the bank reversed the buyer's payment (REC-REVERSAL). */
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

/**
 * The bank reversed a payment that had funded the invoice's escrow (key: the invoice id): the
 * invoice is OPEN or PARTIALLY_PAID again and escrow back to AWAITING_FUNDS, so nothing may be
 * released until the buyer pays again (a new `payments.escrow.funded` then follows).
 */
export const EscrowUnfunded = defineEvent(
  'payments.escrow.unfunded',
  1,
  Streams.paymentsInvoice,
  EscrowUnfundedV1,
);
