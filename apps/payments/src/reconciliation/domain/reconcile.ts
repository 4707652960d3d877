import { Money, formatAmount } from '@artbridge/money';
import {
  isValidCreditorReference,
  normaliseCreditorReference,
} from '../../invoices/domain/creditor-reference';
import { businessDaysBetween, isIsoDate } from '../../shared/domain/iso-date';
import {
  ChargeBearer,
  StatementEntry,
  TransactionDetails,
} from '../../statements/domain/statement.types';
import { FeeToleranceCap, feeToleranceCaps } from './fee-tolerance';
import { OpenInvoiceIndex } from './open-invoice-index';
import { PayableIndex } from './payable-index';
import { ibanMatches, nameKeys, nameKeysMatch } from './party-matching';
import {
  DEFAULT_RECONCILIATION_SETTINGS,
  IncomingPayment,
  InvoicePayables,
  MatchedPayment,
  OpenInvoice,
  PAYABLE_ACCOUNTS,
  PayableAccount,
  ReconciliationDecision,
  ReconciliationSettings,
} from './reconciliation.types';

/**
 * The matching cascade of RULES.md section 8, as a pure function: one payment, the open invoices
 * (an index, or a list that is indexed on the spot), the settings, and for debits the matched
 * payments they may reverse and what is owed on the invoices they name -> one decision naming
 * its rule.
 *
 * 1. A debit or a reversal is not a buyer's payment: REC-REVERSAL when it takes back a matched
 *    payment (reversalDecision); else, a debit paying out in full what an invoice it names owes
 *    on one payable account -> REC-PAYOUT (payoutDecision); else REC-NONE. Nor is a batch entry its details
 *    cannot split although they name several references (which invoice gets how much is a
 *    guess): REC-NONE, for a person.
 * 2. A reference (structured creditor reference, end-to-end id, an RF reference in the free
 *    text, in that order) that names an open invoice decides which invoice; then
 *    other currency -> REC-FX; equal -> REC-EXACT; above -> REC-OVER; short within the fee
 *    tolerance (its cap of 50 EUR converted into the currency: fee-tolerance.ts; none without a
 *    rate) with charges shared or borne by us -> REC-FEE; otherwise short -> REC-PARTIAL.
 * 3. No reference names an open invoice: an invoice with exactly this open amount, whose buyer
 *    has the payer's name or IBAN and is due within the business-day window -> REC-FUZZY,
 *    suggested only. A mistyped reference counts as none here, which is the case fuzzy matching
 *    exists for.
 * 4. Nothing: REC-NONE, an exception for finance.
 */
