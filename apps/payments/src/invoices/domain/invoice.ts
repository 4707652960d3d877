import { MAX_AMOUNT_MINOR, Money, addMoney, formatAmount, isCurrencyCode } from '@artbridge/money';
import {
  EscrowEvent,
  EscrowSettings,
  EscrowState,
  EscrowTransition,
  INITIAL_ESCROW_STATE,
  NO_ESCROW,
  escrowTransition,
} from '../../ledger/domain/escrow';
import { accountBalances } from '../../ledger/domain/ledger-balances';
import type { AccountKey } from '../../ledger/domain/chart-of-accounts';
import { Posting, PostingKind, RecordedPosting } from '../../ledger/domain/posting';
import { postingFor } from '../../ledger/domain/postings';
import {
  InvoicePayables,
  PAYABLE_ACCOUNTS,
  PayableAccount,
  ReconciliationDecision,
} from '../../reconciliation/domain/reconciliation.types';
import { createCreditorReference } from './creditor-reference';

/**
 * An invoice as pure data and the rules of its life: what it totals, how payments, cancellation
 * and escrow change it, and which postings each change books. Persistence and messaging are the
 * caller's; nothing here does I/O.
 *
 *   OPEN --partial payment--> PARTIALLY_PAID --rest paid--> PAID (escrow funded)
 *   OPEN --cancelled, nothing paid--> VOID (the issue posting reversed)
 *   PARTIALLY_PAID | PAID --cancelled--> REFUNDED (what was paid owed back to the buyer)
 */

/**
 * SHIPMENT: the saga's invoice of a shipment (price, and duties where customs computed them),
 * its goods held in escrow. IMPORT_DUTY: the import duty and VAT of one import declaration
 * (works released from bonded storage), billed to the importer, without escrow.
 */
export const INVOICE_KINDS = ['SHIPMENT', 'IMPORT_DUTY'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export const INVOICE_STATUSES = ['OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID', 'REFUNDED'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Statuses in which an invoice still expects money. */
export const OPEN_INVOICE_STATUSES: readonly InvoiceStatus[] = ['OPEN', 'PARTIALLY_PAID'];

export const INVOICE_LINE_KIND_VALUES = ['PRICE', 'DUTY', 'VAT', 'FREIGHT', 'INSURANCE'] as const;
export type InvoiceLineKind = (typeof INVOICE_LINE_KIND_VALUES)[number];

export interface InvoiceLine {
  readonly kind: InvoiceLineKind;
  readonly description: string;
  readonly amount: Money;
}

/**
 * What an invoice totals, split the way the ledger books it: goods (price, freight, insurance)
 * go to escrow for the exporter, duties and VAT are owed to the authorities.
 */
export interface InvoiceAmounts {
  readonly currency: string;
  readonly total: Money;
  readonly goods: Money;
  readonly duties: Money;
  readonly vat: Money;
}

export class InvoiceRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvoiceRuleError';
  }
}

const GOODS_KINDS: ReadonlySet<InvoiceLineKind> = new Set(['PRICE', 'FREIGHT', 'INSURANCE']);

/**
 * Totals the lines; refuses no lines, mixed currencies, negative lines, a zero total and a total
 * beyond MAX_AMOUNT_MINOR (each line may be within it and their sum not: the database keeps
 * amounts as bigint, and such an invoice could never be stored).
 */
export function invoiceAmounts(lines: readonly InvoiceLine[]): InvoiceAmounts {
  if (lines.length === 0) throw new InvoiceRuleError('an invoice needs one line at least');
  const currency = lines[0].amount.currency;
  if (!isCurrencyCode(currency)) throw new InvoiceRuleError(`'${currency}' is not a currency`);
  const zero: Money = { minor: 0n, currency };
  let goods = zero;
  let duties = zero;
  let vat = zero;
  lines.forEach((line, index) => {
    if (line.amount.currency !== currency) {
      throw new InvoiceRuleError(
        `lines[${index}] is in ${line.amount.currency} but the invoice is in ${currency}: one invoice, one currency`,
      );
    }
    if (line.amount.minor < 0n) throw new InvoiceRuleError(`lines[${index}] is negative`);
    if (GOODS_KINDS.has(line.kind)) goods = addMoney(goods, line.amount);
    else if (line.kind === 'DUTY') duties = addMoney(duties, line.amount);
    else vat = addMoney(vat, line.amount);
  });
  const total = addMoney(addMoney(goods, duties), vat);
  if (total.minor === 0n) throw new InvoiceRuleError('the invoice totals zero: nothing to pay');
  if (total.minor > MAX_AMOUNT_MINOR) {
    const most = formatAmount({ minor: MAX_AMOUNT_MINOR, currency });
    throw new InvoiceRuleError(
      `the lines total ${formatAmount(total)} ${currency}, more than an invoice can hold (${currency} amounts go up to ${most})`,
    );
  }
  return { currency, total, goods, duties, vat };
}

