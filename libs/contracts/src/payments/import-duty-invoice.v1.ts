import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsISO8601, IsUUID, Matches, ValidateNested } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { Streams } from '../lib/streams';
import { InvoiceEventV1 } from './invoice.v1';

/**
 * Import-duty invoices (key and subject: the invoice id). Payments issues one when customs
 * clears an import declaration with duties due (customs.declaration.import-cleared): the
 * import duty and VAT of works released from a free-trade zone's bonded storage, owed by the
 * importer, paid straight to the authorities (no escrow). Its own event types, so that the
 * shipment saga, which waits for the shipment's own invoice, never takes it for that one.
 */
export class ImportDutyInvoiceEventV1 extends InvoiceEventV1 {
  /** The import declaration the duties were assessed on: one invoice per declaration. */
  @IsUUID()
  declarationId!: string;
}

export class ImportDutyInvoiceIssuedV1 extends ImportDutyInvoiceEventV1 {
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

export class ImportDutyInvoicePaymentV1 extends ImportDutyInvoiceEventV1 {
  /** Paid so far (bank charges written off included). */
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  paid!: MoneyDto;
}

/** Where an import-duty invoice stands once a payment of it is undone: it expects money again. */
export const IMPORT_DUTY_STATUSES_AFTER_REVERSAL = ['OPEN', 'PARTIALLY_PAID'] as const;

export class ImportDutyInvoicePaymentReversedV1 extends ImportDutyInvoiceEventV1 {
  /** What the bank took back: no longer counted as paid. */
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  reversed!: MoneyDto;

  /** Paid after the reversal (bank charges written off included). */
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  paid!: MoneyDto;

  /** Still to pay after the reversal. */
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  open!: MoneyDto;

  /** OPEN when nothing counts as paid any more, else PARTIALLY_PAID. */
  @IsIn(IMPORT_DUTY_STATUSES_AFTER_REVERSAL)
  status!: (typeof IMPORT_DUTY_STATUSES_AFTER_REVERSAL)[number];
}

export const ImportDutyInvoiceIssued = defineEvent(
  'payments.import-duty-invoice.issued',
  1,
  Streams.paymentsInvoice,
  ImportDutyInvoiceIssuedV1,
);
export const ImportDutyInvoicePartiallyPaid = defineEvent(
  'payments.import-duty-invoice.partially-paid',
  1,
  Streams.paymentsInvoice,
  ImportDutyInvoicePaymentV1,
);
/** Fully paid: the duty and VAT are owed to the authorities (duties and VAT payable). */
export const ImportDutyInvoicePaid = defineEvent(
  'payments.import-duty-invoice.paid',
  1,
  Streams.paymentsInvoice,
  ImportDutyInvoicePaymentV1,
);
/**
 * The bank reversed a payment of the invoice (REC-REVERSAL): what was announced as paid, in
 * part or in full, is no longer; the importer owes `open` again. No escrow is involved, so
 * `payments.escrow.unfunded` is not sent.
 */
export const ImportDutyInvoicePaymentReversed = defineEvent(
  'payments.import-duty-invoice.payment-reversed',
  1,
  Streams.paymentsInvoice,
  ImportDutyInvoicePaymentReversedV1,
);
