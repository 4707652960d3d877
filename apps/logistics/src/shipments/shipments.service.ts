import { MoneyDto } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { withDeferredWrites } from '@artbridge/platform-persistence';
import { Principal } from '@artbridge/platform-auth';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { BondedStorageEntity } from '../bonded/bonded-storage.entity';
import { deliveryProblem } from '../bonded/domain/bonded-storage';
import { Custody, custodyProblem } from './domain/custody';
import { inspectionEndedProblem, settlementProblem } from './domain/dispute';
import { dispatchClearance } from './domain/packaging';
import { ShipmentEvent, transition } from './domain/shipment-status';
import { describeViolation, submissionViolations } from './domain/submission';
import { recordedTrackingTime, trackingTimeProblem } from './domain/tracking';
import { localStep } from './saga-step';
import { ShipmentSaga } from './shipment-saga';
import {
  AcceptanceDto,
  DispatchDto,
  DisputeSettlementDto,
  PackageDto,
  SubmitShipmentDto,
  TrackingEventDto,
} from './shipment-requests.dto';
import { lockShipmentAndLoan } from './shipment-rows';
import { ShipmentEntity, ShipmentPackage } from './shipment.entity';

export function packagesOf(dtos: readonly PackageDto[]): ShipmentPackage[] {
  return dtos.map((p) => ({
    type: p.type,
    material: p.material,
    ...(p.ispm15Marked !== undefined && { ispm15Marked: p.ispm15Marked }),
    grossKg: p.grossKg,
    dimensionsCm: {
      length: p.dimensionsCm.length,
      width: p.dimensionsCm.width,
      height: p.dimensionsCm.height,
    },
  }));
}