/**
 * The RF reference printed on the invoice with the given number: `AB` and the number, at least
 * eight digits, under ISO 11649 check digits. Short enough to type, unique because numbers are.
 */
export function invoiceReference(invoiceNumber: bigint): string {
  if (invoiceNumber <= 0n) throw new RangeError(`invoice number ${invoiceNumber} is not positive`);
  return createCreditorReference(`AB${invoiceNumber.toString().padStart(8, '0')}`);
}

/** The posting that books a newly issued invoice. */
export function issuePosting(invoiceId: string, amounts: InvoiceAmounts): Posting {
  return postingFor('INVOICE_ISSUED', {
    invoiceId,
    goods: amounts.goods,
    duties: positive(amounts.duties),
    vat: positive(amounts.vat),
  });
}

/** The state of an invoice that its rules need. */
export interface InvoiceState {
  readonly id: string;
  readonly status: InvoiceStatus;
  readonly amounts: InvoiceAmounts;
  /** applied so far, bank charges written off (REC-FEE) included: never more than the total */
  readonly paid: Money;
  readonly escrow: EscrowState;
}

/** A new OPEN invoice; an IMPORT_DUTY one holds no escrow (and may bill no goods). */
export function newInvoiceState(
  id: string,
  amounts: InvoiceAmounts,
  kind: InvoiceKind = 'SHIPMENT',
): InvoiceState {
  if (kind === 'IMPORT_DUTY' && amounts.goods.minor !== 0n) {
    throw new InvoiceRuleError('an import-duty invoice bills duties and taxes only, no goods');
  }
  return {
    id,
    status: 'OPEN',
    amounts,
    paid: { minor: 0n, currency: amounts.currency },
    escrow: kind === 'IMPORT_DUTY' ? NO_ESCROW : INITIAL_ESCROW_STATE,
  };
}

export function openAmount(state: InvoiceState): Money {
  return { minor: state.amounts.total.minor - state.paid.minor, currency: state.amounts.currency };
}

export class InvoiceStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvoiceStateError';
  }
}

export interface PaymentOutcome {
  readonly state: InvoiceState;
  /** escrow postings only; the money side comes from postingsForDecision */
  readonly postings: readonly Posting[];
  /** the invoice is now fully paid and its escrow funded */
  readonly funded: boolean;
}

/**
 * Applies a MATCHED or PARTIALLY_PAID decision: the applied amount and any fee written off count
 * as paid; once the total is reached, escrow is funded through the escrow state machine.
 */
export function applyPayment(
  state: InvoiceState,
  decision: ReconciliationDecision,
  on: string,
  settings: EscrowSettings,
): PaymentOutcome {
  if (!OPEN_INVOICE_STATUSES.includes(state.status)) {
    throw new InvoiceStateError(`invoice ${state.id} is ${state.status}; it takes no payment`);
  }
  if (!decision.applied || decision.invoiceId !== state.id) {
    throw new InvoiceStateError(`decision ${decision.rule} applies nothing to invoice ${state.id}`);
  }
  const fee = decision.fee?.minor ?? 0n;
  const paid: Money = {
    minor: state.paid.minor + decision.applied.minor + fee,
    currency: state.amounts.currency,
  };
  if (
    decision.applied.currency !== state.amounts.currency ||
    paid.minor > state.amounts.total.minor
  ) {
    throw new InvoiceStateError(
      `${formatAmount(decision.applied)} ${decision.applied.currency} does not fit the open ${formatAmount(openAmount(state))} ${state.amounts.currency} of invoice ${state.id}`,
    );
  }
  if (paid.minor < state.amounts.total.minor) {
    return { state: { ...state, paid, status: 'PARTIALLY_PAID' }, postings: [], funded: false };
  }
  if (state.escrow.status === 'NONE') {
    // duties and taxes only: the payment settles what the invoice booked as owed to the
    // authorities; nothing is held for anyone
    return { state: { ...state, paid, status: 'PAID' }, postings: [], funded: false };
  }
  const transition = escrowTransition(
    state.escrow,
    { type: 'PAYMENT_APPLIED', on, paid, due: state.amounts.total },
    settings,
  );
  if (transition.refusal) throw new InvoiceStateError(transition.refusal);
  const postings =
    transition.effect === 'FUND' && state.amounts.goods.minor > 0n
      ? [postingFor('ESCROW_FUNDED', { invoiceId: state.id, amount: state.amounts.goods })]
      : [];
  return {
    state: { ...state, paid, status: 'PAID', escrow: transition.state },
    postings,
    funded: true,
  };
}

