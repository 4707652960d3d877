import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * PAYMENT_DUE and INSPECTION_PERIOD are fired by the scheduler and drive the saga; REVIEW_SLA is
 * customs' promise, shown to the user and never fired here.
 */
export const DEADLINE_KINDS = ['PAYMENT_DUE', 'INSPECTION_PERIOD', 'REVIEW_SLA'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const FIRED_DEADLINE_KINDS: readonly DeadlineKind[] = ['PAYMENT_DUE', 'INSPECTION_PERIOD'];

/** A persisted timer: one of each kind per shipment. */
@Entity('shipment_deadline')
export class ShipmentDeadlineEntity {
  @PrimaryColumn('uuid')
  shipmentId!: string;

  @PrimaryColumn('text')
  kind!: DeadlineKind;

  @Column('timestamptz')
  dueAt!: Date;

  /** When the scheduler fired it. */
  @Column('timestamptz', { nullable: true })
  firedAt!: Date | null;

  /** When it stopped mattering (paid, accepted, decided) before it was due. */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;
}
