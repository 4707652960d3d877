import {
  ArtworkReservationRefused,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  ArtworksReturned,
  MarkArtworksExported,
  MarkArtworksInTransit,
  MessageDefinition,
  ReleaseArtworks,
  ReleaseArtworksV1,
  ReserveArtworks,
  ReserveArtworksV1,
  ReturnLegCompleted,
  ReturnLegCompletedV1,
  ShipmentArtworksV1,
} from '@artbridge/contracts';
import { MessageContext, PermanentMessageError } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EntityManager } from 'typeorm';
import { ArtworkEntity } from '../artworks/artwork.entity';
import { attributesOf } from '../artworks/artwork-view';
import type { ArtworkStatus } from '../artworks/domain/artwork';
import { isoDate } from '../ip-licences/domain/ip-licence';
import { licensedProductsOf } from '../ip-licences/ip-licence-view';
import {
  decideMilestone,
  decideReservation,
  distinctIds,
  Holding,
  Milestone,
  releasable,
  returnedHome,
} from './domain/reservation';
import { ShipmentHoldEntity } from './shipment-hold.entity';

/**
 * Locks the artworks' rows for the rest of the transaction, in id order: two shipments naming
 * the same artworks in different orders wait for each other instead of deadlocking.
 */
function lockArtworks(manager: EntityManager, ids: readonly string[]): Promise<ArtworkEntity[]> {
  return manager
    .getRepository(ArtworkEntity)
    .createQueryBuilder('artwork')
    .where('artwork.id IN (:...ids)', { ids })
    .orderBy('artwork.id')
    .setLock('pessimistic_write')
    .getMany();
}

function holdingOf(artwork: ArtworkEntity, product?: Holding['product']): Holding {
  return {
    id: artwork.id,
    exporterId: artwork.exporterId,
    status: artwork.status,
    shipmentId: artwork.reservedByShipment,
    ...(product && { product }),
  };
}

async function setStatus(
  manager: EntityManager,
  ids: readonly string[],
  status: ArtworkStatus,
  shipmentId: string | null,
): Promise<void> {
  if (ids.length === 0) return;
  // plain SQL: every step of every shipment comes here, and TypeORM's update builder costs
  // more CPU than the update
  await manager.query(
    `UPDATE artwork SET status = $1, reserved_by_shipment = $2, status_changed_at = $3
     WHERE id = ANY($4::uuid[])`,
    [status, shipmentId, new Date(), [...ids]],
  );
}

/**
 * Catalog's part of the shipment saga. Each handler runs in the inbox's transaction, so the
 * artworks' new status and the answer commit together; a repeated command (another message id
 * asking the same) finds the work done and answers again without changing anything.
 */
