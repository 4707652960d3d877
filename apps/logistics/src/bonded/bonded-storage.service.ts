import { BondedEntered, BondedReExported, BondedReleased } from '@artbridge/contracts';
import { Outbox } from '@artbridge/platform-messaging';
import { Principal } from '@artbridge/platform-auth';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordedTime, withTimeNote } from '../shipments/domain/reported-time';
import { localStep } from '../shipments/saga-step';
import { ShipmentSaga } from '../shipments/shipment-saga';
import { addToTimeline } from '../shipments/shipment-journal';
import { ShipmentEntity } from '../shipments/shipment.entity';
import { BondedEntryDto, BondedReExportDto, BondedReleaseDto } from './bonded-storage.dto';
import { BondedStorageEntity } from './bonded-storage.entity';
import { BondedProblem, bondedEntryNote, entryProblem, exitProblem } from './domain/bonded-storage';

function refuse(problem: BondedProblem | undefined): void {
  if (problem?.kind === 'conflict') throw new ConflictException(problem.reason);
  if (problem) throw new BadRequestException([problem.reason]);
}

/**
 * Bonded storage in a free-trade zone (the logistics side): the works enter bond on arrival
 * with their storage location and no import declaration; they leave it released to the
 * domestic market (announced so that the import declaration is filed) or re-exported without
 * import duty. Each request is one transaction with the shipment row locked.
 */
@Injectable()
export class BondedStorageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly saga: ShipmentSaga,
  ) {}

  /** The shipment's stay in bond, if any (for the tracking step, under the caller's lock). */
  find(manager: EntityManager, shipmentId: string): Promise<BondedStorageEntity | null> {
    return manager.findOneBy(BondedStorageEntity, { shipmentId });
  }

  async enter(caller: Principal, id: string, dto: BondedEntryDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const shipment = await this.locked(manager, id);
      const current = await this.find(manager, id);
      const reportedAt = new Date(dto.at);
      const now = new Date();
      const dispatchedAt = shipment.dispatchedAt ?? undefined;
      refuse(
        entryProblem({
          status: shipment.status,
          current: current?.state,
          at: reportedAt,
          now,
          dispatchedAt,
        }),
      );
      // the row, the timeline and BondedEntered take the time kept within [the dispatch, now]
      const at = recordedTime(reportedAt, now, dispatchedAt);
      const row = Object.assign(new BondedStorageEntity(), {
        shipmentId: id,
        zone: dto.zone.trim(),
        country: shipment.terms.destination.country,
        warehouse: dto.warehouse.trim(),
        location: dto.location.trim(),
        state: 'IN_BOND',
        enteredAt: at,
        enteredBy: caller.username,
        leftAt: null,
        leftBy: null,
        reExportCountry: null,
        reExportPlace: null,
      } satisfies BondedStorageEntity);
      await manager.insert(BondedStorageEntity, row);
      await addToTimeline(manager, id, {
        at,
        type: 'BONDED_ENTRY',
        source: 'logistics',
        detail: withTimeNote(
          `entered bonded storage in ${row.zone} (${row.country}), ${row.warehouse}, ${row.location}; ${bondedEntryNote(shipment.ftzBonded)} (recorded by ${caller.username})`,
          'warehouse',
          reportedAt,
          at,
        ),
      });
      await localStep(manager, this.outbox).send(
        BondedEntered,
        {
          shipmentId: id,
          zone: row.zone,
          country: row.country,
          warehouse: row.warehouse,
          location: row.location,
          enteredAt: at.toISOString(),
        },
        id,
      );
    });
  }

  /** Released to the domestic market: the import declaration is to be filed, duties become due. */
  async release(caller: Principal, id: string, dto: BondedReleaseDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const shipment = await this.locked(manager, id);
      const row = await this.find(manager, id);
      const reportedAt = new Date(dto.at);
      const now = new Date();
      refuse(
        exitProblem({
          exit: 'RELEASE',
          current: row?.state,
          at: reportedAt,
          now,
          enteredAt: row?.enteredAt,
        }),
      );
      const stay = row!;
      // kept within [the entry, now]: customs is never told of a release before the entry
      const at = recordedTime(reportedAt, now, stay.enteredAt);
      await manager.update(BondedStorageEntity, id, {
        state: 'RELEASED',
        leftAt: at,
        leftBy: caller.username,
      });
      const { consignee } = shipment.terms;
      await addToTimeline(manager, id, {
        at,
        type: 'BONDED_RELEASED',
        source: 'logistics',
        detail: withTimeNote(
          `released from ${stay.zone} to the domestic market of ${stay.country}: an import declaration is to be filed for ${consignee.name}, ${shipment.ftzBonded ? 'import duty and VAT become due' : 'without charging again the import duty and VAT paid at the export declaration'} (recorded by ${caller.username})`,
          'warehouse',
          reportedAt,
          at,
        ),
      });
      await localStep(manager, this.outbox).send(
        BondedReleased,
        {
          shipmentId: id,
          zone: stay.zone,
          country: stay.country,
          warehouse: stay.warehouse,
          releasedAt: at.toISOString(),
          artworkIds: shipment.artworkIds,
          importer: { ...consignee },
        },
        id,
      );
    });
  }

  /** Re-exported to another country: the works leave bond without import duty. */
  async reExport(caller: Principal, id: string, dto: BondedReExportDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, id);
      const row = await this.find(manager, id);
      const reportedAt = new Date(dto.at);
      const now = new Date();
      refuse(
        exitProblem({
          exit: 'RE_EXPORT',
          current: row?.state,
          at: reportedAt,
          now,
          enteredAt: row?.enteredAt,
          zoneCountry: row?.country,
          reExportCountry: dto.destination.country,
        }),
      );
      const stay = row!;
      const at = recordedTime(reportedAt, now, stay.enteredAt);
      await manager.update(BondedStorageEntity, id, {
        state: 'RE_EXPORTED',
        leftAt: at,
        leftBy: caller.username,
        reExportCountry: dto.destination.country,
        reExportPlace: dto.destination.place,
      });
      await addToTimeline(manager, id, {
        at,
        type: 'BONDED_RE_EXPORTED',
        source: 'logistics',
        detail: withTimeNote(
          `re-exported from ${stay.zone} (${stay.country}) to ${dto.destination.place}, ${dto.destination.country}, without import duty (recorded by ${caller.username})`,
          'warehouse',
          reportedAt,
          at,
        ),
      });
      await localStep(manager, this.outbox).send(
        BondedReExported,
        {
          shipmentId: id,
          zone: stay.zone,
          country: stay.country,
          warehouse: stay.warehouse,
          reExportedAt: at.toISOString(),
          destination: { country: dto.destination.country, place: dto.destination.place },
        },
        id,
      );
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<ShipmentEntity> {
    const shipment = await this.saga.lock(manager, id);
    if (!shipment) throw new NotFoundException(`shipment ${id} not found`);
    return shipment;
  }
}
