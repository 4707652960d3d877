import type {
  DecisionAction,
  ReconciliationItemStatus,
} from '../../reconciliation/reconciliation.entity';
import type { ReconciliationRule } from '../../reconciliation/domain/reconciliation.types';

/** The cascade in the order it is tried (RULES.md section 8). */
export const RULES_IN_ORDER: readonly ReconciliationRule[] = [
  'REC-EXACT',
  'REC-FEE',
  'REC-PARTIAL',
  'REC-OVER',
  'REC-FUZZY',
  'REC-FX',
  'REC-REVERSAL',
  'REC-PAYOUT',
  'REC-NONE',
];

/** Every status an item can be in (as reconciliation_item's CHECK lists them). */
const STATUSES = [
  'MATCHED',
  'PARTIALLY_PAID',
  'SUGGESTED',
  'EXCEPTION',
  'DISMISSED',
] as const satisfies readonly ReconciliationItemStatus[];

/** Money applied to an invoice without a person: what "matched automatically" means. */
const APPLIED: ReadonlySet<string> = new Set<ReconciliationItemStatus>([
  'MATCHED',
  'PARTIALLY_PAID',
]);

/** reconciliation_decision rows counted by action, rule and status. */
export interface DecisionCount {
  readonly action: DecisionAction;
  readonly rule: ReconciliationRule;
  readonly status: ReconciliationItemStatus;
  readonly count: number;
}

type StatusCounts = Record<ReconciliationItemStatus, number>;

export interface MatchRate {
  /** the cascade's decisions (one per payment), by rule and status, rules in cascade order */
  readonly rules: { rule: ReconciliationRule; total: number; statuses: StatusCounts }[];
  readonly automatic: {
    /** the cascade's decisions on payments (bank reversals, REC-REVERSAL, left out) */
    readonly decisions: number;
    /** applied to an invoice (MATCHED or PARTIALLY_PAID) by the cascade alone */
    readonly matched: number;
    /** matched / decisions, rounded to 4 places; null when there is no decision yet */
    readonly share: number | null;
  };
  /** what people did afterwards: manual matches, confirmed suggestions, dismissals */
  readonly manual: { action: DecisionAction; rule: ReconciliationRule; count: number }[];
}

const noStatuses = (): StatusCounts =>
  Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;

export function matchRate(counts: readonly DecisionCount[]): MatchRate {
  const rules = new Map(
    RULES_IN_ORDER.map((rule) => [rule, { rule, total: 0, statuses: noStatuses() }]),
  );
  const manual = new Map<
    string,
    { action: DecisionAction; rule: ReconciliationRule; count: number }
  >();
  let decisions = 0;
  let matched = 0;
  for (const row of counts) {
    if (row.action !== 'AUTOMATIC') {
      const key = `${row.action} ${row.rule}`;
      const entry = manual.get(key) ?? { action: row.action, rule: row.rule, count: 0 };
      entry.count += row.count;
      manual.set(key, entry);
      continue;
    }
    let figures = rules.get(row.rule);
    if (!figures) {
      figures = { rule: row.rule, total: 0, statuses: noStatuses() };
      rules.set(row.rule, figures);
    }
    figures.total += row.count;
    figures.statuses[row.status] += row.count;
    // a reversal is the bank taking a payment back, not a payment the cascade applied: it is
    // listed under its rule, and left out of the share (it would raise it for money that left)
    if (row.rule === 'REC-REVERSAL') continue;
    decisions += row.count;
    if (APPLIED.has(row.status)) matched += row.count;
  }
  return {
    rules: [...rules.values()],
    automatic: {
      decisions,
      matched,
      share: decisions === 0 ? null : Math.round((matched / decisions) * 10_000) / 10_000,
    },
    manual: [...manual.values()].sort(
      (a, b) => a.action.localeCompare(b.action) || a.rule.localeCompare(b.rule),
    ),
  };
}