export interface ReversalOutcome {
  readonly state: InvoiceState;
  /** REVERSAL postings, never edits: of the payment's own postings, and of the escrow funding */
  readonly postings: readonly Posting[];
  /** escrow had been funded and is no longer: the goods amount it held */
  readonly unfunded?: Money;
}

const PAYMENT_POSTING_KINDS: ReadonlySet<PostingKind> = new Set([
  'PAYMENT_RECEIVED',
  'FEE_BOOKED',
  'OVERPAYMENT_CREDIT',
]);

/**
 * Applies a REC-REVERSAL decision: the bank took back payment `decision.reverses`. Its postings
 * (PAYMENT_RECEIVED and any FEE_BOOKED or OVERPAYMENT_CREDIT, found by its entry id among the
 * invoice's postings) are each reversed, what it counted as paid comes off the invoice (OPEN when
 * nothing is left, else PARTIALLY_PAID), and funded escrow goes back to AWAITING_FUNDS with its
 * ESCROW_FUNDED posting reversed; an invoice without escrow (import duty) keeps NONE. `postings` are the invoice's postings recorded so far, those of
 * the same import included.
 */
export function reversePayment(
  state: InvoiceState,
  decision: ReconciliationDecision,
  postings: readonly RecordedPosting[],
  on: string,
  settings: EscrowSettings,
): ReversalOutcome {
  if (state.status !== 'PAID' && state.status !== 'PARTIALLY_PAID') {
    throw new InvoiceStateError(
      `invoice ${state.id} is ${state.status}; it has no payment to reverse`,
    );
  }
  const unpaid = decision.applied;
  if (!unpaid || !decision.reverses || decision.invoiceId !== state.id) {
    throw new InvoiceStateError(
      `decision ${decision.rule} reverses nothing on invoice ${state.id}`,
    );
  }
  if (unpaid.currency !== state.amounts.currency || unpaid.minor > state.paid.minor) {
    throw new InvoiceStateError(
      `${formatAmount(unpaid)} ${unpaid.currency} is more than invoice ${state.id} has been paid`,
    );
  }
  const reversed = new Set(postings.map((posting) => posting.reverses).filter(Boolean));
  const reason = `the bank reversed payment ${decision.reverses} (statement entry ${decision.entryId})`;
  const paymentPostings = postings.filter(
    (posting) =>
      posting.entryId === decision.reverses &&
      posting.invoiceId === state.id &&
      PAYMENT_POSTING_KINDS.has(posting.kind) &&
      !reversed.has(posting.id),
  );
  if (!paymentPostings.some((posting) => posting.kind === 'PAYMENT_RECEIVED')) {
    throw new InvoiceStateError(
      `payment ${decision.reverses} of invoice ${state.id} has no PAYMENT_RECEIVED posting left to reverse`,
    );
  }
  // duties and taxes only (import duty): no escrow was funded, so none is unfunded
  const transition: EscrowTransition =
    state.escrow.status === 'NONE'
      ? { state: state.escrow }
      : escrowTransition(state.escrow, { type: 'PAYMENT_REVERSED', on }, settings);
  if (transition.refusal) throw new InvoiceStateError(transition.refusal);
  const funding =
    transition.effect === 'UNFUND'
      ? postings.filter(
          (posting) =>
            posting.kind === 'ESCROW_FUNDED' &&
            posting.invoiceId === state.id &&
            !reversed.has(posting.id),
        )
      : [];
  const paid: Money = { minor: state.paid.minor - unpaid.minor, currency: state.amounts.currency };
  return {
    state: {
      ...state,
      paid,
      status: paid.minor === 0n ? 'OPEN' : 'PARTIALLY_PAID',
      escrow: transition.state,
    },
    postings: [...paymentPostings, ...funding].map((original) =>
      postingFor('REVERSAL', { original, reason }),
    ),
    ...(transition.effect === 'UNFUND' && { unfunded: state.amounts.goods }),
  };
}

