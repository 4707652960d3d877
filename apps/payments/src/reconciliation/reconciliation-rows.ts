import { v7 as uuidv7 } from 'uuid';
import { BulkColumn, StatementPipeline, arrayLiteral } from '../shared/sql';
import { ReconciliationDecision } from './domain/reconciliation.types';
import { ReconciliationDecisionEntity, ReconciliationItemEntity } from './reconciliation.entity';

/** The stored form of a decision: its rule, amounts, who made it and why. */
export function decisionRow(
  itemId: string,
  action: ReconciliationDecisionEntity['action'],
  decision: ReconciliationDecision,
  decidedBy: string,
  decidedAt: Date,
  reason: string | null = null,
): ReconciliationDecisionEntity {
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

const ITEM_COLUMNS: readonly BulkColumn<ReconciliationItemEntity>[] = [
  { name: 'id', type: 'uuid', value: (item) => item.id },
  { name: 'entry_id', type: 'uuid', value: (item) => item.entryId },
  { name: 'payment_key', type: 'text', value: (item) => item.paymentKey },
  { name: 'transaction_index', type: 'int', value: (item) => item.transactionIndex },
  { name: 'amount_minor', type: 'bigint', value: (item) => item.amount.minor },
  { name: 'amount_currency', type: 'text', value: (item) => item.amount.currency },
  { name: 'credit_debit', type: 'text', value: (item) => item.creditDebit },
  { name: 'reversal', type: 'boolean', value: (item) => item.reversal },
  { name: 'booking_date', type: 'date', value: (item) => item.bookingDate },
  {
    // unnest cannot take arrays of arrays of unequal length: each row's array as its literal
    name: 'payment_references',
    type: 'text',
    value: (item) => arrayLiteral(item.paymentReferences),
    select: 'u.payment_references::text[]',
  },
  { name: 'remittance_text', type: 'text', value: (item) => item.remittanceText },
  { name: 'payer_name', type: 'text', value: (item) => item.payerName },
  { name: 'payer_iban', type: 'text', value: (item) => item.payerIban },
  { name: 'charge_bearer', type: 'text', value: (item) => item.chargeBearer },
  { name: 'status', type: 'text', value: (item) => item.status },
  { name: 'rule', type: 'text', value: (item) => item.rule },
  { name: 'invoice_id', type: 'uuid', value: (item) => item.invoiceId },
  { name: 'explanation', type: 'text', value: (item) => item.explanation },
  { name: 'suspense_posting_id', type: 'uuid', value: (item) => item.suspensePostingId },
  { name: 'decided_by', type: 'text', value: (item) => item.decidedBy },
  { name: 'decided_at', type: 'timestamptz', value: (item) => item.decidedAt },
];

const DECISION_COLUMNS: readonly BulkColumn<ReconciliationDecisionEntity>[] = [
  { name: 'id', type: 'uuid', value: (row) => row.id },
  { name: 'item_id', type: 'uuid', value: (row) => row.itemId },
  { name: 'action', type: 'text', value: (row) => row.action },
  { name: 'rule', type: 'text', value: (row) => row.rule },
  { name: 'status', type: 'text', value: (row) => row.status },
  { name: 'invoice_id', type: 'uuid', value: (row) => row.invoiceId },
  { name: 'currency', type: 'text', value: (row) => row.currency },
  { name: 'applied_minor', type: 'bigint', value: (row) => row.appliedMinor },
  { name: 'fee_minor', type: 'bigint', value: (row) => row.feeMinor },
  { name: 'excess_minor', type: 'bigint', value: (row) => row.excessMinor },
  { name: 'remaining_minor', type: 'bigint', value: (row) => row.remainingMinor },
  { name: 'explanation', type: 'text', value: (row) => row.explanation },
  { name: 'reason', type: 'text', value: (row) => row.reason },
  { name: 'decided_by', type: 'text', value: (row) => row.decidedBy },
  { name: 'decided_at', type: 'timestamptz', value: (row) => row.decidedAt },
];

/** Queues reconciliation items (a statement import stores one per payment). */
export function queueItems(
  pipeline: StatementPipeline,
  items: readonly ReconciliationItemEntity[],
): void {
  void pipeline.insert('reconciliation_item', ITEM_COLUMNS, items);
}

/** Queues decisions; their items must be queued before them. */
export function queueDecisions(
  pipeline: StatementPipeline,
  decisions: readonly ReconciliationDecisionEntity[],
): void {
  void pipeline.insert('reconciliation_decision', DECISION_COLUMNS, decisions);
}
