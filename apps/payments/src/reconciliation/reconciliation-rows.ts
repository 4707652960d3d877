import { v7 as uuidv7 } from 'uuid';
import { ReconciliationDecision } from './domain/reconciliation.types';
import { ReconciliationDecisionEntity } from './reconciliation.entity';

/** The stored form of a decision: its rule, amounts, who made it and why. */
export function decisionRow(
  itemId: string,
  action: ReconciliationDecisionEntity['action'],
  decision: ReconciliationDecision,
  decidedBy: string,
  decidedAt: Date,
  reason: string | null = null,
): Partial<ReconciliationDecisionEntity> {
  return {
    id: uuidv7(),
    itemId,
    action,
    rule: decision.rule,
    status: decision.status,
    invoiceId: decision.invoiceId ?? null,
    currency: decision.applied?.currency ?? null,
    appliedMinor: decision.applied?.minor ?? null,
    feeMinor: decision.fee?.minor ?? null,
    excessMinor: decision.excess?.minor ?? null,
    remainingMinor: decision.remaining?.minor ?? null,
    explanation: decision.explanation,
    reason,
    decidedBy,
    decidedAt,
  };
}
