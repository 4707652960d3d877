import { Money, MoneyFormatError, addMoney, formatAmount, subtractMoney } from '@artbridge/money';
import {
  PayableAccount,
  ReconciliationDecision,
} from '../../reconciliation/domain/reconciliation.types';
import { CreditDebit } from '../../statements/domain/statement.types';
import { Posting, PostingKind, RecordedPosting, credit, debit, seal } from './posting';

/** What each kind of posting needs to know. Amounts are positive; optional ones may be left out. */
export interface PostingArguments {
  /** goods = price + freight + insurance: what escrow will hold for the exporter */
  INVOICE_ISSUED: { invoiceId: string; goods: Money; duties?: Money; vat?: Money };
  PAYMENT_RECEIVED: { invoiceId: string; entryId?: string; amount: Money };
  /** REC-FEE: the shortfall the bank took, settling the rest of the invoice */
  FEE_BOOKED: { invoiceId: string; entryId?: string; fee: Money };
  /** REC-OVER: the excess, owed back to the payer */
  OVERPAYMENT_CREDIT: { invoiceId?: string; entryId?: string; excess: Money };
  ESCROW_FUNDED: { invoiceId: string; amount: Money };
  ESCROW_RELEASED: { invoiceId: string; amount: Money };
  /** REC-PAYOUT: the released escrow paid out to the exporter, as the statement's debit shows */
  EXPORTER_PAID: { invoiceId: string; entryId?: string; amount: Money };
  /**
   * Cancellation: what the buyer gets back. After funding: the escrow and the duties and VAT not
   * yet remitted. Before funding: the partial payments received (once the invoice posting has
   * been reversed they sit as a credit on the receivable). Less `bankFees`, the charges the bank
   * took from the payments (REC-FEE): they never reached the platform, so they are not paid back,
   * and the expense booked for them is taken back (the buyer bears them after all). Plus
   * `payerCredit`, what the payer sent beyond the invoice (REC-OVER's OVERPAYMENT_CREDIT): the
   * platform holds it too, and it goes back with the rest.
   */
  REFUND: {
    invoiceId: string;
    escrow?: Money;
    duties?: Money;
    vat?: Money;
    partialPayments?: Money;
    bankFees?: Money;
    payerCredit?: Money;
  };
  /** REC-PAYOUT: a refund paid out to the buyer */
  REFUND_PAID: { invoiceId: string; entryId?: string; amount: Money };
  /** REC-PAYOUT: an over-payment's credit (OVERPAYMENT_CREDIT) paid back to the payer */
  PAYER_CREDIT_PAID: { invoiceId: string; entryId?: string; amount: Money };
  /** a bank movement no invoice could take (yet): REC-FUZZY suggestions, exceptions, bank debits */
  SUSPENSE_BOOKED: { entryId: string; amount: Money; creditDebit: CreditDebit };
  /** a person matched a suspended receipt to an invoice */
  SUSPENSE_CLEARED: { entryId: string; invoiceId: string; amount: Money };
  REVERSAL: { original: RecordedPosting; reason: string };
}

type Builders = { [K in PostingKind]: (args: PostingArguments[K]) => Posting };

const money = (value: Money): string => `${formatAmount(value)} ${value.currency}`;

/** Sum of the given parts; addMoney refuses mixed currencies, as one invoice has one currency. */
function sumOf(parts: readonly (Money | undefined)[], what: string): Money {
  const present = parts.filter((part): part is Money => part !== undefined);
  if (present.length === 0) throw new MoneyFormatError(`${what} names no amount`);
  return present.reduce((sum, part) => addMoney(sum, part));
}