export function reconcile(
  payment: IncomingPayment,
  openInvoices: OpenInvoiceIndex | readonly OpenInvoice[],
  settings: ReconciliationSettings = DEFAULT_RECONCILIATION_SETTINGS,
  matchedPayments: readonly MatchedPayment[] = [],
  payables: PayableIndex | readonly InvoicePayables[] = [],
): ReconciliationDecision {
  const { entryId, amount } = payment;

  if (payment.creditDebit === 'DBIT' || payment.reversal) {
    const reversal = reversalDecision(payment, matchedPayments);
    // the bank's reversal indicator says it takes a credit back: never a transfer finance made
    if (reversal.rule === 'REC-REVERSAL' || payment.reversal || payment.creditDebit !== 'DBIT') {
      return reversal;
    }
    return payoutDecision(
      payment,
      payables instanceof PayableIndex ? payables : PayableIndex.of(payables),
      reversal,
    );
  }
  const index =
    openInvoices instanceof OpenInvoiceIndex ? openInvoices : OpenInvoiceIndex.of(openInvoices);
  if (amount.minor <= 0n) return none(entryId, `a payment of ${moneyText(amount)} settles nothing`);
  if (payment.unsplitBatch) {
    const { details, references: named, why } = payment.unsplitBatch;
    return none(
      entryId,
      `${moneyText(amount)} is one batch entry of ${details} transaction details naming ${named.length} different references (${named.join(', ')}), and ${why}: ` +
        `how much of it pays which cannot be told from the statement, so it is not matched automatically; a person must split or match it`,
    );
  }

  const references = referenceCandidates(payment);
  for (const reference of references) {
    const lookup = index.findByReference(reference);
    if (lookup.kind === 'AMBIGUOUS') {
      return none(
        entryId,
        `reference ${reference} names ${lookup.invoiceIds.length} open invoices (${lookup.invoiceIds.join(', ')}); a person must choose`,
      );
    }
    if (lookup.kind === 'FOUND') return byReference(payment, lookup.invoice, reference, settings);
  }

  const unmatched =
    references.length > 0
      ? `reference ${references.join(' / ')} names no open invoice; `
      : 'no reference; ';
  const fuzzy = fuzzyCandidate(payment, index, settings);
  if (fuzzy) {
    return {
      entryId,
      rule: 'REC-FUZZY',
      status: 'SUGGESTED',
      invoiceId: fuzzy.invoice.id,
      applied: amount,
      fundsEscrow: false,
      explanation:
        `${unmatched}${moneyText(amount)} equals the open amount of invoice ${fuzzy.invoice.id}, ` +
        `the payer's ${fuzzy.matchedOn} matches its buyer and it was booked ${describeDistance(fuzzy.distance)} ` +
        `its due date ${fuzzy.invoice.dueDate}` +
        (fuzzy.others > 0
          ? ` (${fuzzy.others} other invoice(s) also fit; this one is due nearest)`
          : '') +
        '; suggested for a person to confirm',
    };
  }
  return none(
    entryId,
    `${unmatched}no open invoice of ${moneyText(amount)} from this payer is due within ${settings.fuzzyWindowBusinessDays} business days of the booking date`,
  );
}

function byReference(
  payment: IncomingPayment,
  invoice: OpenInvoice,
  reference: string,
  settings: ReconciliationSettings,
): ReconciliationDecision {
  const { entryId, amount } = payment;
  const open = invoice.openAmount;
  const base = { entryId, invoiceId: invoice.id };
  const money = (minor: bigint): Money => ({ minor, currency: open.currency });
  const escrow = invoice.holdsEscrow !== false;
  const settled = escrow ? 'escrow funded' : 'paid in full (duties and taxes: no escrow)';

  if (amount.currency !== open.currency) {
    return {
      ...base,
      rule: 'REC-FX',
      status: 'EXCEPTION',
      fundsEscrow: false,
      explanation: `reference ${reference} names invoice ${invoice.id} in ${open.currency} but the payment is ${moneyText(amount)}; payments in another currency are never matched automatically`,
    };
  }
  if (amount.minor === open.minor) {
    return {
      ...base,
      rule: 'REC-EXACT',
      status: 'MATCHED',
      applied: amount,
      fundsEscrow: escrow,
      explanation: `reference ${reference} names invoice ${invoice.id} and ${moneyText(amount)} equals its open amount; ${settled}`,
    };
  }
  if (amount.minor > open.minor) {
    const excess = money(amount.minor - open.minor);
    return {
      ...base,
      rule: 'REC-OVER',
      status: 'MATCHED',
      applied: open,
      excess,
      fundsEscrow: escrow,
      explanation: `reference ${reference} names invoice ${invoice.id}; ${moneyText(amount)} exceeds its open amount ${moneyText(open)}, the excess ${moneyText(excess)} is a credit owed to the payer; ${settled}`,
    };
  }

  const shortfall = money(open.minor - amount.minor);
  const cap = (settings.feeToleranceCaps ?? feeToleranceCaps([], settings)).capOn(
    open.currency,
    payment.bookingDate,
  );
  // no cap in this currency (no ECB rate): nothing is taken for bank charges, a person decides
  const tolerance = cap.cap ? feeTolerance(open, settings, cap.cap) : undefined;
  const toleranceText = cap.cap && tolerance ? describeTolerance(tolerance, cap, settings) : '';
  const bearer: ChargeBearer = payment.chargeBearer ?? settings.assumedChargeBearer;
  const bearerText = payment.chargeBearer
    ? `charges ${bearer}`
    : `charge bearer not stated, assumed ${bearer}`;
  if (tolerance && shortfall.minor <= tolerance.minor && bearer !== 'DEBT') {
    return {
      ...base,
      rule: 'REC-FEE',
      status: 'MATCHED',
      applied: amount,
      fee: shortfall,
      fundsEscrow: escrow,
      explanation: `reference ${reference} names invoice ${invoice.id}; ${moneyText(amount)} is ${moneyText(shortfall)} short of ${moneyText(open)}, within ${toleranceText} (${bearerText}), booked to bank fees; ${settled}`,
    };
  }
  const why =
    'why' in cap
      ? `and no bank charge is written off automatically: ${cap.why}`
      : tolerance && shortfall.minor <= tolerance.minor
        ? `within ${toleranceText} but the payer bears the charges (${bearerText})`
        : `beyond ${toleranceText}`;
  return {
    ...base,
    rule: 'REC-PARTIAL',
    status: 'PARTIALLY_PAID',
    applied: amount,
    remaining: shortfall,
    fundsEscrow: false,
    explanation: `reference ${reference} names invoice ${invoice.id}; ${moneyText(amount)} is ${moneyText(shortfall)} short of ${moneyText(open)}, ${why}; the rest stays open${escrow ? ' and escrow is not funded' : ''}`,
  };
}

