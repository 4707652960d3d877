import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AdmissionClockState = 'RUNNING' | 'OVERDUE' | 'DISCHARGED';

/** One extension granted: when, by whom, why, and the deadline it set. */
export interface AdmissionExtension {
  number: number;
  reason: string;
  grantedBy: string;
  grantedAt: string;
  deadline: string;
}

/**
 * The temporary-admission clock of a delivered exhibition loan (the outbound shipment's id): it
 * runs from delivery until the works leave on the return leg.
 */
@Entity('admission_clock')
export class AdmissionClockEntity {
  @PrimaryColumn('uuid')
  shipmentId!: string;

  @Column('timestamptz')
  startedAt!: Date;

  /** As last computed from the start, the extensions and the settings. */
  @Column('timestamptz')
  deadlineAt!: Date;

  @Column('jsonb')
  extensions!: AdmissionExtension[];

  /** Keys of the reminders and overdue notices already sent (domain/temporary-admission). */
  @Column('text', { array: true })
  noticesSent!: string[];

  @Column('text')
  state!: AdmissionClockState;

  @Column('timestamptz', { nullable: true })
  overdueAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  dischargedAt!: Date | null;

  /** The return leg the works left on. */
  @Column('uuid', { nullable: true })
  returnShipmentId!: string | null;
}