/** What a lifecycle step did; UNCHANGED when it had already been done (a repeated command). */
export type LifecycleOutcome =
  | {
      readonly kind: 'VOIDED' | 'REFUNDED' | 'RELEASED' | 'HELD';
      readonly state: InvoiceState;
      readonly postings: readonly Posting[];
      /** REFUNDED: owed back to the buyer; RELEASED, HELD: the escrow amount */
      readonly amount: Money;
    }
  | { readonly kind: 'UNCHANGED'; readonly state: InvoiceState; readonly why: string }
  | { readonly kind: 'REFUSED'; readonly state: InvoiceState; readonly why: string };

/**
 * Cancellation (the saga's compensation): nothing paid -> VOID, the issue posting reversed; paid
 * in part -> the issue posting reversed and the partial payments owed back; fully paid -> escrow,
 * duties and VAT owed back. Escrow decides whether cancelling is allowed at all (not after
 * delivery: the buyer must dispute). `postings` are the invoice's postings so far: its issue
 * posting, the bank charges written off on its payments (REC-FEE), which count as paid but
 * never reached the platform, and the credit of any over-payment (REC-OVER), which reached it
 * without counting as paid: the buyer gets back everything received, no more and no less.
 */
export function cancelInvoice(
  state: InvoiceState,
  postings: readonly RecordedPosting[],
  on: string,
  settings: EscrowSettings,
): LifecycleOutcome {
  if (state.status === 'VOID' || state.status === 'REFUNDED') {
    return { kind: 'UNCHANGED', state, why: `invoice ${state.id} is already ${state.status}` };
  }
  const transition = escrowTransition(state.escrow, { type: 'CANCELLED', on }, settings);
  if (transition.refusal) return { kind: 'REFUSED', state, why: transition.refusal };
  const { amounts } = state;
  const reason = 'invoice cancelled';
  const bankFees = bankFeesWrittenOff(state, postings);
  const payerCredit = payerCreditHeld(state, postings);
  const received: Money = {
    minor: state.paid.minor - bankFees.minor + payerCredit.minor,
    currency: amounts.currency,
  };
  if (transition.effect === 'REFUND') {
    return {
      kind: 'REFUNDED',
      state: { ...state, status: 'REFUNDED', escrow: transition.state },
      amount: received,
      postings: [
        postingFor('REFUND', {
          invoiceId: state.id,
          escrow: positive(amounts.goods),
          duties: positive(amounts.duties),
          vat: positive(amounts.vat),
          bankFees: positive(bankFees),
          payerCredit: positive(payerCredit),
        }),
      ],
    };
  }
  const issued = postings.find(
    (posting) => posting.kind === 'INVOICE_ISSUED' && posting.invoiceId === state.id,
  );
  if (!issued) throw new InvoiceStateError(`invoice ${state.id} has no INVOICE_ISSUED posting`);
  const reversal = postingFor('REVERSAL', { original: issued, reason });
  if (state.paid.minor === 0n) {
    return {
      kind: 'VOIDED',
      state: { ...state, status: 'VOID', escrow: transition.state },
      amount: state.paid,
      postings: [reversal],
    };
  }
  return {
    kind: 'REFUNDED',
    state: { ...state, status: 'REFUNDED', escrow: transition.state },
    amount: received,
    postings: [
      reversal,
      postingFor('REFUND', {
        invoiceId: state.id,
        partialPayments: state.paid,
        bankFees: positive(bankFees),
        payerCredit: positive(payerCredit),
      }),
    ],
  };
}

/**
 * The bank charges written off on the invoice's payments and still standing (REC-FEE's
 * FEE_BOOKED, less any reversed with its payment): the invoice's BANK_FEES balance.
 */
export function bankFeesWrittenOff(state: InvoiceState, postings: readonly Posting[]): Money {
  return invoiceBalance(state, postings, 'BANK_FEES');
}

/**
 * What the payer sent beyond the invoice and the platform owes back (REC-OVER's
 * OVERPAYMENT_CREDIT, less any reversed with its payment): the invoice's PAYER_CREDITS balance.
 */
export function payerCreditHeld(state: InvoiceState, postings: readonly Posting[]): Money {
  return invoiceBalance(state, postings, 'PAYER_CREDITS');
}

/**
 * What the platform owes on the invoice and has not paid out, by payable account (released
 * escrow, a refund, an over-payment's credit): its balances there, less what REC-PAYOUT's
 * EXPORTER_PAID, REFUND_PAID and PAYER_CREDIT_PAID paid out. Zero balances are left out.
 */
export function invoicePayables(
  state: InvoiceState,
  reference: string,
  postings: readonly Posting[],
): InvoicePayables {
  const owed: Partial<Record<PayableAccount, Money>> = {};
  for (const account of PAYABLE_ACCOUNTS) {
    const balance = invoiceBalance(state, postings, account);
    if (balance.minor !== 0n) owed[account] = balance;
  }
  return { id: state.id, reference, currency: state.amounts.currency, owed };
}

