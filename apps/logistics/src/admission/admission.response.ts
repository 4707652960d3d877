import { ApiInteger } from '@artbridge/platform-service';
import type { AdmissionClockState } from './admission-clock.entity';

/** One extension of the admission clock: when, by whom, why, and the deadline it set. */
export class AdmissionExtensionResponse {
  /** 1 for the first extension, and so on. */
  @ApiInteger()
  number!: number;

  reason!: string;

  /** The user who asked for it. */
  grantedBy!: string;

  /** ISO 8601 date-time. */
  grantedAt!: string;

  /** The deadline it set (ISO 8601 date-time). */
  deadline!: string;
}

/**
 * The temporary-admission clock of a delivered exhibition loan: it runs from delivery until the
 * works leave on the return leg.
 */
export class AdmissionResponse {
  /** RUNNING, OVERDUE once the deadline passed, DISCHARGED once the works left. */
  state!: AdmissionClockState;

  /** The delivery (ISO 8601 date-time). */
  startedAt!: string;

  /** When the works must have left by (ISO 8601 date-time). */
  deadline!: string;

  @ApiInteger()
  extensionsUsed!: number;

  @ApiInteger()
  extensionsLeft!: number;

  /** Oldest first. */
  extensions!: AdmissionExtensionResponse[];

  /** Reminders sent before the deadline so far. */
  @ApiInteger()
  remindersSent!: number;

  /** ISO 8601 date-time; absent unless the deadline passed with the works still there. */
  overdueAt?: string;

  /** When the works left on the return leg (ISO 8601 date-time); absent until then. */
  dischargedAt?: string;

  /** The return leg the works left on; absent until then. */
  returnShipmentId?: string;
}
