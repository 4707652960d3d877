import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ECB reference rate: units of `currency` per 1 EUR, exact decimal text as published. */
@Entity('fx_rate')
export class FxRateEntity {
  @PrimaryColumn('date')
  rateDate!: string;

  @PrimaryColumn('char', { length: 3 })
  currency!: string;

  @Column('text')
  rate!: string;

  @Column('text')
  source!: string;

  @Column('text')
  importedBy!: string;

  @Column('timestamptz')
  importedAt!: Date;
}
