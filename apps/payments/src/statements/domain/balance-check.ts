import { Money, formatAmount } from '@artbridge/money';
import { BalanceCheck, StatementBalance, StatementEntry } from './statement.types';

const BOOKED = 'BOOK';

function signed(balance: StatementBalance): bigint {
  return balance.creditDebit === 'DBIT' ? -balance.amount.minor : balance.amount.minor;
}

/**
 * opening + booked credits - booked debits = closing, with signed balances (DBIT = overdrawn).
 * A mismatch is reported, not thrown: the bank's file is still what happened on the account,
 * and finance decides what to do with it. Pending and informational entries are left out
 * because they do not move the booked balance.
 */
export function checkBalances(
  opening: StatementBalance | undefined,
  closing: StatementBalance | undefined,
  entries: readonly Pick<StatementEntry, 'amount' | 'creditDebit' | 'status' | 'index'>[],
): BalanceCheck {
  if (!opening || !closing) {
    const missing = [!opening && 'opening (OPBD/PRCD)', !closing && 'closing (CLBD)'].filter(
      Boolean,
    );
    return {
      status: 'NOT_CHECKED',
      reason: `the statement carries no ${missing.join(' and no ')} balance`,
    };
  }
  const currency = opening.amount.currency;
  if (closing.amount.currency !== currency) {
    return {
      status: 'NOT_CHECKED',
      reason: `opening balance is in ${currency} but closing balance in ${closing.amount.currency}`,
    };
  }
  let credits = 0n;
  let debits = 0n;
  for (const entry of entries) {
    if (entry.status !== BOOKED) continue;
    if (entry.amount.currency !== currency) {
      return {
        status: 'NOT_CHECKED',
        reason: `entry ${entry.index} is in ${entry.amount.currency}, the balances in ${currency}`,
      };
    }
    if (entry.creditDebit === 'CRDT') credits += entry.amount.minor;
    else debits += entry.amount.minor;
  }
  const money = (minor: bigint): Money => ({ minor, currency });
  const expected = signed(opening) + credits - debits;
  const actual = signed(closing);
  const amounts = {
    opening: money(signed(opening)),
    credits: money(credits),
    debits: money(debits),
    closing: money(actual),
  };
  if (expected === actual) return { status: 'BALANCED', ...amounts };
  return {
    status: 'MISMATCH',
    ...amounts,
    expectedClosing: money(expected),
    difference: money(actual - expected),
  };
}

export function describeBalanceCheck(check: BalanceCheck): string {
  switch (check.status) {
    case 'BALANCED':
      return `balanced: ${formatAmount(check.opening)} + ${formatAmount(check.credits)} - ${formatAmount(check.debits)} = ${formatAmount(check.closing)} ${check.closing.currency}`;
    case 'MISMATCH':
      return `mismatch: opening + credits - debits = ${formatAmount(check.expectedClosing)} but the closing balance is ${formatAmount(check.closing)} ${check.closing.currency} (difference ${formatAmount(check.difference)})`;
    case 'NOT_CHECKED':
      return `not checked: ${check.reason}`;
  }
}
