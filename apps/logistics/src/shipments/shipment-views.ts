import { MoneyDto } from '@artbridge/contracts';
import { hasRole, Principal } from '@artbridge/platform-auth';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdmissionClockEntity } from '../admission/admission-clock.entity';
import { AdmissionClocks } from '../admission/admission-clocks';
import { BondedStorageEntity } from '../bonded/bonded-storage.entity';
import { bondedView } from '../bonded/bonded-storage.view';
import { ClaimResponse } from '../condition-reports/condition-report.response';
import { ShipmentClaimEntity } from '../condition-reports/shipment-claim.entity';
import type { ShipmentStatus } from './domain/shipment-status';
import type { DeadlineKind, ShipmentDeadlineEntity } from './shipment-deadline.entity';
import { priceOf } from './shipment-saga';
import { ShipmentEntity } from './shipment.entity';
import {
  ShipmentDeadlineResponse,
  ShipmentPageResponse,
  ShipmentResponse,
  ShipmentSummaryResponse,
} from './shipment.response';
import { SHIPMENT_COLUMNS, shipmentFromRow, ShipmentRow } from './shipment-rows';

/** An exporter sees only its own shipments; the other roles see all (API.md). */
export function ownerFilter(caller: Principal): string | undefined {
  return hasRole(caller, 'EXPORTER') && !hasRole(caller, 'ADMIN') ? caller.username : undefined;
}

function summary(shipment: ShipmentEntity): ShipmentSummaryResponse {
  const price = priceOf(shipment);
  return {
    id: shipment.id,
    status: shipment.status,
    exporterId: shipment.exporterId,
    artworkIds: shipment.artworkIds,
    ...shipment.terms,
    ...(price && { price: MoneyDto.from(price) }),
    ftzBonded: shipment.ftzBonded,
    ...(shipment.declarationId !== null && { declarationId: shipment.declarationId }),
    ...(shipment.invoiceId !== null && { invoiceId: shipment.invoiceId }),
    ...(shipment.cancellationReason !== null && {
      cancellationReason: shipment.cancellationReason,
    }),
    ...(shipment.returnOfId !== null && { returnOfShipmentId: shipment.returnOfId }),
    ...(shipment.returnShipmentId !== null && { returnShipmentId: shipment.returnShipmentId }),
    ...(shipment.paymentReversedAt !== null && {
      paymentReversedAt: shipment.paymentReversedAt.toISOString(),
    }),
    submittedAt: shipment.submittedAt.toISOString(),
    updatedAt: shipment.updatedAt.toISOString(),
  };
}

type DeadlineRow = Pick<ShipmentDeadlineEntity, 'kind' | 'dueAt' | 'firedAt' | 'closedAt'>;

type ShipmentWithParts = ShipmentRow & {
  has_claim: boolean;
  has_clock: boolean;
  has_bonded: boolean;
  /** [kind, due, fired, closed], by due time; null when there is none. */
  deadlines: [DeadlineKind, string, string | null, string | null][] | null;
  /** [at, type, source, detail], in order; null when there is none. */
  timeline: [string, string, string, string][] | null;
};

function deadlineView(deadline: DeadlineRow): ShipmentDeadlineResponse {
  return {
    kind: deadline.kind,
    dueAt: deadline.dueAt.toISOString(),
    // PENDING: still running; FIRED: it ran out and the saga acted; CLOSED: no longer needed.
    state: deadline.firedAt ? 'FIRED' : deadline.closedAt ? 'CLOSED' : 'PENDING',
    ...(deadline.firedAt && { firedAt: deadline.firedAt.toISOString() }),
    ...(deadline.closedAt && { closedAt: deadline.closedAt.toISOString() }),
  };
}

function claimView(claim: ShipmentClaimEntity): ClaimResponse {
  return {
    id: claim.id,
    status: claim.status,
    openedAt: claim.openedAt.toISOString(),
    openedBy: claim.openedBy,
    reason: claim.reason,
    damages: claim.damages,
    reportIds: claim.reportIds,
    escrowHeld: claim.escrowHeld,
  };
}

export interface ShipmentFilter {
  status?: ShipmentStatus;
  /** Only those whose buyer's payment the bank reversed after the works left (or only others). */
  paymentReversed?: boolean;
  /** Only this exporter's shipments. */
  exporterId?: string;
  page: number;
  pageSize: number;
}

