import { Outbox } from '@artbridge/platform-messaging';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CUSTOMS_SETTINGS, type CustomsSettings } from '../customs-settings';
import type { DeclarationKind } from '../assessment/domain';
import { appendAudit } from './audit-trail';
import { reviewOverdueMessage } from './declaration-events';

/** Actor of the steps the review clock takes. */
export const SYSTEM = 'SYSTEM';

/** Rows flagged per round: a backlog is worked off over a few rounds, in short transactions. */
const BATCH = 100;

interface DueReview {
  id: string;
  kind: DeclarationKind;
  shipment_id: string;
  import_country: string;
  correlation_id: string;
  review_due_at: Date;
}

/**
 * The review SLA. The deadline is persisted on the declaration, so it survives restarts; this
 * poller flags reviews past it, once per review, with an audit entry and an overdue event.
 * Replicas can all poll: SKIP LOCKED gives each row to one of them.
 */
@Injectable()
export class ReviewDeadlinePoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReviewDeadlinePoller.name);
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(CUSTOMS_SETTINGS) private readonly settings: CustomsSettings,
  ) {}

  onApplicationBootstrap(): void {
    // Nest calls this again when the connected message consumer starts: one timer is enough
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.settings.reviewPollMs);
    this.timer.unref(); // the HTTP server keeps the process alive, not the clock
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.round;
  }

  private tick(): void {
    if (this.round) return; // a slow round is never overlapped by the next
    this.round = this.flagOverdue()
      .then(() => undefined)
      .catch((error: Error) =>
        this.logger.error({ msg: 'flagging overdue reviews failed', error: error.message }),
      )
      .finally(() => (this.round = undefined));
  }

  /** One round: flags the reviews past their deadline now; returns how many. */
  async flagOverdue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: DueReview[] = await manager.query(
        `SELECT id, kind, shipment_id, import_country, correlation_id, review_due_at
           FROM declaration
          WHERE status = 'PENDING_REVIEW' AND overdue_at IS NULL AND review_due_at <= $1
          ORDER BY review_due_at
          LIMIT ${BATCH}
            FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (due.length === 0) return 0;
      await manager.query(`UPDATE declaration SET overdue_at = $1 WHERE id = ANY($2::uuid[])`, [
        now,
        due.map((review) => review.id),
      ]);
      await appendAudit(
        manager,
        ...due.map((review) => ({
          declarationId: review.id,
          at: now,
          actor: SYSTEM,
          action: 'REVIEW_OVERDUE' as const,
          fromStatus: 'PENDING_REVIEW' as const,
          toStatus: 'PENDING_REVIEW' as const,
          reason: `no decision by the review deadline ${review.review_due_at.toISOString()}`,
          details: { reviewDueAt: review.review_due_at.toISOString() },
        })),
      );
      await this.outbox.addAll(
        manager,
        due.map((review) => ({
          ...reviewOverdueMessage(
            {
              id: review.id,
              kind: review.kind,
              shipmentId: review.shipment_id,
              importCountry: review.import_country,
            },
            review.review_due_at,
          ),
          meta: { subject: review.id, correlationId: review.correlation_id },
        })),
      );
      return due.length;
    });
  }
}
