import { ShipmentConditionReported } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { Principal } from '@artbridge/platform-auth';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { inspectionEndedProblem } from '../shipments/domain/dispute';
import { withTimeNote } from '../shipments/domain/reported-time';
import { localStep } from '../shipments/saga-step';
import { ShipmentSaga } from '../shipments/shipment-saga';
import { addToTimeline } from '../shipments/shipment-journal';
import { ShipmentEntity } from '../shipments/shipment.entity';
import { ConditionReportEntity } from './condition-report.entity';
import { ConditionReportDto } from './condition-report.dto';
import {
  ConditionReportListResponse,
  ConditionReportResponse,
  RecordedConditionReportResponse,
} from './condition-report.response';
import {
  AssessedDamage,
  Damage,
  assessDamages,
  claimReason,
  recordedReportTime,
  reportProblem,
} from './domain/condition-report';
import { ShipmentClaimEntity } from './shipment-claim.entity';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The damage as recorded, without what was judged of it. */
const asRecorded = ({ location, description, severity }: Damage): Damage => ({
  location,
  description,
  severity,
});

export function reportView(report: ConditionReportEntity): ConditionReportResponse {
  return {
    id: report.id,
    shipmentId: report.shipmentId,
    stage: report.stage,
    inspector: report.inspector,
    at: report.inspectedAt.toISOString(),
    ...(report.notes !== null && { notes: report.notes }),
    photoRefs: report.photoRefs,
    damages: report.damages,
    newDamages: report.damages.filter((damage) => 'finding' in damage && damage.finding !== 'KNOWN')
      .length,
    recordedBy: report.recordedBy,
    recordedAt: report.recordedAt.toISOString(),
  };
}

/**
 * Condition reports (RULES.md section 7): at origin before the works leave, at destination after
 * delivery; each destination damage is judged against what earlier reports recorded, and new
 * damage opens a claim through the saga's dispute path (DISPUTED, escrow held).
 */
@Injectable()
export class ConditionReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly saga: ShipmentSaga,
  ) {}

  async record(
    caller: Principal,
    id: string,
    dto: ConditionReportDto,
  ): Promise<RecordedConditionReportResponse> {
    return this.dataSource.transaction(async (manager) => {
      const shipment = await this.saga.lock(manager, id);
      if (!shipment) throw new NotFoundException(`shipment ${id} not found`);
      const now = new Date();
      const reportedAt = new Date(dto.at);
      const times = {
        stage: dto.stage,
        at: reportedAt,
        now,
        submittedAt: shipment.submittedAt,
        deliveredAt: shipment.deliveredAt ?? undefined,
      };
      const problem = reportProblem({ ...times, status: shipment.status });
      if (problem?.kind === 'conflict') throw new ConflictException(problem.reason);
      if (problem) throw new BadRequestException([problem.reason]);
      // the report, the timeline and the event take the inspector's time kept within
      // [the submission or the delivery, now]; the timeline entry shows the inspector's own
      const at = recordedReportTime(times);

      const earlier = await manager.find(ConditionReportEntity, {
        where: { shipmentId: id },
        order: { recordedAt: 'ASC', id: 'ASC' },
      });
      const found: Damage[] = dto.damages.map((damage) => ({
        location: damage.location.trim(),
        description: damage.description.trim(),
        severity: damage.severity,
      }));
      const judged: AssessedDamage[] | undefined =
        dto.stage === 'DESTINATION'
          ? assessDamages(
              found,
              earlier.flatMap((report) => report.damages.map(asRecorded)),
            )
          : undefined;
      const newDamages = judged?.filter((damage) => damage.finding !== 'KNOWN') ?? [];
      // New damage opens a dispute, as a refusal does, and like it only within the inspection
      // period: once that is over the works stand accepted (RULES.md section 8). The report is
      // refused whole rather than kept without its claim: new damage on record always has one
      // (RULES.md section 7), and a moment later, once the scheduler has accepted the shipment,
      // a destination report is refused anyway.
      if (newDamages.length > 0) {
        const ended = inspectionEndedProblem(
          await this.saga.inspectionEndsAt(manager, shipment),
          now,
        );
        if (ended) throw new ConflictException(ended);
      }
      const report = Object.assign(new ConditionReportEntity(), {
        id: uuidv7(),
        shipmentId: id,
        stage: dto.stage,
        inspector: dto.inspector.trim(),
        inspectedAt: at,
        notes: dto.notes ?? null,
        photoRefs: dto.photoRefs,
        damages: judged ?? found,
        recordedBy: caller.username,
        recordedAt: now,
      } satisfies ConditionReportEntity);
      await manager.insert(ConditionReportEntity, report);

      const step = localStep(manager, this.outbox, now);
      await addToTimeline(manager, id, {
        at,
        type: 'CONDITION_REPORTED',
        source: 'logistics',
        detail: withTimeNote(this.describe(report, newDamages.length), 'inspector', reportedAt, at),
      });
      await step.send(
        ShipmentConditionReported,
        {
          shipmentId: id,
          reportId: report.id,
          stage: report.stage,
          inspector: report.inspector,
          at: at.toISOString(),
          damages: found,
          newDamages: newDamages.map(asRecorded),
        },
        id,
      );
      let claim: ShipmentClaimEntity | undefined;
      if (newDamages.length > 0) {
        const originReported = earlier.some((earlierReport) => earlierReport.stage === 'ORIGIN');
        claim = await this.saga.damageReported(step, shipment, {
          reportId: report.id,
          damages: newDamages,
          reason: claimReason(newDamages, report.inspector, originReported),
          recordedBy: caller.username,
        });
      }
      return {
        ...reportView(report),
        shipmentStatus: shipment.status,
        ...(claim && { claimId: claim.id }),
      };
    });
  }

  /** Every report of the shipment, oldest first; undefined when it is not the caller's to see. */
  async list(id: string, exporterId?: string): Promise<ConditionReportListResponse | undefined> {
    const shipment = await this.dataSource
      .getRepository(ShipmentEntity)
      .findOneBy(exporterId ? { id, exporterId } : { id });
    if (!shipment) return undefined;
    const reports = await this.dataSource.getRepository(ConditionReportEntity).find({
      where: { shipmentId: id },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    return { items: reports.map(reportView) };
  }

  private describe(report: ConditionReportEntity, newCount: number): string {
    const damages =
      report.damages.length === 0 ? 'no damage' : plural(report.damages.length, 'damage');
    const fresh = report.stage === 'DESTINATION' ? `, ${newCount} new` : '';
    return `${report.stage} condition report by ${report.inspector}: ${damages}${fresh}, ${plural(report.photoRefs.length, 'photograph')}`;
  }
}
