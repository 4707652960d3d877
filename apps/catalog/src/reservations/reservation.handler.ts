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
import { ArtworkEntity } from '../artworks/artwork.entity';
import { attributesOf } from '../artworks/artwork-view';
import { isoDate } from '../ip-licences/domain/ip-licence';
import {
  canonicalId,
  decideMilestone,
  decideReservation,
  distinctIds,
  Holding,
  Milestone,
  releasable,
  returnedHome,
} from './domain/reservation';
import {
  bringHome,
  lockForMilestone,
  lockForReservation,
  lockHoldings,
  recordReservation,
  setStatus,
} from './reservation-rows';

function holdingOf(artwork: ArtworkEntity, product?: Holding['product']): Holding {
  return {
    id: artwork.id,
    exporterId: artwork.exporterId,
    status: artwork.status,
    shipmentId: artwork.reservedByShipment,
    ...(product && { product }),
  };
}

/**
 * Catalog's part of the shipment saga. Each handler runs in the inbox's transaction, so the
 * artworks' new status and the answer commit together; a repeated command (another message id
 * asking the same) finds the work done and answers again without changing anything. Every id a
 * message names is taken in lower case (canonicalId), as PostgreSQL answers them, and answered
 * so: an upper-case UUID, which the contract accepts, names the same artwork or shipment.
 */
@Controller()
export class ReservationHandler {
  @EventPattern(ReserveArtworks.type)
  async reserve(@Payload() command: ReserveArtworksV1, @Ctx() context: MessageContext) {
    const { exporterId, destinationCountry, purpose } = command;
    const shipmentId = canonicalId(command.shipmentId);
    const artworkIds = distinctIds(command.artworkIds);
    const { artworks, products } = await lockForReservation(context.manager, artworkIds);
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
    await recordReservation(context.manager, decision.reserve, {
      shipmentId,
      purpose: purpose ?? null,
      destinationCountry: destinationCountry ?? null,
    });
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
    const shipmentId = canonicalId(command.shipmentId);
    const artworkIds = distinctIds(command.artworkIds);
    const holdings = await lockHoldings(context.manager, artworkIds);
    await setStatus(context.manager, releasable(shipmentId, holdings), 'AVAILABLE', null);
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
    const shipmentId = canonicalId(event.shipmentId);
    const returnShipmentId = canonicalId(event.returnShipmentId);
    const artworkIds = distinctIds(event.artworkIds);
    const home = returnedHome(shipmentId, await lockHoldings(context.manager, artworkIds));
    await bringHome(context.manager, home, {
      shipmentId,
      returnShipmentId,
      returnedAt: new Date(event.completedAt),
    });
    if (home.length === 0) return;
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
    const shipmentId = canonicalId(command.shipmentId);
    const artworkIds = distinctIds(command.artworkIds);
    const { shipment, holdings } = await lockForMilestone(context.manager, shipmentId, artworkIds);
    const decision = decideMilestone(milestone, shipment, artworkIds, holdings);
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
