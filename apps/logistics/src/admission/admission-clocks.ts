import {
  AdmissionClockV1,
  AdmissionDischarged,
  AdmissionExtended,
  AdmissionOverdue,
  AdmissionReminder,
  AdmissionStarted,
} from '@artbridge/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LOGISTICS_SETTINGS, LogisticsSettings } from '../logistics-settings';
import type { SagaStep } from '../shipments/saga-step';
import type { AdmissionDeadlineKind } from '../shipments/shipment-deadline.entity';
import { addToTimeline, closeDeadlines, setDeadline } from '../shipments/shipment-journal';
import { lockShipment } from '../shipments/shipment-rows';
import { ShipmentEntity } from '../shipments/shipment.entity';
import { AdmissionClockEntity } from './admission-clock.entity';
import type { AdmissionResponse } from './admission.response';
import {
  ADMISSION_RULE_ID,
  AdmissionClock,
  deadlineOf,
  dueReminders,
  extend,
  extensionsLeft,
  nextReminder,
  reminderLeadTime,
} from './domain/temporary-admission';

export type ExtensionOutcome =
  | { readonly ok: true; readonly deadline: Date }
  | { readonly ok: false; readonly ruleId?: string; readonly reason: string };

/**
 * The temporary-admission clocks of exhibition loans (ARCHITECTURE.md: "the admission clock (6
 * months, up to 3 extensions) raises an event before it runs out"), kept in the saga's
 * database: started by the delivery, fired by the deadline scheduler (ADMISSION_REMINDER, the
 * next reminder; ADMISSION_EXPIRY, the deadline), extended on request, stopped when the works
 * leave on the return leg. Every method runs in the transaction of the step that drives it.
 */
@Injectable()
export class AdmissionClocks {
  constructor(@Inject(LOGISTICS_SETTINGS) private readonly settings: LogisticsSettings) {}

