import type { EntityManager } from 'typeorm';
import type {
  AgeBasis,
  DecisionCount,
  EscrowBalance,
  EscrowDailyMovement,
  OpenInvoiceGroup,
} from './domain';

/** Open and partially paid invoices summed per currency and due (or issue) date. */
export async function openInvoiceGroups(
  manager: EntityManager,
  basis: AgeBasis,
): Promise<OpenInvoiceGroup[]> {
  const date = basis === 'due' ? 'due_date' : `(issued_at AT TIME ZONE 'UTC')::date`;
  const rows: { currency: string; date: string; count: number; open: string }[] =
    await manager.query(
      `SELECT total_currency AS currency, to_char(${date}, 'YYYY-MM-DD') AS date,
              count(*)::int AS count, sum(total_minor - paid_minor)::text AS open
         FROM invoice
        WHERE status IN ('OPEN', 'PARTIALLY_PAID')
        GROUP BY 1, 2`,
    );
  return rows.map((row) => ({
    currency: row.currency,
    date: row.date,
    count: row.count,
    openMinor: BigInt(row.open),
  }));
}

const ESCROW_NET = `sum(CASE l.side WHEN 'CREDIT' THEN l.amount_minor ELSE -l.amount_minor END)::text`;

/** ESCROW_LIABILITY's balance per currency, now. */
export async function escrowBalances(manager: EntityManager): Promise<EscrowBalance[]> {
  const rows: { currency: string; held: string }[] = await manager.query(
    `SELECT l.amount_currency AS currency, ${ESCROW_NET} AS held
       FROM posting_line l
      WHERE l.account = 'ESCROW_LIABILITY'
      GROUP BY 1`,
  );
  return rows.map((row) => ({ currency: row.currency, heldMinor: BigInt(row.held) }));
}

/** ESCROW_LIABILITY's net movement per day (recorded_at, UTC) and currency, up to `to`. */
export async function escrowMovements(
  manager: EntityManager,
  to: string,
): Promise<EscrowDailyMovement[]> {
  const rows: { date: string; currency: string; net: string }[] = await manager.query(
    `SELECT to_char((p.recorded_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS date,
            l.amount_currency AS currency, ${ESCROW_NET} AS net
       FROM posting p JOIN posting_line l ON l.posting_id = p.id
      WHERE l.account = 'ESCROW_LIABILITY'
        AND p.recorded_at < (($1::date + 1)::timestamp AT TIME ZONE 'UTC')
      GROUP BY 1, 2`,
    [to],
  );
  return rows.map((row) => ({ date: row.date, currency: row.currency, netMinor: BigInt(row.net) }));
}

/** reconciliation_decision counted by action, rule and status. */
export async function decisionCounts(manager: EntityManager): Promise<DecisionCount[]> {
  return manager.query(
    `SELECT action, rule, status, count(*)::int AS count
       FROM reconciliation_decision
      GROUP BY 1, 2, 3`,
  );
}
