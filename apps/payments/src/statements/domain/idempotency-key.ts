import { createHash } from 'node:crypto';
import { Money, formatAmount } from '@artbridge/money';
import { CreditDebit, IdempotencyKeySource } from './statement.types';

/**
 * Idempotency keys for statement entries (RULES.md section 8: importing the same statement twice
 * books nothing twice).
 *
 * 1. With a bank reference: account + statement id + the entry's reference, AcctSvcrRef first
 *    (the bank's own id for the booking, unique per account and stable when a statement is sent
 *    again), else NtryRef (weaker: the PostFinance sample repeats one NtryRef on four entries).
 * 2. Without one (CSV exports, some banks): a hash of account, booking date, signed amount,
 *    currency and payment reference, i.e. of what the money movement is. No statement id here:
 *    a CSV has none that is stable, and the same movements re-exported under another file name
 *    must still be recognised.
 *
 * 3. An entry the bank has not booked (status PDNG, INFO, anything but BOOK) has its status mixed
 *    into either scheme: it books nothing, and the same payment reported booked in a later
 *    statement (same account, date, amount and reference, often no bank reference yet) must not
 *    be taken for its duplicate. A booked entry's key has no status in it, so the keys of booked
 *    entries stored before are unchanged and a booked statement imported again books nothing.
 *
 * If two entries of one file produce the same key (two identical 50.00 payments on the same day,
 * or a reused NtryRef), the second and later ones get their ordinal within the file mixed in, so
 * both are booked and a re-import of the same file still maps to the same keys. The limit of
 * scheme 2: identical movements arriving in two different files look like duplicates; the import
 * reports them as such for a person to check rather than booking them silently.
 *
 * Keys are SHA-256 hex digests of the JSON-encoded parts (JSON so that no separator inside a
 * reference can make two different part lists collide), prefixed by the scheme.
 */
export interface EntryKeyParts {
  readonly account: string;
  readonly statementId: string;
  /** AcctSvcrRef, else NtryRef */
  readonly bankReference?: string;
  readonly bookingDate?: string;
  readonly amount: Money;
  readonly creditDebit: CreditDebit;
  /** the payment reference: creditor reference, end-to-end id or remittance text */
  readonly paymentReference?: string;
  /** the entry status (BOOK, PDNG, INFO); absent means booked (a CSV row) */
  readonly status?: string;
}

export interface EntryKey {
  readonly key: string;
  readonly source: IdempotencyKeySource;
}

export function idempotencyKeysFor(entries: readonly EntryKeyParts[]): EntryKey[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const { source, parts } = keyParts(entry);
    const base = JSON.stringify(parts);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const material = occurrence === 1 ? base : JSON.stringify([...parts, `#${occurrence}`]);
    const prefix = source === 'BANK_REFERENCE' ? 'ref' : 'hash';
    return { key: `${prefix}:${sha256(material)}`, source };
  });
}

function keyParts(entry: EntryKeyParts): { source: IdempotencyKeySource; parts: string[] } {
  // not booked: kept apart from the booking of the same payment (scheme 3 above)
  const unbooked = entry.status !== undefined && entry.status !== 'BOOK' ? [entry.status] : [];
  if (entry.bankReference) {
    return {
      source: 'BANK_REFERENCE',
      parts: ['ref', entry.account, entry.statementId, entry.bankReference, ...unbooked],
    };
  }
  // signed, so that a debit and a credit of the same amount on the same day stay apart
  const signed = entry.creditDebit === 'DBIT' ? -entry.amount.minor : entry.amount.minor;
  return {
    source: 'CONTENT_HASH',
    parts: [
      'hash',
      entry.account,
      entry.bookingDate ?? '',
      formatAmount({ minor: signed, currency: entry.amount.currency }),
      entry.amount.currency,
      entry.paymentReference ?? '',
      ...unbooked,
    ],
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