/** What users read: one shipment with its deadlines and journey, or a page of them. */
@Injectable()
export class ShipmentViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly admission: AdmissionClocks,
  ) {}

  /** The shipment, or undefined when it does not exist or `exporterId` does not own it. */
  async detail(id: string, exporterId?: string): Promise<ShipmentResponse | undefined> {
    // plain SQL, one query instead of six: read after every request that moves a shipment.
    // The claim, the admission clock and the bonded storage are read only when there is one.
    const found: ShipmentWithParts[] = await this.dataSource.query(
      `SELECT ${SHIPMENT_COLUMNS},
         EXISTS (SELECT 1 FROM shipment_claim WHERE shipment_id = s.id) AS has_claim,
         EXISTS (SELECT 1 FROM admission_clock WHERE shipment_id = s.id) AS has_clock,
         EXISTS (SELECT 1 FROM bonded_storage WHERE shipment_id = s.id) AS has_bonded,
         (SELECT json_agg(json_build_array(kind, due_at, fired_at, closed_at) ORDER BY due_at)
            FROM shipment_deadline WHERE shipment_id = s.id) AS deadlines,
         (SELECT json_agg(json_build_array(at, type, source, detail) ORDER BY at, seq)
            FROM shipment_timeline WHERE shipment_id = s.id) AS timeline
       FROM shipment s WHERE id = $1 AND ($2::text IS NULL OR exporter_id = $2)`,
      [id, exporterId ?? null],
    );
    if (found.length === 0) return undefined;
    const shipment = shipmentFromRow(found[0]);
    // timestamps inside json come as ISO text
    const date = (text: string) => new Date(text);
    const deadlines: DeadlineRow[] = (found[0].deadlines ?? []).map(
      ([kind, dueAt, firedAt, closedAt]) => ({
        kind,
        dueAt: date(dueAt),
        firedAt: firedAt === null ? null : date(firedAt),
        closedAt: closedAt === null ? null : date(closedAt),
      }),
    );
    const [claim, clock, bonded] = await Promise.all([
      found[0].has_claim
        ? this.dataSource.getRepository(ShipmentClaimEntity).findOneBy({ shipmentId: id })
        : null,
      found[0].has_clock
        ? this.dataSource.getRepository(AdmissionClockEntity).findOneBy({ shipmentId: id })
        : null,
      found[0].has_bonded
        ? this.dataSource.getRepository(BondedStorageEntity).findOneBy({ shipmentId: id })
        : null,
    ]);
    const insurance =
      shipment.insuredValueMinor !== null &&
      shipment.insuredValueCurrency !== null &&
      shipment.insuranceClauses !== null
        ? {
            insuredValue: MoneyDto.from({
              minor: shipment.insuredValueMinor,
              currency: shipment.insuredValueCurrency,
            }),
            clauses: shipment.insuranceClauses,
          }
        : undefined;
    return {
      ...summary(shipment),
      ...(insurance && { insurance }),
      packages: shipment.packages,
      ...(shipment.dispatchedAt && { dispatchedAt: shipment.dispatchedAt.toISOString() }),
      ...(shipment.deliveredAt && { deliveredAt: shipment.deliveredAt.toISOString() }),
      ...(shipment.custodian !== null && { custodian: shipment.custodian }),
      ...(claim && { claim: claimView(claim) }),
      ...(clock && { admission: this.admission.view(clock) }),
      ...(bonded && { bondedStorage: bondedView(bonded) }),
      deadlines: deadlines.map(deadlineView),
      timeline: (found[0].timeline ?? []).map(([at, type, source, detail]) => ({
        at: date(at).toISOString(),
        type,
        source,
        detail,
      })),
    };
  }

  async list(filter: ShipmentFilter): Promise<ShipmentPageResponse> {
    // Plain SQL, one query with its total: this list is what dashboards and carriers poll. The
    // total is its own count beside the page, not count(*) OVER (), which carried every matching
    // row, wide columns and all, through a window before the LIMIT (8 ms against 1 ms at 1,800
    // rows). The page joins the count, so past the last page the total still comes back.
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.exporterId) where.push(`exporter_id = $${params.push(filter.exporterId)}`);
    if (filter.paymentReversed !== undefined) {
      where.push(`payment_reversed_at IS ${filter.paymentReversed ? 'NOT NULL' : 'NULL'}`);
    }
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const rows: (Partial<ShipmentRow> & { total: number })[] = await this.dataSource.query(
      `SELECT page.*, counted.total
       FROM (SELECT count(*)::int AS total FROM shipment ${condition}) AS counted
       LEFT JOIN LATERAL (
         SELECT ${SHIPMENT_COLUMNS} FROM shipment ${condition}
         ORDER BY submitted_at DESC, id DESC
         LIMIT $${params.push(filter.pageSize)} OFFSET $${params.push((filter.page - 1) * filter.pageSize)}
       ) AS page ON true
       ORDER BY page.submitted_at DESC, page.id DESC`,
      params,
    );
    // a count of shipments, not an amount: int4 comes back from pg as a number
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((row): row is ShipmentRow & { total: number } => row.id != null);
    return {
      items: found.map((row) => summary(shipmentFromRow(row))),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }
}
