import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * PAYMENT_DUE and INSPECTION_PERIOD are fired by the scheduler and drive the saga; REVIEW_SLA is
 * customs' promise, shown to the user and never fired here. ADMISSION_EXPIRY (the date an
 * exhibition loan must have left by) and ADMISSION_REMINDER (the next reminder before it) are the
 * temporary-admission clock's, fired by the same scheduler.
 */
export const DEADLINE_KINDS = [
  'PAYMENT_DUE',
  'INSPECTION_PERIOD',
  'REVIEW_SLA',
  'ADMISSION_REMINDER',
  'ADMISSION_EXPIRY',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const SAGA_DEADLINE_KINDS = ['PAYMENT_DUE', 'INSPECTION_PERIOD'] as const;
export type SagaDeadlineKind = (typeof SAGA_DEADLINE_KINDS)[number];
export const ADMISSION_DEADLINE_KINDS = ['ADMISSION_REMINDER', 'ADMISSION_EXPIRY'] as const;
export type AdmissionDeadlineKind = (typeof ADMISSION_DEADLINE_KINDS)[number];
export const FIRED_DEADLINE_KINDS: readonly DeadlineKind[] = [
  ...SAGA_DEADLINE_KINDS,
  ...ADMISSION_DEADLINE_KINDS,
];

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