const BUILDERS: Builders = {
  INVOICE_ISSUED: ({ invoiceId, goods, duties, vat }) => {
    const total = sumOf([goods, duties, vat], `invoice ${invoiceId}`);
    return {
      kind: 'INVOICE_ISSUED',
      invoiceId,
      memo: `invoice ${invoiceId} issued for ${money(total)}`,
      lines: [
        debit('BUYER_RECEIVABLE', total),
        credit('ESCROW_AWAITING_FUNDS', goods),
        ...(duties ? [credit('DUTIES_PAYABLE', duties)] : []),
        ...(vat ? [credit('VAT_PAYABLE', vat)] : []),
      ],
    };
  },
  PAYMENT_RECEIVED: ({ invoiceId, entryId, amount }) => ({
    kind: 'PAYMENT_RECEIVED',
    invoiceId,
    entryId,
    memo: `payment of ${money(amount)} for invoice ${invoiceId}`,
    lines: [debit('BANK', amount), credit('BUYER_RECEIVABLE', amount)],
  }),
  FEE_BOOKED: ({ invoiceId, entryId, fee }) => ({
    kind: 'FEE_BOOKED',
    invoiceId,
    entryId,
    memo: `bank charges of ${money(fee)} taken from the payment for invoice ${invoiceId}`,
    lines: [debit('BANK_FEES', fee), credit('BUYER_RECEIVABLE', fee)],
  }),
  OVERPAYMENT_CREDIT: ({ invoiceId, entryId, excess }) => ({
    kind: 'OVERPAYMENT_CREDIT',
    invoiceId,
    entryId,
    memo: `over-payment of ${money(excess)}${invoiceId ? ` on invoice ${invoiceId}` : ''} owed to the payer`,
    lines: [debit('BANK', excess), credit('PAYER_CREDITS', excess)],
  }),
  ESCROW_FUNDED: ({ invoiceId, amount }) => ({
    kind: 'ESCROW_FUNDED',
    invoiceId,
    memo: `invoice ${invoiceId} fully paid: ${money(amount)} held in escrow`,
    lines: [debit('ESCROW_AWAITING_FUNDS', amount), credit('ESCROW_LIABILITY', amount)],
  }),
  ESCROW_RELEASED: ({ invoiceId, amount }) => ({
    kind: 'ESCROW_RELEASED',
    invoiceId,
    memo: `escrow of ${money(amount)} for invoice ${invoiceId} released to the exporter`,
    lines: [debit('ESCROW_LIABILITY', amount), credit('EXPORTER_PAYABLE', amount)],
  }),
  EXPORTER_PAID: ({ invoiceId, entryId, amount }) => ({
    kind: 'EXPORTER_PAID',
    invoiceId,
    entryId,
    memo: `${money(amount)} paid out to the exporter for invoice ${invoiceId}`,
    lines: [debit('EXPORTER_PAYABLE', amount), credit('BANK', amount)],
  }),
  REFUND: ({ invoiceId, escrow, duties, vat, partialPayments, bankFees, payerCredit }) => {
    const total = sumOf(
      [escrow, duties, vat, partialPayments, payerCredit],
      `refund for invoice ${invoiceId}`,
    );
    const refunded = bankFees ? subtractMoney(total, bankFees) : total;
    if (refunded.minor <= 0n) {
      throw new MoneyFormatError(
        `refund for invoice ${invoiceId}: bank charges of ${money(bankFees!)} leave nothing of ${money(total)} to refund`,
      );
    }
    return {
      kind: 'REFUND',
      invoiceId,
      memo:
        `invoice ${invoiceId} cancelled: ${money(refunded)} to be refunded to the buyer` +
        (payerCredit ? ` (${money(payerCredit)} of it over-paid, the payer's credit)` : '') +
        (bankFees ? ` (${money(bankFees)} of bank charges never received, not refunded)` : ''),
      lines: [
        ...(escrow ? [debit('ESCROW_LIABILITY', escrow)] : []),
        ...(duties ? [debit('DUTIES_PAYABLE', duties)] : []),
        ...(vat ? [debit('VAT_PAYABLE', vat)] : []),
        ...(partialPayments ? [debit('BUYER_RECEIVABLE', partialPayments)] : []),
        ...(payerCredit ? [debit('PAYER_CREDITS', payerCredit)] : []),
        ...(bankFees ? [credit('BANK_FEES', bankFees)] : []),
        credit('REFUNDS_PAYABLE', refunded),
      ],
    };
  },
  REFUND_PAID: ({ invoiceId, entryId, amount }) => ({
    kind: 'REFUND_PAID',
    invoiceId,
    entryId,
    memo: `refund of ${money(amount)} for invoice ${invoiceId} paid out`,
    lines: [debit('REFUNDS_PAYABLE', amount), credit('BANK', amount)],
  }),
  PAYER_CREDIT_PAID: ({ invoiceId, entryId, amount }) => ({
    kind: 'PAYER_CREDIT_PAID',
    invoiceId,
    entryId,
    memo: `over-payment credit of ${money(amount)} on invoice ${invoiceId} paid back to the payer`,
    lines: [debit('PAYER_CREDITS', amount), credit('BANK', amount)],
  }),
  SUSPENSE_BOOKED: ({ entryId, amount, creditDebit }) => ({
    kind: 'SUSPENSE_BOOKED',
    entryId,
    memo: `${creditDebit === 'CRDT' ? 'receipt' : 'payment'} of ${money(amount)} not matched, held in suspense`,
    lines:
      creditDebit === 'CRDT'
        ? [debit('BANK', amount), credit('BANK_SUSPENSE', amount)]
        : [debit('BANK_SUSPENSE', amount), credit('BANK', amount)],
  }),
  SUSPENSE_CLEARED: ({ entryId, invoiceId, amount }) => ({
    kind: 'SUSPENSE_CLEARED',
    entryId,
    invoiceId,
    memo: `suspended receipt of ${money(amount)} matched to invoice ${invoiceId}`,
    lines: [debit('BANK_SUSPENSE', amount), credit('BUYER_RECEIVABLE', amount)],
  }),
  REVERSAL: ({ original, reason }) => ({
    kind: 'REVERSAL',
    invoiceId: original.invoiceId,
    entryId: original.entryId,
    reverses: original.id,
    memo: `reversal of ${original.kind} ${original.id}: ${reason}`,
    // the mirror image: every debit becomes a credit of the same amount on the same account
    lines: original.lines.map((line) => ({
      ...line,
      side: line.side === 'DEBIT' ? 'CREDIT' : 'DEBIT',
    })),
  }),
};