/** "the fee tolerance of 8126 JPY (the cap of 50.00 EUR at the ECB rate 162.537 of 2026-04-14)" */
function describeTolerance(
  tolerance: Money,
  cap: Extract<FeeToleranceCap, { cap: Money }>,
  settings: ReconciliationSettings,
): string {
  const capped = tolerance.minor === cap.cap.minor;
  const inEur = settings.feeToleranceCap;
  return (
    `the fee tolerance of ${moneyText(tolerance)}` +
    (capped && cap.rate
      ? ` (the cap of ${moneyText(inEur)} at the ECB rate ${cap.rate.rate} of ${cap.rate.date})`
      : '')
  );
}

/**
 * A debit, or an entry the bank marks as a reversal: money leaving the account, never a payment
 * from a buyer. When it takes back a payment matched to an invoice it is applied to that invoice
 * (REC-REVERSAL); otherwise it is an exception for finance (REC-NONE).
 *
 * What the payment rows keep is its amount, its references (structured creditor reference and
 * end-to-end id) and its remittance text, not which of them the cascade used; an automatic match
 * was made by the invoice's RF reference, which the payment carried. So the strictest test the
 * data allows: a debit (the reversal of a credit; a credit marked as a reversal returns money to
 * us and undoes no buyer's payment) of the same currency and amount, naming the matched invoice's
 * RF reference, which the original payment named too. Amount and currency alone, or a shared
 * end-to-end id without the invoice's reference, are not enough: a person decides those (a
 * payment matched by hand without the reference is therefore never reversed automatically).
 * Of several such payments (equal partial payments) the latest is taken back. Only while escrow
 * still holds nothing or holds the money for the shipment (AWAITING_FUNDS, FUNDED), or, for an
 * invoice without escrow (import duty, NONE), while it is paid or partly paid: once escrow is
 * delivered, disputed, released, refunded or cancelled, what the money paid for has moved on and
 * finance must recover it (REC-NONE, naming the invoice).
 */