/** The requests that move a shipment: each one transaction, with the shipment row locked. */
@Injectable()
export class ShipmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly saga: ShipmentSaga,
  ) {}

  async submit(exporterId: string, dto: SubmitShipmentDto): Promise<ShipmentEntity> {
    const price = dto.price && MoneyDto.toMoney(dto.price);
    const insurance = dto.insurance && {
      insuredValue: MoneyDto.toMoney(dto.insurance.insuredValue),
      clauses: dto.insurance.clauses,
    };
    const violations = submissionViolations({
      purpose: dto.purpose,
      incoterm: dto.incoterm,
      transportMode: dto.transportMode,
      price,
      insurance,
      destinationCountry: dto.destination.country,
      ftzBonded: dto.ftzBonded,
    });
    if (violations.length > 0) throw new BadRequestException(violations.map(describeViolation));

    const now = new Date();
    const shipment: ShipmentEntity = Object.assign(new ShipmentEntity(), {
      id: uuidv7(),
      exporterId,
      status: 'SUBMITTED',
      artworkIds: dto.artworkIds,
      terms: {
        consignee: {
          name: dto.consignee.name,
          country: dto.consignee.country,
          address: dto.consignee.address,
        },
        origin: { country: dto.origin.country, place: dto.origin.place },
        destination: { country: dto.destination.country, place: dto.destination.place },
        purpose: dto.purpose,
        incoterm: { rule: dto.incoterm.rule, place: dto.incoterm.place },
        transportMode: dto.transportMode,
      },
      priceMinor: price?.minor ?? null,
      priceCurrency: price?.currency ?? null,
      insuredValueMinor: insurance?.insuredValue.minor ?? null,
      insuredValueCurrency: insurance?.insuredValue.currency ?? null,
      insuranceClauses: insurance?.clauses ?? null,
      packages: packagesOf(dto.packages ?? []),
      ftzBonded: dto.ftzBonded === true,
      declarationId: null,
      invoiceId: null,
      invoiceRequested: false,
      pendingCompensations: [],
      cancellationReason: null,
      submittedAt: now,
      dispatchedAt: null,
      deliveredAt: null,
      custodian: null,
      declaredItems: null,
      returnOfId: null,
      returnShipmentId: null,
      paymentReversedAt: null,
      updatedAt: now,
    });
    await this.inStep((manager) =>
      this.saga.submitted(localStep(manager, this.outbox, now), shipment),
    );
    return shipment;
  }

  /** Only a PAID shipment leaves, and only in packaging that passes ISPM 15. */
  async dispatch(operator: Principal, id: string, dto: DispatchDto): Promise<void> {
    await this.inStep(async (manager) => {
      // a return leg's dispatch discharges its loan's clock: both locked now, in id order
      const shipment = await lockShipmentAndLoan(manager, id);
      if (!shipment) throw new NotFoundException(`shipment ${id} not found`);
      this.allowed(shipment, 'DISPATCHED');
      const packages = dto.packages ? packagesOf(dto.packages) : shipment.packages;
      const clearance = dispatchClearance(packages);
      if (!clearance.allowed) {
        throw new BadRequestException(clearance.violations.map(describeViolation));
      }
      await this.saga.dispatched(
        localStep(manager, this.outbox),
        shipment,
        operator.username,
        packages,
      );
    });
  }

  async track(id: string, dto: TrackingEventDto): Promise<void> {
    await this.inStep(async (manager) => {
      const shipment = await this.locked(manager, id);
      if (shipment.status !== 'IN_TRANSIT') {
        throw new ConflictException(
          `tracking events are taken while the shipment is IN_TRANSIT; it is ${shipment.status}`,
        );
      }
      const reportedAt = new Date(dto.at);
      const now = new Date();
      const custody: Custody | undefined = dto.custody && {
        from: dto.custody.from,
        to: dto.custody.to,
        signedBy: dto.custody.signedBy,
      };
      const dispatchedAt = shipment.dispatchedAt ?? undefined;
      // works that left bond (released, or re-exported: delivered where they went) are
      // delivered after they left it; in bond they are not delivered at all (deliveryProblem)
      const bonded =
        dto.type === 'DELIVERED'
          ? await manager.findOneBy(BondedStorageEntity, { shipmentId: id })
          : null;
      const leftBondAt = bonded?.leftAt ?? undefined;
      const problems = [
        trackingTimeProblem(reportedAt, now, dispatchedAt, leftBondAt),
        custody && custodyProblem(custody),
      ].filter((problem): problem is string => !!problem);
      if (problems.length > 0) throw new BadRequestException(problems);
      // The timeline, the delivery and its inspection deadline take the carrier's time kept
      // within [the dispatch (or the exit from bond), now] (recordedTrackingTime); the entry
      // shows the carrier's own.
      const at = recordedTrackingTime(reportedAt, now, dispatchedAt, leftBondAt);
      const step = localStep(manager, this.outbox);
      const report = { location: dto.location, at, reportedAt, ...(custody && { custody }) };
      if (dto.type === 'DELIVERED') {
        const refused = deliveryProblem(bonded ?? undefined, shipment.ftzBonded);
        if (refused) throw new ConflictException(refused);
        await this.saga.delivered(step, shipment, report);
      } else {
        await this.saga.tracked(step, shipment, { ...report, type: dto.type });
      }
    });
  }

  /**
   * The buyer's answer after delivery. A refusal needs a reason: it opens a dispute, and only
   * within the inspection period; an acceptance is taken until the period's end is acted on.
   */
  async answer(caller: Principal, id: string, dto: AcceptanceDto): Promise<void> {
    await this.inStep(async (manager) => {
      const shipment = await this.locked(manager, id);
      const step = localStep(manager, this.outbox);
      if (dto.accepted) {
        this.allowed(shipment, 'BUYER_ACCEPTED');
        await this.saga.accepted(
          step,
          shipment,
          'BUYER_ACCEPTED',
          `accepted (recorded by ${caller.username})${dto.reason ? `: ${dto.reason}` : ''}`,
        );
      } else {
        if (!dto.reason)
          throw new BadRequestException(['reason is required when accepted is false']);
        this.allowed(shipment, 'BUYER_REFUSED');
        const ended = inspectionEndedProblem(
          await this.saga.inspectionEndsAt(manager, shipment),
          new Date(),
        );
        if (ended) throw new ConflictException(ended);
        await this.saga.refused(step, shipment, `${dto.reason} (recorded by ${caller.username})`);
      }
    });
  }

  /**
   * A DISPUTED shipment settled: for the exporter (escrow released, as an acceptance) or for the
   * buyer (refunded, the works released, then CANCELLED). Anything but DISPUTED is a conflict.
   */
  async settleDispute(caller: Principal, id: string, dto: DisputeSettlementDto): Promise<void> {
    await this.inStep(async (manager) => {
      const shipment = await this.locked(manager, id);
      if (shipment.status !== 'DISPUTED') {
        throw new ConflictException(
          `a dispute is settled while the shipment is DISPUTED; it is ${shipment.status}`,
        );
      }
      // Only a sale has something to undo (settlementProblem): a loan or its return leg does not.
      const problem = settlementProblem(shipment.terms.purpose, dto.outcome);
      if (problem) throw new ConflictException(problem);
      await this.saga.disputeSettled(localStep(manager, this.outbox), shipment, {
        outcome: dto.outcome,
        reason: dto.reason,
        by: caller.username,
      });
    });
  }

  /**
   * One transaction, whose writes (shipment, timeline, timers) and outbox messages are made in
   * two statements at its end.
   */
  private inStep<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) =>
      this.outbox.deferred(manager, () => withDeferredWrites(manager, () => work(manager))),
    );
  }

  private async locked(manager: EntityManager, id: string): Promise<ShipmentEntity> {
    const shipment = await this.saga.lock(manager, id);
    if (!shipment) throw new NotFoundException(`shipment ${id} not found`);
    return shipment;
  }

  private allowed(shipment: ShipmentEntity, event: ShipmentEvent): void {
    const result = transition(shipment.status, event);
    if (!result.ok) throw new ConflictException(result.reason);
  }
}
