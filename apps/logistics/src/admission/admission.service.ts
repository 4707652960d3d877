import { MoneyDto, ReturnLegCreated } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { Principal } from '@artbridge/platform-auth';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { describeViolation, submissionViolations } from '../shipments/domain/submission';
import { localStep } from '../shipments/saga-step';
import { ShipmentSaga } from '../shipments/shipment-saga';
import { addToTimeline } from '../shipments/shipment-journal';
import { ShipmentEntity } from '../shipments/shipment.entity';
import { packagesOf } from '../shipments/shipments.service';
import { AdmissionClockEntity } from './admission-clock.entity';
import { AdmissionClocks } from './admission-clocks';
import { AdmissionExtensionDto, ReturnLegDto } from './admission-requests.dto';
import { returnLegTerms, returnLegViolations } from './domain/return-leg';
import { noAdmissionRule, runsAdmissionClock } from './domain/temporary-admission';

/**
 * Temporary exhibitions after delivery: extensions of the admission clock and the return leg,
 * asked for by the exporter who lent the works (or an ADMIN); another exporter's shipment is 404.
 */
@Injectable()
export class AdmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly saga: ShipmentSaga,
    private readonly clocks: AdmissionClocks,
  ) {}

  async extend(
    caller: Principal,
    id: string,
    exporterId: string | undefined,
    dto: AdmissionExtensionDto,
  ) {
    await this.dataSource.transaction(async (manager) => {
      const shipment = await this.owned(manager, id, exporterId);
      const row = await this.clock(manager, shipment);
      const outcome = await this.clocks.extend(
        localStep(manager, this.outbox),
        row,
        caller.username,
        dto.reason.trim(),
      );
      if (!outcome.ok) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: outcome.ruleId ? `${outcome.reason} (${outcome.ruleId})` : outcome.reason,
          ...(outcome.ruleId && { ruleId: outcome.ruleId }),
        });
      }
    });
  }

  /** The return leg: its own shipment, linked both ways; returns its id. */
  async createReturnLeg(
    caller: Principal,
    id: string,
    exporterId: string | undefined,
    dto: ReturnLegDto,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const outbound = await this.owned(manager, id, exporterId);
      this.loan(outbound);
      const clocked = runsAdmissionClock(
        outbound.terms.purpose,
        outbound.terms.destination.country,
      );
      if (clocked) {
        const row = await this.lockedClock(manager, outbound);
        if (row.state === 'DISCHARGED') {
          throw new ConflictException(
            `the works already left on return leg ${row.returnShipmentId}`,
          );
        }
      } else if (outbound.deliveredAt === null) {
        // no clock to say so: the works go back once they have arrived
        throw new ConflictException(
          `the return leg is asked for once the works are delivered; the shipment is ${outbound.status}`,
        );
      }
      // without a clock, a return leg under way or done is the one below (not CANCELLED)
      if (outbound.returnShipmentId !== null) {
        const existing = await manager.findOneBy(ShipmentEntity, {
          id: outbound.returnShipmentId,
        });
        if (existing && existing.status !== 'CANCELLED') {
          throw new ConflictException(
            `return leg ${existing.id} already exists (${existing.status}); a new one only once it is CANCELLED`,
          );
        }
      }
      if (!outbound.declaredItems) {
        throw new ConflictException(
          'the works as declared for this shipment are not on record, so a return declaration cannot be filed for them',
        );
      }

      const insurance = dto.insurance
        ? {
            insuredValue: MoneyDto.toMoney(dto.insurance.insuredValue),
            clauses: dto.insurance.clauses,
          }
        : outbound.insuredValueMinor !== null &&
            outbound.insuredValueCurrency !== null &&
            outbound.insuranceClauses !== null
          ? {
              insuredValue: {
                minor: outbound.insuredValueMinor,
                currency: outbound.insuredValueCurrency,
              },
              clauses: outbound.insuranceClauses,
            }
          : undefined;
      const terms = returnLegTerms(outbound.exporterId, outbound.terms, {
        ...(dto.consignee && {
          consignee: {
            name: dto.consignee.name,
            country: dto.consignee.country,
            address: dto.consignee.address,
          },
        }),
        ...(dto.incoterm && { incoterm: { rule: dto.incoterm.rule, place: dto.incoterm.place } }),
        ...(dto.transportMode && { transportMode: dto.transportMode }),
      });
      const violations = returnLegViolations(
        submissionViolations({
          purpose: terms.purpose,
          incoterm: terms.incoterm,
          transportMode: terms.transportMode,
          insurance,
        }),
        terms.incoterm.rule,
      );
      if (violations.length > 0) throw new BadRequestException(violations.map(describeViolation));

      const now = new Date();
      const returnLeg: ShipmentEntity = Object.assign(new ShipmentEntity(), {
        id: uuidv7(),
        exporterId: outbound.exporterId,
        status: 'SUBMITTED',
        artworkIds: outbound.artworkIds,
        terms,
        priceMinor: null,
        priceCurrency: null,
        insuredValueMinor: insurance?.insuredValue.minor ?? null,
        insuredValueCurrency: insurance?.insuredValue.currency ?? null,
        insuranceClauses: insurance?.clauses ?? null,
        packages: dto.packages ? packagesOf(dto.packages) : outbound.packages,
        // the works go home: no bonded storage on the way back
        ftzBonded: false,
        declarationId: null,
        invoiceId: null,
        invoiceRequested: false,
        pendingCompensations: [],
        cancellationReason: null,
        submittedAt: now,
        dispatchedAt: null,
        deliveredAt: null,
        custodian: null,
        declaredItems: outbound.declaredItems,
        returnOfId: outbound.id,
        returnShipmentId: null,
        paymentReversedAt: null,
        updatedAt: now,
      } satisfies ShipmentEntity);
      const step = localStep(manager, this.outbox, now);
      await this.saga.submitted(step, returnLeg, caller.username);

      await manager.update(ShipmentEntity, outbound.id, { returnShipmentId: returnLeg.id });
      await addToTimeline(manager, outbound.id, {
        at: now,
        type: 'RETURN_LEG_CREATED',
        source: 'logistics',
        detail: `return leg ${returnLeg.id} (${terms.origin.country} → ${terms.destination.country}) asked for by ${caller.username}${clocked ? '; the admission clock stops when it leaves' : ''}`,
      });
      await step.send(
        ReturnLegCreated,
        { shipmentId: outbound.id, returnShipmentId: returnLeg.id, requestedBy: caller.username },
        outbound.id,
      );
      return returnLeg.id;
    });
  }

  private async owned(
    manager: EntityManager,
    id: string,
    exporterId: string | undefined,
  ): Promise<ShipmentEntity> {
    const shipment = await this.saga.lock(manager, id);
    if (!shipment || (exporterId !== undefined && shipment.exporterId !== exporterId)) {
      throw new NotFoundException(`shipment ${id} not found`);
    }
    return shipment;
  }

  /** 409 unless the shipment is an exhibition loan: only a loan has a return leg. */
  private loan(shipment: ShipmentEntity): void {
    if (shipment.terms.purpose !== 'TEMPORARY_EXHIBITION') {
      throw new ConflictException(
        `only a TEMPORARY_EXHIBITION has an admission clock and a return leg; this shipment is a ${shipment.terms.purpose}`,
      );
    }
  }

  /** The shipment's admission clock, locked; 409 saying why there is none. */
  private async clock(
    manager: EntityManager,
    shipment: ShipmentEntity,
  ): Promise<AdmissionClockEntity> {
    this.loan(shipment);
    const { country } = shipment.terms.destination;
    if (!runsAdmissionClock(shipment.terms.purpose, country)) {
      throw new ConflictException(noAdmissionRule(country));
    }
    return this.lockedClock(manager, shipment);
  }

  /** The clock of a loan whose destination runs one, locked; 409 until it has started. */
  private async lockedClock(
    manager: EntityManager,
    shipment: ShipmentEntity,
  ): Promise<AdmissionClockEntity> {
    const row = await this.clocks.lock(manager, shipment.id);
    if (!row) {
      throw new ConflictException(
        `the admission clock starts when the works are delivered; the shipment is ${shipment.status}`,
      );
    }
    return row;
  }
}