/** The invoice's balance on `account`, in its currency, from its postings (0 with none). */
function invoiceBalance(
  state: InvoiceState,
  postings: readonly Posting[],
  account: AccountKey,
): Money {
  const currency = state.amounts.currency;
  const row = accountBalances(postings, { invoiceId: state.id }).find(
    (candidate) => candidate.account === account && candidate.currency === currency,
  );
  return row?.balance ?? { minor: 0n, currency };
}

/** What an overdue cancellation does: a cancellation's outcome, or the invoice kept, paid. */
export type OverdueCancellationOutcome =
  | LifecycleOutcome
  | { readonly kind: 'DECLINED'; readonly state: InvoiceState; readonly why: string };

/**
 * Cancellation because the saga's payment deadline passed (CancelOverdueInvoice). The saga
 * decides on what it has heard, and an EscrowFunded may still be on its way to it: payments,
 * which owns the payment state, decides. An invoice paid in full with its escrow funded was paid
 * before the cancellation took effect: it is kept (DECLINED; its EscrowFunded, published when it
 * was funded, is announced again in answer, and the saga resumes on it). Anything else is
 * cancelled as `cancelInvoice` does (voided when nothing was paid, the partial payments refunded).
 */
export function cancelOverdueInvoice(
  state: InvoiceState,
  postings: readonly RecordedPosting[],
  on: string,
  settings: EscrowSettings,
): OverdueCancellationOutcome {
  if (state.status === 'PAID' && state.escrow.status === 'FUNDED') {
    return {
      kind: 'DECLINED',
      state,
      why: `invoice ${state.id} was paid in full and its escrow funded on ${state.escrow.fundedOn}, before the payment deadline's cancellation: kept, the sale goes on`,
    };
  }
  return cancelInvoice(state, postings, on, settings);
}

/**
 * Release to the exporter. The saga sends it once the shipment is delivered and accepted (or the
 * inspection period is over), so funded escrow passes through DELIVERED and BUYER_ACCEPTED; a
 * disputed one is resolved in the exporter's favour. Unfunded escrow is refused by the machine.
 */
export function releaseEscrow(
  state: InvoiceState,
  on: string,
  settings: EscrowSettings,
): LifecycleOutcome {
  if (state.escrow.status === 'RELEASED') {
    return { kind: 'UNCHANGED', state, why: `escrow of invoice ${state.id} is already released` };
  }
  // anything but DELIVERED or DISPUTED goes through delivery first, so unfunded escrow is refused
  // with the machine's own reason ("only funded escrow awaits delivery")
  const events: EscrowEvent[] =
    state.escrow.status === 'DELIVERED'
      ? [{ type: 'BUYER_ACCEPTED', on }]
      : state.escrow.status === 'DISPUTED'
        ? [{ type: 'DISPUTE_RESOLVED', on, outcome: 'RELEASE' }]
        : [
            { type: 'DELIVERED', on },
            { type: 'BUYER_ACCEPTED', on },
          ];
  let escrow: EscrowState = state.escrow;
  let released = false;
  for (const event of events) {
    const transition = escrowTransition(escrow, event, settings);
    if (transition.refusal) return { kind: 'REFUSED', state, why: transition.refusal };
    escrow = transition.state;
    released = released || transition.effect === 'RELEASE';
  }
  const amount = state.amounts.goods;
  return {
    kind: 'RELEASED',
    state: { ...state, escrow },
    amount,
    postings:
      released && amount.minor > 0n
        ? [postingFor('ESCROW_RELEASED', { invoiceId: state.id, amount })]
        : [],
  };
}

/** A dispute: funded escrow stays held (no money moves) until it is resolved. */
export function holdEscrow(
  state: InvoiceState,
  on: string,
  settings: EscrowSettings,
): LifecycleOutcome {
  if (state.escrow.status === 'DISPUTED') {
    return { kind: 'UNCHANGED', state, why: `escrow of invoice ${state.id} is already held` };
  }
  const transition = escrowTransition(state.escrow, { type: 'DISPUTE_OPENED', on }, settings);
  if (transition.refusal) return { kind: 'REFUSED', state, why: transition.refusal };
  return {
    kind: 'HELD',
    state: { ...state, escrow: transition.state },
    amount: state.amounts.goods,
    postings: [],
  };
}

function positive(amount: Money): Money | undefined {
  return amount.minor > 0n ? amount : undefined;
}
