import { formatAmount, money } from '@artbridge/money';
import { dateFromDayNumber, requireDayNumber } from '../../shared/domain/iso-date';

/** The longest daily series one request may ask for. */
export const MAX_SERIES_DAYS = 366;

/** Escrow held (ESCROW_LIABILITY, credits − debits) per currency, in minor units. */
export interface EscrowBalance {
  readonly currency: string;
  readonly heldMinor: bigint;
}

/** The net movement of ESCROW_LIABILITY on one day (UTC) in one currency: credits − debits. */
export interface EscrowDailyMovement {
  readonly date: string;
  readonly currency: string;
  readonly netMinor: bigint;
}

export interface EscrowHeld {
  readonly currencies: { readonly currency: string; readonly held: string }[];
}

export interface EscrowHeldSeries {
  readonly from: string;
  readonly to: string;
  readonly currencies: {
    readonly currency: string;
    readonly days: { readonly date: string; readonly held: string }[];
  }[];
}

export class ReportRangeError extends Error {
  override readonly name = 'ReportRangeError';
}

const amount = (minor: bigint, currency: string) => formatAmount(money(minor, currency));

export function escrowHeld(balances: readonly EscrowBalance[]): EscrowHeld {
  return {
    currencies: [...balances]
      .sort((a, b) => a.currency.localeCompare(b.currency))
      .map((balance) => ({
        currency: balance.currency,
        held: amount(balance.heldMinor, balance.currency),
      })),
  };
}

/** Checks a from/to pair: real dates, from ≤ to, at most MAX_SERIES_DAYS days. */
export function seriesRange(from: string, to: string): { first: number; last: number } {
  let first: number;
  let last: number;
  try {
    first = requireDayNumber(from);
    last = requireDayNumber(to);
  } catch (error) {
    throw new ReportRangeError((error as Error).message);
  }
  if (first > last) throw new ReportRangeError(`from ${from} is after to ${to}`);
  if (last - first + 1 > MAX_SERIES_DAYS) {
    throw new ReportRangeError(
      `from ${from} to ${to} is ${last - first + 1} days; at most ${MAX_SERIES_DAYS} per request`,
    );
  }
  return { first, last };
}

/**
 * Escrow held at the end of each day from `from` to `to` (inclusive), per currency: the running
 * sum of every day's movement up to that day. `movements` must cover everything up to `to`
 * (movements before `from` make the opening balance; later ones are ignored). A currency
 * appears if it has moved on or before `to`.
 */
export function escrowHeldSeries(
  movements: readonly EscrowDailyMovement[],
  from: string,
  to: string,
): EscrowHeldSeries {
  const { first, last } = seriesRange(from, to);
  const perCurrency = new Map<string, { opening: bigint; byDay: Map<number, bigint> }>();
  for (const movement of movements) {
    const day = requireDayNumber(movement.date);
    if (day > last) continue;
    let currency = perCurrency.get(movement.currency);
    if (!currency) {
      currency = { opening: 0n, byDay: new Map() };
      perCurrency.set(movement.currency, currency);
    }
    if (day < first) currency.opening += movement.netMinor;
    else currency.byDay.set(day, (currency.byDay.get(day) ?? 0n) + movement.netMinor);
  }
  return {
    from,
    to,
    currencies: [...perCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, { opening, byDay }]) => {
        const days: { date: string; held: string }[] = [];
        let held = opening;
        for (let day = first; day <= last; day++) {
          held += byDay.get(day) ?? 0n;
          days.push({ date: dateFromDayNumber(day), held: amount(held, code) });
        }
        return { currency: code, days };
      }),
  };
}
