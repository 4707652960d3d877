import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ValidateNestedObjects } from '../lib/validators';
import { defineCommand, defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { PartyDto } from '../lib/shipment-terms.dto';
import { Streams } from '../lib/streams';

export const INVOICE_LINE_KINDS = ['PRICE', 'DUTY', 'VAT', 'FREIGHT', 'INSURANCE'] as const;

export class InvoiceLineV1 {
  @IsIn(INVOICE_LINE_KINDS)
  kind!: (typeof INVOICE_LINE_KINDS)[number];

  @IsString()
  @Length(1, 500)
  description!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

export class IssueInvoiceV1 {
  @IsUUID()
  shipmentId!: string;

  /** Who is paid when escrow is released. */
  @IsString()
  @Length(1, 200)
  exporterId!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => PartyDto)
  buyer!: PartyDto;

  /** All in one currency: the invoice's. */
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNestedObjects()
  @Type(() => InvoiceLineV1)
  lines!: InvoiceLineV1[];

  @IsISO8601()
  dueAt!: string;
}

export class ShipmentMoneyStepV1 {
  @IsUUID()
  shipmentId!: string;

  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class InvoiceEventV1 {
  @IsUUID()
  invoiceId!: string;

  @IsUUID()
  shipmentId!: string;
}

export class InvoiceIssuedV1 extends InvoiceEventV1 {
  /** ISO 11649 creditor reference printed on the invoice. */
  @Matches(/^RF\d{2}[A-Z0-9]{1,21}$/)
  reference!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  total!: MoneyDto;

  @IsISO8601()
  dueAt!: string;
}

export class InvoiceAmountV1 extends InvoiceEventV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;
}

// Commands to payments (key: the shipment id).
export const IssueInvoice = defineCommand(
  'payments.invoice.issue',
  1,
  Streams.paymentsCommands,
  IssueInvoiceV1,
);
/** Undo an invoice: void it when nothing was paid, refund what was. */
export const CancelInvoice = defineCommand(
  'payments.invoice.cancel',
  1,
  Streams.paymentsCommands,
  ShipmentMoneyStepV1,
);
export const ReleaseEscrow = defineCommand(
  'payments.escrow.release',
  1,
  Streams.paymentsCommands,
  ShipmentMoneyStepV1,
);
export const HoldEscrow = defineCommand(
  'payments.escrow.hold',
  1,
  Streams.paymentsCommands,
  ShipmentMoneyStepV1,
);

// What payments announces (key: the invoice id).
export const InvoiceIssued = defineEvent(
  'payments.invoice.issued',
  1,
  Streams.paymentsInvoice,
  InvoiceIssuedV1,
);
export const InvoicePartiallyPaid = defineEvent(
  'payments.invoice.partially-paid',
  1,
  Streams.paymentsInvoice,
  InvoiceAmountV1,
);
export const EscrowFunded = defineEvent(
  'payments.escrow.funded',
  1,
  Streams.paymentsInvoice,
  InvoiceAmountV1,
);
export const EscrowHeld = defineEvent(
  'payments.escrow.held',
  1,
  Streams.paymentsInvoice,
  InvoiceAmountV1,
);
export const EscrowReleased = defineEvent(
  'payments.escrow.released',
  1,
  Streams.paymentsInvoice,
  InvoiceAmountV1,
);
export const InvoiceVoided = defineEvent(
  'payments.invoice.voided',
  1,
  Streams.paymentsInvoice,
  InvoiceEventV1,
);
export const InvoiceRefunded = defineEvent(
  'payments.invoice.refunded',
  1,
  Streams.paymentsInvoice,
  InvoiceAmountV1,
);
