import { MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BalanceCheckResponse } from './statement-import.response';

/** One upload of a statement file; its entries are stored once, by idempotency key. */
@Entity('statement_import')
export class StatementImportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  format!: string;

  @Column('text', { nullable: true })
  version!: string | null;

  @Column('text', { nullable: true })
  messageId!: string | null;

  @Column('text')
  fileSha256!: string;

  @Column('int')
  entries!: number;

  /** entries already imported before (same idempotency key): not booked again */
  @Column('int')
  duplicates!: number;

  /** per statement of the file: the bank's id, the account and the balance check */
  @Column('jsonb')
  statements!: BalanceCheckResponse[];

  @Column('text')
  importedBy!: string;

  @Column('timestamptz')
  importedAt!: Date;
}

@Entity('statement_entry')
export class StatementEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  importId!: string;

  @Column('text')
  idempotencyKey!: string;

  @Column('text')
  keySource!: string;

  @Column('text')
  bankStatementId!: string;

  @Column('text')
  account!: string;

  @Column('int')
  position!: number;

  @Column(() => MoneyColumns, { prefix: 'amount' })
  amount!: MoneyColumns;

  @Column('text')
  creditDebit!: 'CRDT' | 'DBIT';

  @Column('boolean')
  reversal!: boolean;

  @Column('text')
  status!: string;

  @Column('date', { nullable: true })
  bookingDate!: string | null;

  @Column('date', { nullable: true })
  valueDate!: string | null;

  @Column('text', { nullable: true })
  accountServicerReference!: string | null;

  @Column('text', { nullable: true })
  entryReference!: string | null;

  @Column('text', { nullable: true })
  bankTransactionCode!: string | null;

  @Column('text', { nullable: true })
  additionalInfo!: string | null;

  /** the entry's transaction details as parsed, amounts as decimal strings */
  @Column('jsonb')
  transactions!: object[];
}