function reversalDecision(
  payment: IncomingPayment,
  matchedPayments: readonly MatchedPayment[],
): ReconciliationDecision {
  const { entryId, amount } = payment;
  const what = `${moneyText(amount)} is a ${payment.reversal ? 'reversal' : 'debit'}: money leaving the account, not a payment from a buyer`;
  const named = new Set(referenceCandidates(payment));
  const original =
    payment.creditDebit === 'DBIT'
      ? [...matchedPayments].reverse().find((matched) => {
          const reference = normaliseCreditorReference(matched.invoice.reference);
          return (
            matched.amount.currency === amount.currency &&
            matched.amount.minor === amount.minor &&
            named.has(reference) &&
            referenceCandidates(matched).includes(reference)
          );
        })
      : undefined;
  if (!original) {
    return none(
      entryId,
      `${what}; it reverses no payment of ${moneyText(amount)} matched to an invoice by a reference it names`,
    );
  }
  const { invoice } = original;
  if (!reversible(original)) {
    return {
      ...none(
        entryId,
        `${what}; it reverses payment ${original.entryId} of invoice ${invoice.id} (reference ${invoice.reference}), ` +
          `but that invoice is ${original.invoiceStatus} with escrow ${original.escrowStatus}: not undone automatically, finance must recover the money`,
      ),
      invoiceId: invoice.id,
    };
  }
  return {
    entryId,
    rule: 'REC-REVERSAL',
    status: 'MATCHED',
    invoiceId: invoice.id,
    applied: original.paid,
    reverses: original.entryId,
    fundsEscrow: false,
    explanation:
      `the bank reversed payment ${original.entryId} of ${moneyText(amount)}, matched to invoice ${invoice.id} by reference ${invoice.reference}: ` +
      `${moneyText(original.paid)} comes off what the invoice has been paid` +
      (original.escrowStatus === 'FUNDED' ? ' and its escrow is no longer funded' : ''),
  };
}

/**
 * Whether a matched payment may still be undone automatically: its invoice's escrow holds
 * nothing yet or holds the money for the shipment; an invoice without escrow (import duty) as
 * long as the payment still counts on it (paid or partly paid).
 */
function reversible(matched: MatchedPayment): boolean {
  if (matched.escrowStatus === 'NONE') {
    return matched.invoiceStatus === 'PAID' || matched.invoiceStatus === 'PARTIALLY_PAID';
  }
  return matched.escrowStatus === 'FUNDED' || matched.escrowStatus === 'AWAITING_FUNDS';
}

/** What each payable account is, for an explanation. */
const OWED_TO: Record<PayableAccount, string> = {
  EXPORTER_PAYABLE: 'to the exporter, its escrow released (EXPORTER_PAYABLE)',
  REFUNDS_PAYABLE: 'to the buyer, refunded on cancellation (REFUNDS_PAYABLE)',
  PAYER_CREDITS: "to the payer, an over-payment's credit (PAYER_CREDITS)",
};

/**
 * A debit that reverses nothing (`reversal`, the REC-NONE reversalDecision gave it): money finance
 * sent out. When a reference it names (as a credit's are found: structured, end-to-end id, an RF
 * reference in the text) names an invoice, in the invoice's currency, whose balance on exactly one
 * payable account (escrow released to the exporter, a refund, an over-payment's credit) equals
 * the amount, it pays that out (REC-PAYOUT) and the payable falls to zero. A part payout, one of
 * several payables at once, or one equal to two of them is finance's to book (REC-NONE, saying
 * what the invoice owes); a debit naming no invoice stays the reversal's REC-NONE.
 */