@Controller()
export class ReservationHandler {
  @EventPattern(ReserveArtworks.type)
  async reserve(@Payload() command: ReserveArtworksV1, @Ctx() context: MessageContext) {
    const { shipmentId, exporterId, destinationCountry, purpose } = command;
    const artworkIds = distinctIds(command.artworkIds);
    const artworks = await lockArtworks(context.manager, artworkIds);
    const products = await licensedProductsOf(
      context.manager,
      artworks.filter((artwork) => artwork.category === 'REPRODUCTION').map((a) => a.id),
    );
    const decision = decideReservation(
      {
        shipmentId,
        exporterId,
        artworkIds,
        ...(destinationCountry !== undefined && { destinationCountry }),
        today: isoDate(new Date()),
      },
      artworks.map((artwork) => holdingOf(artwork, products.get(artwork.id))),
    );
    if (decision.outcome === 'REFUSED') {
      await context.publish(
        ArtworkReservationRefused,
        { shipmentId, refused: [...decision.refused] },
        { subject: shipmentId },
      );
      return;
    }
    await setStatus(context.manager, decision.reserve, 'RESERVED', shipmentId);
    // what the shipment is for and where it goes: a loan's works become ON_LOAN, not EXPORTED
    await context.manager.query(
      `INSERT INTO shipment_hold (shipment_id, purpose, destination_country, reserved_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [shipmentId, purpose ?? null, destinationCountry ?? null, new Date()],
    );
    const byId = new Map(artworks.map((artwork) => [artwork.id, artwork]));
    await context.publish(
      ArtworksReserved,
      {
        shipmentId,
        exporterId,
        artworks: artworkIds.map((artworkId) => ({
          artworkId,
          attributes: attributesOf(byId.get(artworkId)!),
        })),
      },
      { subject: shipmentId },
    );
  }

  /** Always answered, even when nothing was held, so that a cancelled saga can finish. */
  @EventPattern(ReleaseArtworks.type)
  async release(@Payload() command: ReleaseArtworksV1, @Ctx() context: MessageContext) {
    const { shipmentId } = command;
    const artworkIds = distinctIds(command.artworkIds);
    const artworks = await lockArtworks(context.manager, artworkIds);
    await setStatus(
      context.manager,
      releasable(
        shipmentId,
        artworks.map((artwork) => holdingOf(artwork)),
      ),
      'AVAILABLE',
      null,
    );
    await context.publish(ArtworksReleased, { shipmentId, artworkIds }, { subject: shipmentId });
  }

  @EventPattern(MarkArtworksInTransit.type)
  markInTransit(@Payload() command: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.reachMilestone('IN_TRANSIT', ArtworksMarkedInTransit, command, context);
  }

  @EventPattern(MarkArtworksExported.type)
  markExported(@Payload() command: ShipmentArtworksV1, @Ctx() context: MessageContext) {
    return this.reachMilestone('EXPORTED', ArtworksExported, command, context);
  }

  /**
   * An exhibition loan's return leg completed: the works held by the outbound shipment are home,
   * AVAILABLE again. The loan is remembered as returned, so a milestone for it arriving later
   * (the outbound accepted after its works came back) changes nothing.
   */
  @EventPattern(ReturnLegCompleted.type)
  async returned(@Payload() event: ReturnLegCompletedV1, @Ctx() context: MessageContext) {
    const { shipmentId, returnShipmentId } = event;
    const artworkIds = distinctIds(event.artworkIds);
    const artworks = await lockArtworks(context.manager, artworkIds);
    const home = returnedHome(
      shipmentId,
      artworks.map((artwork) => holdingOf(artwork)),
    );
    await context.manager.query(
      `INSERT INTO shipment_hold (shipment_id, returned_at, return_shipment_id)
       VALUES ($1, $2, $3)
       ON CONFLICT (shipment_id) DO UPDATE
         SET returned_at = coalesce(shipment_hold.returned_at, EXCLUDED.returned_at),
             return_shipment_id = coalesce(shipment_hold.return_shipment_id, EXCLUDED.return_shipment_id)`,
      [shipmentId, new Date(event.completedAt), returnShipmentId],
    );
    if (home.length === 0) return;
    await setStatus(context.manager, home, 'AVAILABLE', null);
    await context.publish(
      ArtworksReturned,
      { shipmentId, returnShipmentId, artworkIds: home },
      { subject: shipmentId },
    );
  }

  private async reachMilestone(
    milestone: Milestone,
    answer: MessageDefinition<ShipmentArtworksV1>,
    command: ShipmentArtworksV1,
    context: MessageContext,
  ): Promise<void> {
    const { shipmentId } = command;
    const artworkIds = distinctIds(command.artworkIds);
    const artworks = await lockArtworks(context.manager, artworkIds);
    const [hold]: Pick<ShipmentHoldEntity, 'purpose' | 'returnedAt'>[] =
      await context.manager.query(
        `SELECT purpose, returned_at AS "returnedAt" FROM shipment_hold WHERE shipment_id = $1`,
        [shipmentId],
      );
    const decision = decideMilestone(
      milestone,
      { id: shipmentId, purpose: hold?.purpose, returned: hold?.returnedAt != null },
      artworkIds,
      artworks.map((artwork) => holdingOf(artwork)),
    );
    if (!decision.ok) {
      // The contract has no refusal for this step: the dead-letter topic makes the disagreement
      // visible to operators instead of answering something untrue.
      throw new PermanentMessageError(
        `cannot mark shipment ${shipmentId}'s artworks ${milestone}: ${decision.problems.join('; ')}`,
      );
    }
    await setStatus(context.manager, decision.advance, decision.status, shipmentId);
    await context.publish(answer, { shipmentId, artworkIds }, { subject: shipmentId });
  }
}
