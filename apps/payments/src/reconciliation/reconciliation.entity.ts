import { bigintTransformer, MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChargeBearer, CreditDebit } from '../statements/domain/statement.types';
import type { ReconciliationRule, ReconciliationStatus } from './domain/reconciliation.types';

export const RECONCILIATION_ITEM_STATUSES = [
  'MATCHED',
  'PARTIALLY_PAID',
  'SUGGESTED',
  'EXCEPTION',
  'DISMISSED',
] as const;
export type ReconciliationItemStatus = ReconciliationStatus | 'DISMISSED';

/**
 * One payment as the bank reported it (a statement entry, or one transaction of a batch entry)
 * and where reconciliation stands with it. Its history is in reconciliation_decision.
 */
@Entity('reconciliation_item')
export class ReconciliationItemEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** the statement_entry row */
  @Column('uuid')
  entryId!: string;

  /** the entry's idempotency key, #n for the n-th transaction of a batch */
  @Column('text')
  paymentKey!: string;

  @Column('int', { nullable: true })
  transactionIndex!: number | null;

  @Column(() => MoneyColumns, { prefix: 'amount' })
  amount!: MoneyColumns;

  @Column('text')
  creditDebit!: CreditDebit;

  @Column('boolean')
  reversal!: boolean;

  @Column('date', { nullable: true })
  bookingDate!: string | null;

  @Column('text', { array: true })
  paymentReferences!: string[];

  @Column('text', { nullable: true })
  remittanceText!: string | null;

  @Column('text', { nullable: true })
  payerName!: string | null;

  @Column('text', { nullable: true })
  payerIban!: string | null;

  @Column('text', { nullable: true })
  chargeBearer!: ChargeBearer | null;

  @Column('text')
  status!: ReconciliationItemStatus;

  @Column('text')
  rule!: ReconciliationRule;

  @Column('uuid', { nullable: true })
  invoiceId!: string | null;

  @Column('text')
  explanation!: string;

  /** the posting that put the money in suspense, reversed when a person matches it */
  @Column('uuid', { nullable: true })
  suspensePostingId!: string | null;

  @Column('text')
  decidedBy!: string;

  @Column('timestamptz')
  decidedAt!: Date;
}

export type DecisionAction = 'AUTOMATIC' | 'MANUAL_MATCH' | 'CONFIRMED' | 'DISMISSED';

/** Every decision on a payment, automatic or by a person, with its rule and who made it. */
@Entity('reconciliation_decision')
export class ReconciliationDecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  itemId!: string;

  @Column('text')
  action!: DecisionAction;

  @Column('text')
  rule!: ReconciliationRule;

  @Column('text')
  status!: ReconciliationItemStatus;

  @Column('uuid', { nullable: true })
  invoiceId!: string | null;

  @Column('char', { length: 3, nullable: true })
  currency!: string | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  appliedMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  feeMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  excessMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  remainingMinor!: bigint | null;

  @Column('text')
  explanation!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text')
  decidedBy!: string;

  @Column('timestamptz')
  decidedAt!: Date;
}
