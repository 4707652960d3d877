import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of the journey as the user sees it, from whichever service it came. */
@Entity('shipment_timeline')
export class TimelineEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq!: string;

  @Column('uuid')
  shipmentId!: string;

  @Column('timestamptz')
  at!: Date;

  @Column('text')
  type!: string;

  /** The service that reported it: catalog, customs, payments or logistics. */
  @Column('text')
  source!: string;

  @Column('text')
  detail!: string;

  /** The message it came from, if any. */
  @Column('uuid', { nullable: true })
  messageId!: string | null;
}
