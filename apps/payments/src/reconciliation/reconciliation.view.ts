import { MoneyDto } from '@artbridge/contracts';
import { ReconciliationDecisionEntity, ReconciliationItemEntity } from './reconciliation.entity';
import {
  ReconciliationDecisionResponse,
  ReconciliationItemResponse,
} from './reconciliation.response';

/** A payment in the reconciliation queue; `entryId` is what the match and dismiss routes take. */
export function reconciliationItemView(item: ReconciliationItemEntity): ReconciliationItemResponse {
  return {
    entryId: item.id,
    statementEntryId: item.entryId,
    ...(item.transactionIndex !== null && { transaction: item.transactionIndex }),
    amount: MoneyDto.from(item.amount),
    creditDebit: item.creditDebit,
    reversal: item.reversal,
    bookingDate: item.bookingDate,
    references: item.paymentReferences,
    remittanceText: item.remittanceText,
    payer: { name: item.payerName, iban: item.payerIban },
    status: item.status,
    rule: item.rule,
    invoiceId: item.invoiceId,
    explanation: item.explanation,
    decidedBy: item.decidedBy,
    decidedAt: item.decidedAt.toISOString(),
  };
}

export function decisionView(
  decision: ReconciliationDecisionEntity,
): ReconciliationDecisionResponse {
  const money = (minor: bigint | null) =>
    minor === null || decision.currency === null
      ? undefined
      : MoneyDto.from({ minor, currency: decision.currency });
  return {
    action: decision.action,
    rule: decision.rule,
    status: decision.status,
    invoiceId: decision.invoiceId,
    applied: money(decision.appliedMinor),
    fee: money(decision.feeMinor),
    excess: money(decision.excessMinor),
    remaining: money(decision.remainingMinor),
    explanation: decision.explanation,
    reason: decision.reason,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt.toISOString(),
  };
}
