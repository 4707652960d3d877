import { MoneyDto } from '@artbridge/contracts';
import { hasRole, Principal } from '@artbridge/platform-auth';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdmissionClockEntity } from '../admission/admission-clock.entity';
import { AdmissionClocks } from '../admission/admission-clocks';
import { BondedStorageEntity } from '../bonded/bonded-storage.entity';
import { bondedView } from '../bonded/bonded-storage.view';
import { ShipmentClaimEntity } from '../condition-reports/shipment-claim.entity';
import type { ShipmentStatus } from './domain/shipment-status';
import { ShipmentDeadlineEntity } from './shipment-deadline.entity';
import { priceOf } from './shipment-saga';
import { ShipmentEntity } from './shipment.entity';
import { TimelineEntryEntity } from './timeline-entry.entity';

/** An exporter sees only its own shipments; the other roles see all (API.md). */
export function ownerFilter(caller: Principal): string | undefined {
  return hasRole(caller, 'EXPORTER') && !hasRole(caller, 'ADMIN') ? caller.username : undefined;
}

function summary(shipment: ShipmentEntity) {
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
    submittedAt: shipment.submittedAt.toISOString(),
    updatedAt: shipment.updatedAt.toISOString(),
  };
}

function deadlineView(deadline: ShipmentDeadlineEntity) {
  return {
    kind: deadline.kind,
    dueAt: deadline.dueAt.toISOString(),
    // PENDING: still running; FIRED: it ran out and the saga acted; CLOSED: no longer needed.
    state: deadline.firedAt ? 'FIRED' : deadline.closedAt ? 'CLOSED' : 'PENDING',
    ...(deadline.firedAt && { firedAt: deadline.firedAt.toISOString() }),
    ...(deadline.closedAt && { closedAt: deadline.closedAt.toISOString() }),
  };
}

function claimView(claim: ShipmentClaimEntity) {
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

export type ShipmentDetail = NonNullable<Awaited<ReturnType<ShipmentViews['detail']>>>;

export interface ShipmentFilter {
  status?: ShipmentStatus;
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
  async detail(id: string, exporterId?: string) {
    const shipment = await this.dataSource
      .getRepository(ShipmentEntity)
      .findOneBy(exporterId ? { id, exporterId } : { id });
    if (!shipment) return undefined;
    const [deadlines, timeline, claim, clock, bonded] = await Promise.all([
      this.dataSource
        .getRepository(ShipmentDeadlineEntity)
        .find({ where: { shipmentId: id }, order: { dueAt: 'ASC' } }),
      this.dataSource
        .getRepository(TimelineEntryEntity)
        .find({ where: { shipmentId: id }, order: { at: 'ASC', seq: 'ASC' } }),
      this.dataSource.getRepository(ShipmentClaimEntity).findOneBy({ shipmentId: id }),
      this.dataSource.getRepository(AdmissionClockEntity).findOneBy({ shipmentId: id }),
      this.dataSource.getRepository(BondedStorageEntity).findOneBy({ shipmentId: id }),
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
      timeline: timeline.map((entry) => ({
        at: entry.at.toISOString(),
        type: entry.type,
        source: entry.source,
        detail: entry.detail,
      })),
    };
  }

  async list(filter: ShipmentFilter) {
    const query = this.dataSource
      .getRepository(ShipmentEntity)
      .createQueryBuilder('shipment')
      .orderBy('shipment.submittedAt', 'DESC')
      .addOrderBy('shipment.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.status) query.andWhere('shipment.status = :status', { status: filter.status });
    if (filter.exporterId) {
      query.andWhere('shipment.exporterId = :exporterId', { exporterId: filter.exporterId });
    }
    const [items, total] = await query.getManyAndCount();
    return { items: items.map(summary), total, page: filter.page, pageSize: filter.pageSize };
  }
}
