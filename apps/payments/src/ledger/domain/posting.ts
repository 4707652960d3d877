import { Money, formatAmount } from '@artbridge/money';
import { AccountKey } from './chart-of-accounts';

export type Side = 'DEBIT' | 'CREDIT';

export interface PostingLine {
  readonly account: AccountKey;
  readonly side: Side;
  /** always positive; the side says which way it goes */
  readonly amount: Money;
}

export type PostingKind =
  | 'INVOICE_ISSUED'
  | 'PAYMENT_RECEIVED'
  | 'FEE_BOOKED'
  | 'OVERPAYMENT_CREDIT'
  | 'ESCROW_FUNDED'
  | 'ESCROW_RELEASED'
  | 'EXPORTER_PAID'
  | 'REFUND'
  | 'REFUND_PAID'
  | 'PAYER_CREDIT_PAID'
  | 'SUSPENSE_BOOKED'
  | 'SUSPENSE_CLEARED'
  | 'REVERSAL';

/**
 * One balanced double-entry posting. Postings are never edited (RULES.md section 8): builders
 * return frozen objects, and a mistake is corrected by a REVERSAL that mirrors the original.
 */
export interface Posting {
  readonly kind: PostingKind;
  readonly invoiceId?: string;
  /** the statement entry (idempotency key) the money came with, if any */
  readonly entryId?: string;
  /** REVERSAL: the id of the posting it reverses */
  readonly reverses?: string;
  readonly memo: string;
  readonly lines: readonly PostingLine[];
}

/** A posting as stored, with the id persistence gave it. */
export interface RecordedPosting extends Posting {
  readonly id: string;
}

export class UnbalancedPostingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnbalancedPostingError';
  }
}

/** Debits minus credits per currency; a balanced posting has zero everywhere. */
export function imbalance(lines: readonly PostingLine[]): Map<string, bigint> {
  const difference = new Map<string, bigint>();
  for (const line of lines) {
    const signed = line.side === 'DEBIT' ? line.amount.minor : -line.amount.minor;
    difference.set(line.amount.currency, (difference.get(line.amount.currency) ?? 0n) + signed);
  }
  return difference;
}

export function isBalanced(posting: Pick<Posting, 'lines'>): boolean {
  for (const difference of imbalance(posting.lines).values()) if (difference !== 0n) return false;
  return true;
}

/** Throws unless: two lines at least, every amount positive, debits equal credits in every currency. */
export function assertBalanced(posting: Pick<Posting, 'lines' | 'kind'>): void {
  if (posting.lines.length < 2) {
    throw new UnbalancedPostingError(
      `${posting.kind} posting has ${posting.lines.length} line(s); double entry needs two at least`,
    );
  }
  for (const line of posting.lines) {
    if (line.amount.minor <= 0n) {
      throw new UnbalancedPostingError(
        `${posting.kind} posting line on ${line.account} has amount ${formatAmount(line.amount)}; amounts must be positive`,
      );
    }
  }
  for (const [currency, difference] of imbalance(posting.lines)) {
    if (difference !== 0n) {
      throw new UnbalancedPostingError(
        `${posting.kind} posting does not balance in ${currency}: debits exceed credits by ${formatAmount({ minor: difference, currency })}`,
      );
    }
  }
}

/** Freezes the posting and its lines after checking it balances: the only way postings are made. */
export function seal(posting: Posting): Posting {
  const lines = posting.lines
    .filter((line) => line.amount.minor !== 0n)
    .map((line) => Object.freeze({ ...line }));
  const sealed = { ...posting, lines: Object.freeze(lines) };
  assertBalanced(sealed);
  return Object.freeze(sealed);
}

export const debit = (account: AccountKey, amount: Money): PostingLine => ({
  account,
  side: 'DEBIT',
  amount,
});
export const credit = (account: AccountKey, amount: Money): PostingLine => ({
  account,
  side: 'CREDIT',
  amount,
});