function payoutDecision(
  payment: IncomingPayment,
  payables: PayableIndex,
  reversal: ReconciliationDecision,
): ReconciliationDecision {
  const { entryId, amount } = payment;
  const exception = (invoiceId: string | undefined, why: string): ReconciliationDecision => ({
    ...reversal,
    ...(invoiceId !== undefined && { invoiceId }),
    explanation: `${reversal.explanation}; nor does it pay out what an invoice owes: ${why}`,
  });
  for (const reference of referenceCandidates(payment)) {
    const lookup = payables.findByReference(reference);
    if (lookup.kind === 'NOT_FOUND') continue;
    if (lookup.kind === 'AMBIGUOUS') {
      return exception(
        undefined,
        `reference ${reference} names ${lookup.invoiceIds.length} invoices (${lookup.invoiceIds.join(', ')}); a person must choose`,
      );
    }
    const { invoice } = lookup;
    const named = `reference ${reference} names invoice ${invoice.id}`;
    const owed = PAYABLE_ACCOUNTS.flatMap((account) => {
      const balance = invoice.owed[account];
      return balance && balance.minor > 0n ? [{ account, balance }] : [];
    });
    const owedText =
      owed.length === 0
        ? 'which owes nothing to anyone (no released escrow, refund or payer credit unpaid)'
        : `which owes ${owed.map(({ account, balance }) => `${moneyText(balance)} ${OWED_TO[account]}`).join(' and ')}`;
    if (amount.currency !== invoice.currency) {
      return exception(
        invoice.id,
        `${named} in ${invoice.currency}, ${owedText}, but the debit is ${moneyText(amount)}; payouts in another currency are never matched automatically`,
      );
    }
    const paid = owed.filter(({ balance }) => balance.minor === amount.minor);
    if (paid.length > 1) {
      return exception(
        invoice.id,
        `${named}, ${owedText}: ${moneyText(amount)} equals more than one of them; a person must choose`,
      );
    }
    if (paid.length === 0) {
      return exception(
        invoice.id,
        owed.length === 0
          ? `${named}, ${owedText}`
          : `${named}, ${owedText}; ${moneyText(amount)} pays none of them in full`,
      );
    }
    const [{ account }] = paid;
    return {
      entryId,
      rule: 'REC-PAYOUT',
      status: 'MATCHED',
      invoiceId: invoice.id,
      applied: amount,
      pays: account,
      fundsEscrow: false,
      explanation: `${named} and ${moneyText(amount)} pays out what it owes ${OWED_TO[account]}: nothing of it is owed any more`,
    };
  }
  return reversal;
}

/**
 * The largest shortfall taken as bank charges: basis points of the open amount, rounded down
 * (the tolerance never exceeds the stated share), at most `cap`, the EUR cap in the open
 * amount's currency (domain/fee-tolerance.ts).
 */
export function feeTolerance(
  open: Money,
  settings: Pick<ReconciliationSettings, 'feeToleranceBasisPoints'>,
  cap: Money,
): Money {
  if (cap.currency !== open.currency) {
    throw new RangeError(
      `a fee cap in ${cap.currency} does not limit an amount in ${open.currency}`,
    );
  }
  const share = (open.minor * settings.feeToleranceBasisPoints) / 10_000n;
  return { minor: share < cap.minor ? share : cap.minor, currency: open.currency };
}

interface FuzzyCandidate {
  readonly invoice: OpenInvoice;
  readonly matchedOn: 'name' | 'IBAN' | 'name and IBAN';
  readonly distance: number;
  readonly others: number;
}

function fuzzyCandidate(
  payment: IncomingPayment,
  index: OpenInvoiceIndex,
  settings: ReconciliationSettings,
): FuzzyCandidate | undefined {
  const bookingDate = payment.bookingDate;
  if (!bookingDate || !isIsoDate(bookingDate)) return undefined;
  const sameAmount = index.findByOpenAmount(payment.amount);
  if (sameAmount.length === 0) return undefined;
  const payerNameKeys = payment.payerName ? nameKeys(payment.payerName) : undefined;
  const candidates: Omit<FuzzyCandidate, 'others'>[] = [];
  for (const invoice of sameAmount) {
    const byName =
      payerNameKeys !== undefined && nameKeysMatch(payerNameKeys, index.buyerNameKeys(invoice));
    const byIban = ibanMatches(payment.payerIban, invoice.buyerIbans);
    if (!byName && !byIban) continue;
    const distance = businessDaysBetween(invoice.dueDate, bookingDate, settings.holidays);
    if (Math.abs(distance) > settings.fuzzyWindowBusinessDays) continue;
    candidates.push({
      invoice,
      matchedOn: byName && byIban ? 'name and IBAN' : byName ? 'name' : 'IBAN',
      distance,
    });
  }
  if (candidates.length === 0) return undefined;
  // nearest due date first, then the earlier due date, then the id: deterministic
  candidates.sort(
    (a, b) =>
      Math.abs(a.distance) - Math.abs(b.distance) ||
      a.invoice.dueDate.localeCompare(b.invoice.dueDate) ||
      a.invoice.id.localeCompare(b.invoice.id),
  );
  return { ...candidates[0], others: candidates.length - 1 };
}

