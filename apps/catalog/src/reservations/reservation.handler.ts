import {
  ArtworkReservationRefused,
  ArtworksExported,
  ArtworksMarkedInTransit,
  ArtworksReleased,
  ArtworksReserved,
  MarkArtworksExported,
  MarkArtworksInTransit,
  MessageDefinition,
  ReleaseArtworks,
  ReleaseArtworksV1,
  ReserveArtworks,
  ReserveArtworksV1,
  ShipmentArtworksV1,
} from '@artbridge/contracts';
import { MessageContext, PermanentMessageError } from '@artbridge/platform-messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EntityManager, In } from 'typeorm';
import { ArtworkEntity } from '../artworks/artwork.entity';
import { attributesOf } from '../artworks/artwork-view';
import type { ArtworkStatus } from '../artworks/domain/artwork';
import {
  decideMilestone,
  decideReservation,
  distinctIds,
  Holding,
  Milestone,
  releasable,
} from './domain/reservation';

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

function holdingOf(artwork: ArtworkEntity): Holding {
  return {
    id: artwork.id,
    exporterId: artwork.exporterId,
    status: artwork.status,
    shipmentId: artwork.reservedByShipment,
  };
}

async function setStatus(
  manager: EntityManager,
  ids: readonly string[],
  status: ArtworkStatus,
  shipmentId: string | null,
): Promise<void> {
  if (ids.length === 0) return;
  await manager.update(
    ArtworkEntity,
    { id: In([...ids]) },
    { status, reservedByShipment: shipmentId, statusChangedAt: new Date() },
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
    const { shipmentId, exporterId } = command;
    const artworkIds = distinctIds(command.artworkIds);
    const artworks = await lockArtworks(context.manager, artworkIds);
    const decision = decideReservation(
      { shipmentId, exporterId, artworkIds },
      artworks.map(holdingOf),
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
      releasable(shipmentId, artworks.map(holdingOf)),
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

  private async reachMilestone(
    milestone: Milestone,
    answer: MessageDefinition<ShipmentArtworksV1>,
    command: ShipmentArtworksV1,
    context: MessageContext,
  ): Promise<void> {
    const { shipmentId } = command;
    const artworkIds = distinctIds(command.artworkIds);
    const artworks = await lockArtworks(context.manager, artworkIds);
    const decision = decideMilestone(milestone, shipmentId, artworkIds, artworks.map(holdingOf));
    if (!decision.ok) {
      // The contract has no refusal for this step: the dead-letter topic makes the disagreement
      // visible to operators instead of answering something untrue.
      throw new PermanentMessageError(
        `cannot mark shipment ${shipmentId}'s artworks ${milestone}: ${decision.problems.join('; ')}`,
      );
    }
    await setStatus(context.manager, decision.advance, milestone, shipmentId);
    await context.publish(answer, { shipmentId, artworkIds }, { subject: shipmentId });
  }
}