  lock(manager: EntityManager, shipmentId: string): Promise<AdmissionClockEntity | null> {
    return manager.findOne(AdmissionClockEntity, {
      where: { shipmentId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  clockOf(row: AdmissionClockEntity): AdmissionClock {
    return {
      entry: row.startedAt,
      extensions: row.extensions.length,
      settings: this.settings.admission,
    };
  }

  /** The works were delivered: the clock starts (once, whatever repeats the delivery). */
  async start(step: SagaStep, shipment: ShipmentEntity, deliveredAt: Date): Promise<void> {
    const clock: AdmissionClock = {
      entry: deliveredAt,
      extensions: 0,
      settings: this.settings.admission,
    };
    const deadline = deadlineOf(clock);
    const inserted = (await step.manager.query(
      `INSERT INTO admission_clock (shipment_id, started_at, deadline_at, state)
       VALUES ($1, $2, $3, 'RUNNING')
       ON CONFLICT (shipment_id) DO NOTHING
       RETURNING shipment_id`,
      [shipment.id, deliveredAt, deadline],
    )) as unknown[];
    if (inserted.length === 0) return;
    await this.note(
      step,
      shipment.id,
      'ADMISSION_STARTED',
      `temporary admission from ${deliveredAt.toISOString()}: the works must leave by ${deadline.toISOString()}; up to ${clock.settings.maxExtensions} extensions (${ADMISSION_RULE_ID})`,
    );
    await step.send(
      AdmissionStarted,
      { ...this.payload(shipment.id, clock), startedAt: deliveredAt.toISOString() },
      shipment.id,
    );
    await this.schedule(step.manager, shipment.id, clock, step.trigger.at, []);
  }

  /**
   * The scheduler found one of the clock's deadlines due: send every notice due now (reminders,
   * or the overdue notice once the deadline has passed) and set the next wake-up. False when
   * the clock has stopped (nothing done).
   */
  async fire(
    step: SagaStep,
    shipment: ShipmentEntity,
    kind: AdmissionDeadlineKind,
    dueAt: Date,
  ): Promise<boolean> {
    const row = await this.lock(step.manager, shipment.id);
    if (!row || row.state === 'DISCHARGED') return false;
    const clock = this.clockOf(row);
    const deadline = deadlineOf(clock);
    // The expiry fires at the deadline; the works are overdue from the first moment after it.
    const now =
      kind === 'ADMISSION_EXPIRY' && dueAt.getTime() >= deadline.getTime()
        ? new Date(Math.max(step.trigger.at.getTime(), deadline.getTime() + 1))
        : step.trigger.at;
    const notices = dueReminders(clock, now, row.noticesSent);
    for (const notice of notices) {
      const payload = this.payload(shipment.id, clock);
      if (notice.kind === 'REMINDER') {
        const lead = reminderLeadTime(clock, notice.key);
        await this.note(
          step,
          shipment.id,
          'ADMISSION_REMINDER',
          `the works must leave by ${deadline.toISOString()}${lead ? ` (reminder ${lead} before)` : ''}; ${this.extensionsText(clock)}`,
        );
        await step.send(
          AdmissionReminder,
          { ...payload, key: notice.key, dueAt: notice.dueAt.toISOString() },
          shipment.id,
        );
      } else {
        row.state = 'OVERDUE';
        row.overdueAt = now;
        await this.note(
          step,
          shipment.id,
          'ADMISSION_OVERDUE',
          `the works were due to leave by ${deadline.toISOString()} and have not; ${this.extensionsText(clock)} (${ADMISSION_RULE_ID})`,
        );
        await step.send(AdmissionOverdue, payload, shipment.id);
      }
      row.noticesSent = [...row.noticesSent, notice.key];
    }
    await step.manager.update(AdmissionClockEntity, shipment.id, {
      noticesSent: row.noticesSent,
      state: row.state,
      overdueAt: row.overdueAt,
    });
    await this.schedule(step.manager, shipment.id, clock, now, row.noticesSent);
    return true;
  }

  /** One more extension, if the rule allows it; the clock's row must be locked by the caller. */
  async extend(
    step: SagaStep,
    row: AdmissionClockEntity,
    grantedBy: string,
    reason: string,
  ): Promise<ExtensionOutcome> {
    if (row.state === 'DISCHARGED') {
      return {
        ok: false,
        reason: `the works left on return leg ${row.returnShipmentId}: the admission clock has stopped`,
      };
    }
    const clock = this.clockOf(row);
    const previous = deadlineOf(clock);
    const result = extend(clock, step.trigger.at);
    if (!result.ok) return { ok: false, ruleId: result.ruleId, reason: result.reason };
    const number = result.clock.extensions;
    row.extensions = [
      ...row.extensions,
      {
        number,
        reason,
        grantedBy,
        grantedAt: step.trigger.at.toISOString(),
        deadline: result.deadline.toISOString(),
      },
    ];
    await step.manager.update(AdmissionClockEntity, row.shipmentId, {
      extensions: row.extensions,
      deadlineAt: result.deadline,
    });
    await this.note(
      step,
      row.shipmentId,
      'ADMISSION_EXTENDED',
      `extension ${number} of ${clock.settings.maxExtensions} (recorded by ${grantedBy}): ${reason}; the works must leave by ${result.deadline.toISOString()}`,
    );
    await step.send(
      AdmissionExtended,
      {
        ...this.payload(row.shipmentId, result.clock),
        previousDeadline: previous.toISOString(),
        reason: clip(reason, 2000),
        grantedBy,
      },
      row.shipmentId,
    );
    await this.schedule(
      step.manager,
      row.shipmentId,
      result.clock,
      step.trigger.at,
      row.noticesSent,
    );
    return { ok: true, deadline: result.deadline };
  }

  /** The works left on the return leg: the clock stops, whatever state it was in. */
  async discharge(step: SagaStep, outboundId: string, returnShipmentId: string): Promise<void> {
    // The outbound shipment before its clock, as every other step on the clock does (the
    // scheduler, an extension): the caller locked it with the return leg, in id order
    // (ShipmentsService.dispatch), as a consumer's chunk with replies about both does; locking
    // it only here, after the leg, deadlocked with such a chunk.
    await lockShipment(step.manager, outboundId);
    const row = await this.lock(step.manager, outboundId);
    if (!row || row.state === 'DISCHARGED') return;
    const clock = this.clockOf(row);
    const deadline = deadlineOf(clock);
    const at = step.trigger.at;
    const overdue = at.getTime() > deadline.getTime();
    await step.manager.update(AdmissionClockEntity, outboundId, {
      state: 'DISCHARGED',
      dischargedAt: at,
      returnShipmentId,
    });
    await closeDeadlines(step.manager, outboundId, ['ADMISSION_REMINDER', 'ADMISSION_EXPIRY']);
    await this.note(
      step,
      outboundId,
      'ADMISSION_DISCHARGED',
      `the works left on return leg ${returnShipmentId}${overdue ? `, after the deadline of ${deadline.toISOString()}` : ` before the deadline of ${deadline.toISOString()}`}; the admission clock stops`,
    );
    await step.send(
      AdmissionDischarged,
      {
        ...this.payload(outboundId, clock),
        returnShipmentId,
        dischargedAt: at.toISOString(),
        overdue,
      },
      outboundId,
    );
  }

  /** What the shipment view shows of the clock. */
  view(row: AdmissionClockEntity): AdmissionResponse {
    const clock = this.clockOf(row);
    return {
      state: row.state,
      startedAt: row.startedAt.toISOString(),
      deadline: deadlineOf(clock).toISOString(),
      extensionsUsed: clock.extensions,
      extensionsLeft: extensionsLeft(clock),
      extensions: row.extensions,
      remindersSent: row.noticesSent.filter((key) => key.startsWith('reminder:')).length,
      ...(row.overdueAt && { overdueAt: row.overdueAt.toISOString() }),
      ...(row.dischargedAt && { dischargedAt: row.dischargedAt.toISOString() }),
      ...(row.returnShipmentId && { returnShipmentId: row.returnShipmentId }),
    };
  }

  /**
   * The clock's two timers: the deadline (until the overdue notice went out) and the next
   * reminder before it (none left: the row stays as it was, fired or closed).
   */
  private async schedule(
    manager: EntityManager,
    shipmentId: string,
    clock: AdmissionClock,
    now: Date,
    sent: readonly string[],
  ): Promise<void> {
    const deadline = deadlineOf(clock);
    if (!sent.includes(`overdue:${clock.extensions}`)) {
      await setDeadline(manager, shipmentId, 'ADMISSION_EXPIRY', deadline);
    }
    const reminder = nextReminder(clock, now, sent);
    if (reminder) {
      await setDeadline(manager, shipmentId, 'ADMISSION_REMINDER', reminder.dueAt);
    } else {
      await closeDeadlines(manager, shipmentId, ['ADMISSION_REMINDER']);
    }
  }

  private payload(shipmentId: string, clock: AdmissionClock): AdmissionClockV1 {
    return {
      shipmentId,
      deadline: deadlineOf(clock).toISOString(),
      extensionsUsed: clock.extensions,
      extensionsLeft: extensionsLeft(clock),
    };
  }

  private extensionsText(clock: AdmissionClock): string {
    const left = extensionsLeft(clock);
    return `${clock.extensions} of ${clock.settings.maxExtensions} extensions used, ${left} left`;
  }

  private note(step: SagaStep, shipmentId: string, type: string, detail: string): Promise<void> {
    return addToTimeline(step.manager, shipmentId, {
      at: new Date(Math.max(Date.now(), step.trigger.at.getTime())),
      type,
      source: 'logistics',
      detail,
    });
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