function describeDistance(distance: number): string {
  if (distance === 0) return 'on';
  const days = `${Math.abs(distance)} business day${Math.abs(distance) === 1 ? '' : 's'}`;
  return distance > 0 ? `${days} after` : `${days} before`;
}

function moneyText(amount: Money): string {
  return `${formatAmount(amount)} ${amount.currency}`;
}

function none(entryId: string, explanation: string): ReconciliationDecision {
  return { entryId, rule: 'REC-NONE', status: 'EXCEPTION', fundsEscrow: false, explanation };
}

const RF_START = /RF\s?\d\s?\d/gi;

/** References to try, normalised and without repeats: the given ones, then RF references in the text. */
export function referenceCandidates(
  payment: Pick<IncomingPayment, 'references' | 'remittanceText'>,
): string[] {
  const candidates = payment.references
    .map(normaliseCreditorReference)
    .filter((reference) => reference !== '');
  if (payment.remittanceText) candidates.push(...creditorReferencesIn(payment.remittanceText));
  return [...new Set(candidates)];
}

/**
 * RF references a payer typed into free text, printed form included ("Invoice RF18 5390 0754 7034
 * thanks"). Each "RF" + two digits starts a run of letters, digits and single spaces; every prefix
 * of the run with valid check digits is a candidate, longest first. The word after a reference
 * ("THANKS") usually breaks the check digits; when it happens not to, the shorter, right
 * candidate is still tried, and a wrong one only matters if it is another open invoice's reference.
 */
export function creditorReferencesIn(text: string): string[] {
  const found: string[] = [];
  for (const start of text.matchAll(RF_START)) {
    const characters: string[] = [];
    for (const char of text.slice(start.index, start.index + 64).toUpperCase()) {
      if (/[A-Z0-9]/.test(char)) characters.push(char);
      else if (char !== ' ') break;
      if (characters.length === 25) break;
    }
    for (let length = characters.length; length >= 5; length--) {
      const candidate = characters.slice(0, length).join('');
      if (isValidCreditorReference(candidate)) found.push(candidate);
    }
  }
  return found;
}

/**
 * The payments of a statement entry: one per transaction detail when a batch entry itemises
 * them with amounts in the entry's currency, else the entry as one payment (the bank booked the
 * entry amount) with the references of its first detail. A batch its details cannot split whose
 * details name more than one reference is not given the first one's: it is one payment marked
 * `unsplitBatch`, which the cascade leaves to a person (REC-NONE) instead of paying one invoice
 * with the money of several.
 */
