import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Customs' copy of one ECB reference rate (units per 1 EUR), kept from payments' events. */
@Entity('fx_rate')
export class FxRateEntity {
  /** yyyy-mm-dd, the day the rate was published for. */
  @PrimaryColumn('date')
  date!: string;

  @PrimaryColumn('char', { length: 3 })
  currency!: string;

  /** The decimal text as published, never a float. */
  @Column('text')
  rate!: string;

  /** The payments message this row was last written by. */
  @Column('uuid')
  messageId!: string;

  @Column('timestamptz')
  receivedAt!: Date;
}