/**
 * Builds the posting of one kind of money movement, checked to balance in every currency and
 * frozen. Throws UnbalancedPostingError (or MoneyFormatError for mixed currencies) otherwise.
 */
export function postingFor<K extends PostingKind>(kind: K, args: PostingArguments[K]): Posting {
  return seal(BUILDERS[kind](args));
}

/** REC-PAYOUT: the posting that pays out what the invoice owed on each payable account. */
export const PAYOUT_POSTING_KINDS = {
  EXPORTER_PAYABLE: 'EXPORTER_PAID',
  REFUNDS_PAYABLE: 'REFUND_PAID',
  PAYER_CREDITS: 'PAYER_CREDIT_PAID',
} as const satisfies Record<PayableAccount, PostingKind>;

/**
 * The postings a reconciliation decision calls for, money side only: escrow funding follows from
 * the escrow state machine (it needs the invoice's goods amount). A payout (REC-PAYOUT) clears
 * the payable it pays. A payment that matched nothing still arrived (or left): it goes to
 * suspense until a person decides.
 */
export function postingsForDecision(
  decision: ReconciliationDecision,
  payment: { readonly amount: Money; readonly creditDebit: CreditDebit },
): Posting[] {
  const { entryId, invoiceId } = decision;
  if (decision.rule === 'REC-PAYOUT' && invoiceId && decision.applied && decision.pays) {
    return [
      postingFor(PAYOUT_POSTING_KINDS[decision.pays], {
        invoiceId,
        entryId,
        amount: decision.applied,
      }),
    ];
  }
  if (
    (decision.status === 'MATCHED' || decision.status === 'PARTIALLY_PAID') &&
    invoiceId &&
    decision.applied
  ) {
    return [
      postingFor('PAYMENT_RECEIVED', { invoiceId, entryId, amount: decision.applied }),
      ...(decision.fee
        ? [postingFor('FEE_BOOKED', { invoiceId, entryId, fee: decision.fee })]
        : []),
      ...(decision.excess
        ? [postingFor('OVERPAYMENT_CREDIT', { invoiceId, entryId, excess: decision.excess })]
        : []),
    ];
  }
  return [
    postingFor('SUSPENSE_BOOKED', {
      entryId,
      amount: payment.amount,
      creditDebit: payment.creditDebit,
    }),
  ];
}
