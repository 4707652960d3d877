import { bigintTransformer } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AccountKey } from './domain/chart-of-accounts';
import type { PostingKind, Side } from './domain/posting';

/** Append-only (a trigger refuses UPDATE and DELETE): mistakes are corrected by reversals. */
@Entity('posting')
export class PostingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: PostingKind;

  @Column('uuid', { nullable: true })
  invoiceId!: string | null;

  /** the payment (statement entry idempotency key, #n for a batch transaction) it books */
  @Column('text', { nullable: true })
  entryId!: string | null;

  @Column('uuid', { nullable: true })
  reverses!: string | null;

  @Column('text')
  memo!: string;

  @Column('text')
  recordedBy!: string;

  @Column('timestamptz')
  recordedAt!: Date;
}

@Entity('posting_line')
export class PostingLineEntity {
  @PrimaryColumn('uuid')
  postingId!: string;

  @PrimaryColumn('smallint')
  position!: number;

  @Column('text')
  account!: AccountKey;

  @Column('text')
  side!: Side;

  @Column('bigint', { transformer: bigintTransformer })
  amountMinor!: bigint;

  @Column('char', { length: 3 })
  amountCurrency!: string;
}