export function paymentsFromStatementEntry(entry: StatementEntry): IncomingPayment[] {
  const entryBearer = entry.charges.find((charge) => charge.bearer !== undefined)?.bearer;
  const { transactions } = entry;
  const itemised =
    transactions.length > 1 &&
    transactions.every((transaction) => transaction.amount?.currency === entry.amount.currency);
  const common = { reversal: entry.reversal, bookingDate: entry.bookingDate };

  if (itemised) {
    return entry.transactions.map((transaction) => ({
      ...common,
      entryId: `${entry.idempotencyKey}#${transaction.index}`,
      amount: transaction.amount!,
      creditDebit: transaction.creditDebit ?? entry.creditDebit,
      references: compact([transaction.creditorReference, transaction.endToEndId]),
      remittanceText: transaction.remittanceLines.join(' ') || undefined,
      payerName: transaction.debtorName,
      payerIban: transaction.debtorIban,
      chargeBearer: transaction.chargeBearer ?? entryBearer,
    }));
  }
  const named = transactions.length > 1 ? [...new Set(transactions.flatMap(detailReference))] : [];
  if (named.length > 1) {
    const otherCurrency = transactions.find(
      (transaction) => transaction.amount && transaction.amount.currency !== entry.amount.currency,
    )?.amount?.currency;
    const payers = [...new Set(compact(transactions.map((transaction) => transaction.debtorName)))];
    return [
      {
        ...common,
        entryId: entry.idempotencyKey,
        amount: entry.amount,
        creditDebit: entry.creditDebit,
        references: named,
        remittanceText:
          [...transactions.flatMap((t) => t.remittanceLines), entry.additionalInfo ?? '']
            .join(' ')
            .trim() || undefined,
        payerName: payers.length === 1 ? payers[0] : undefined,
        chargeBearer: entryBearer,
        unsplitBatch: {
          details: transactions.length,
          references: named,
          why: transactions.every((transaction) => transaction.amount)
            ? `their amounts are in ${otherCurrency}, not in ${entry.amount.currency} as the entry`
            : 'not all of them carry an amount',
        },
      },
    ];
  }
  const [only] = transactions;
  return [
    {
      ...common,
      entryId: entry.idempotencyKey,
      amount: entry.amount,
      creditDebit: entry.creditDebit,
      references: compact([only?.creditorReference, only?.endToEndId]),
      remittanceText:
        [...(only?.remittanceLines ?? []), entry.additionalInfo ?? ''].join(' ').trim() ||
        undefined,
      payerName: only?.debtorName,
      payerIban: only?.debtorIban,
      chargeBearer: only?.chargeBearer ?? entryBearer,
    },
  ];
}

/**
 * The reference a transaction detail pays, as the cascade would try it first: its structured
 * creditor reference, else its end-to-end id, else an RF reference in its text; none: [].
 */
function detailReference(transaction: TransactionDetails): string[] {
  const [first] = referenceCandidates({
    references: compact([transaction.creditorReference, transaction.endToEndId]),
    remittanceText: transaction.remittanceLines.join(' ') || undefined,
  });
  return first === undefined ? [] : [first];
}

function compact(values: readonly (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined && value !== '');
}

/**
 * Reconciles payments in order against one set of open invoices, as an import does: a payment
 * that settles an invoice takes it out of reach of the next one, a partial payment lowers what
 * the next one must match, a payout clears what the next debit could pay out. The caller's lists
 * are not changed; the decisions come back in order.
 */
export function reconcileAll(
  payments: readonly IncomingPayment[],
  openInvoices: readonly OpenInvoice[],
  settings: ReconciliationSettings = DEFAULT_RECONCILIATION_SETTINGS,
  matchedPayments: readonly MatchedPayment[] = [],
  payables: readonly InvoicePayables[] = [],
): ReconciliationDecision[] {
  const index = OpenInvoiceIndex.of(openInvoices);
  const owed = PayableIndex.of(payables);
  // a payment is reversed once: a second reversal of it in the same import finds nothing
  let reversible = matchedPayments;
  return payments.map((payment) => {
    const decision = reconcile(payment, index, settings, reversible, owed);
    if (decision.rule === 'REC-PAYOUT') {
      // paid out once: a second debit of the same payable in the same import finds nothing owed
      owed.recordPayout(decision.invoiceId!, decision.pays!);
      return decision;
    }
    if (decision.rule === 'REC-REVERSAL') {
      const original = reversible.find((matched) => matched.entryId === decision.reverses)!;
      reversible = reversible.filter((matched) => matched !== original);
      index.recordReversal(original.invoice, decision.applied!);
      return decision;
    }
    if (
      decision.invoiceId &&
      (decision.status === 'MATCHED' || decision.status === 'PARTIALLY_PAID')
    ) {
      index.recordPayment(decision.invoiceId, decision.remaining);
    }
    return decision;
  });
}
