import { MessagingTransport, Outbox } from '@artbridge/platform-messaging';
import { literalList } from '@artbridge/platform-persistence';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdmissionClocks } from '../admission/admission-clocks';
import { LOGISTICS_SETTINGS, LogisticsSettings } from '../logistics-settings';
import { localStep } from './saga-step';
import {
  ADMISSION_DEADLINE_KINDS,
  AdmissionDeadlineKind,
  FIRED_DEADLINE_KINDS,
  SagaDeadlineKind,
} from './shipment-deadline.entity';
import { ShipmentSaga } from './shipment-saga';
import { markDeadlineFired } from './shipment-journal';
import { ShipmentEntity } from './shipment.entity';

/**
 * The next due deadline no other scheduler holds, but those that failed this round ($1). The
 * kinds are in the text, not a parameter: in a transaction the plan is generic
 * (prepared-statements.ts), and only then can it use the shipment_deadline_open partial index,
 * which leaves out the kind never fired here.
 */
export const NEXT_DUE_DEADLINE = `SELECT d.shipment_id, d.kind, d.due_at
     FROM shipment_deadline d JOIN shipment s ON s.id = d.shipment_id
    WHERE d.fired_at IS NULL AND d.closed_at IS NULL
      AND d.kind IN (${literalList(FIRED_DEADLINE_KINDS)})
      AND d.due_at <= now()
      AND NOT ((d.shipment_id::text || '/' || d.kind) = ANY($1::text[]))
    ORDER BY d.due_at
    LIMIT 1
    FOR UPDATE OF d, s SKIP LOCKED`;

/** Deadlines fired per round at most, so one round never holds the loop for long. */
const MAX_PER_ROUND = 200;

/** How long the first round waits at most for the message consumer to connect. */
const CONSUMER_WAIT_MS = 30_000;

interface DueDeadline {
  shipment_id: string;
  kind: SagaDeadlineKind | AdmissionDeadlineKind;
  due_at: Date;
}

const isAdmissionKind = (kind: string): kind is AdmissionDeadlineKind =>
  (ADMISSION_DEADLINE_KINDS as readonly string[]).includes(kind);

/**
 * Fires the saga's deadlines, and the temporary-admission clocks' (reminders, expiry). They are rows, so a deadline that fell due while the service was
 * down fires at the next start. Each fires in its own transaction with the saga step it
 * triggers; `FOR UPDATE SKIP LOCKED` on the deadline and its shipment lets several replicas poll
 * without firing one twice and without waiting on a shipment a reply is busy with (it is taken
 * in a later round).
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;
  private stopping = false;
  private waitingSince = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly saga: ShipmentSaga,
    private readonly admission: AdmissionClocks,
    @Inject(LOGISTICS_SETTINGS) private readonly settings: LogisticsSettings,
    private readonly transport: MessagingTransport,
  ) {}

  onApplicationBootstrap(): void {
    this.stopping = false;
    this.waitingSince = Date.now();
    this.schedule(0); // what fell due while the service was down goes first
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.round;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      // Consumers start after bootstrap: wait (bounded) so queued replies rarely race deadlines.
      const waited = Date.now() - this.waitingSince;
      if (this.waitingSince && !this.transport.isConnected() && waited < CONSUMER_WAIT_MS) {
        return this.schedule(this.settings.deadlinePollMs);
      }
      this.waitingSince = 0;
      this.round = this.fireDue()
        .then(() => undefined)
        .catch((error: Error) =>
          this.logger.error({ msg: 'deadline round failed', error: error.message }),
        )
        .finally(() => this.schedule(this.settings.deadlinePollMs));
    }, delayMs);
  }

  /** Fires every due deadline it can take; returns how many. */
  async fireDue(): Promise<number> {
    const failed: string[] = [];
    let fired = 0;
    while (!this.stopping && fired + failed.length < MAX_PER_ROUND) {
      let key: string | undefined;
      try {
        const done = await this.dataSource.transaction(async (manager) => {
          const [due] = (await manager.query(NEXT_DUE_DEADLINE, [failed])) as DueDeadline[];
          if (!due) return false;
          key = `${due.shipment_id}/${due.kind}`;
          const step = localStep(manager, this.outbox);
          const shipment = await manager.findOneByOrFail(ShipmentEntity, { id: due.shipment_id });
          // Fired first, so the step's own clean-up of open deadlines leaves this one FIRED.
          await markDeadlineFired(manager, due.shipment_id, due.kind, step.trigger.at);
          const acted = isAdmissionKind(due.kind)
            ? await this.admission.fire(step, shipment, due.kind, due.due_at)
            : await this.saga.deadlinePassed(step, shipment, due.kind, due.due_at);
          if (!acted) {
            // The shipment had moved on without closing it: it no longer matters.
            await manager.query(
              `UPDATE shipment_deadline SET fired_at = NULL, closed_at = now()
                WHERE shipment_id = $1 AND kind = $2`,
              [due.shipment_id, due.kind],
            );
          }
          return true;
        });
        if (!done) break;
        fired++;
      } catch (error) {
        // Left due: retried next round, and skipped for the rest of this one.
        if (!key) throw error;
        failed.push(key);
        this.logger.error({
          msg: 'deadline failed to fire; retried next round',
          deadline: key,
          error: (error as Error).message,
        });
      }
    }
    return fired;
  }
}
