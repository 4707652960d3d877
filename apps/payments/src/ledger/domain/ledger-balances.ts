import { Money } from '@artbridge/money';
import { ACCOUNT_KEYS, AccountKey, normalSide } from './chart-of-accounts';
import { Posting } from './posting';

export interface AccountBalance {
  readonly account: AccountKey;
  readonly currency: string;
  readonly debits: Money;
  readonly credits: Money;
  /** on the account's normal side: debits - credits for assets and expenses, the reverse for liabilities */
  readonly balance: Money;
}

export interface TrialBalance {
  readonly currency: string;
  readonly debits: Money;
  readonly credits: Money;
  readonly balanced: boolean;
}

/** Balances per account and currency, in chart order then currency order. */
export function accountBalances(
  postings: Iterable<Posting>,
  filter?: { invoiceId?: string },
): AccountBalance[] {
  const totals = new Map<
    string,
    { account: AccountKey; currency: string; debits: bigint; credits: bigint }
  >();
  for (const posting of postings) {
    if (filter?.invoiceId !== undefined && posting.invoiceId !== filter.invoiceId) continue;
    for (const line of posting.lines) {
      const key = `${line.account}|${line.amount.currency}`;
      let total = totals.get(key);
      if (!total)
        totals.set(
          key,
          (total = {
            account: line.account,
            currency: line.amount.currency,
            debits: 0n,
            credits: 0n,
          }),
        );
      if (line.side === 'DEBIT') total.debits += line.amount.minor;
      else total.credits += line.amount.minor;
    }
  }
  const order = (account: AccountKey): number => ACCOUNT_KEYS.indexOf(account);
  return [...totals.values()]
    .sort((a, b) => order(a.account) - order(b.account) || a.currency.localeCompare(b.currency))
    .map(({ account, currency, debits, credits }) => ({
      account,
      currency,
      debits: { minor: debits, currency },
      credits: { minor: credits, currency },
      balance: {
        minor: normalSide(account) === 'DEBIT' ? debits - credits : credits - debits,
        currency,
      },
    }));
}

/** Per currency, all debits against all credits: equal whenever every posting balanced. */
export function trialBalance(postings: Iterable<Posting>): TrialBalance[] {
  const totals = new Map<string, { debits: bigint; credits: bigint }>();
  for (const posting of postings) {
    for (const line of posting.lines) {
      let total = totals.get(line.amount.currency);
      if (!total) totals.set(line.amount.currency, (total = { debits: 0n, credits: 0n }));
      if (line.side === 'DEBIT') total.debits += line.amount.minor;
      else total.credits += line.amount.minor;
    }
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, { debits, credits }]) => ({
      currency,
      debits: { minor: debits, currency },
      credits: { minor: credits, currency },
      balanced: debits === credits,
    }));
}
