import type { RESERVATION_REFUSALS } from '@artbridge/contracts';
import type { ArtworkStatus } from '../../artworks/domain/artwork';

export type RefusalReason = (typeof RESERVATION_REFUSALS)[number];

/** What the saga steps need to know about one artwork, as read under its row lock. */
export interface Holding {
  readonly id: string;
  readonly exporterId: string;
  readonly status: ArtworkStatus;
  /** The shipment that holds it (RESERVED, IN_TRANSIT) or took it out (EXPORTED). */
  readonly shipmentId: string | null;
}

export interface Refusal {
  readonly artworkId: string;
  readonly reason: RefusalReason;
  readonly detail: string;
}

export type ReservationDecision =
  | { readonly outcome: 'RESERVED'; readonly reserve: readonly string[] }
  | { readonly outcome: 'REFUSED'; readonly refused: readonly Refusal[] };

/** The ids once each, in the order given: duplicates in a command are one request. */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Held by the shipment and still in the exporter's hands or on the way. */
export function isHeldBy(artwork: Holding, shipmentId: string): boolean {
  return (
    artwork.shipmentId === shipmentId &&
    (artwork.status === 'RESERVED' || artwork.status === 'IN_TRANSIT')
  );
}

/**
 * All or nothing: the shipment gets every artwork it asks for, or none and the reason for each
 * one it cannot have. Ownership is judged before availability, so another exporter learns
 * nothing about the state of artworks that are not theirs. Artworks the shipment already holds
 * count as granted, so a repeated command answers as the first one did.
 */
export function decideReservation(
  request: { readonly shipmentId: string; readonly exporterId: string; artworkIds: string[] },
  found: readonly Holding[],
): ReservationDecision {
  const byId = new Map(found.map((artwork) => [artwork.id, artwork]));
  const refused: Refusal[] = [];
  const reserve: string[] = [];
  for (const artworkId of distinctIds(request.artworkIds)) {
    const artwork = byId.get(artworkId);
    if (!artwork) {
      refused.push({ artworkId, reason: 'NOT_FOUND', detail: `artwork ${artworkId} not found` });
    } else if (artwork.exporterId !== request.exporterId) {
      refused.push({
        artworkId,
        reason: 'NOT_OWNED',
        detail: `artwork ${artworkId} does not belong to ${request.exporterId}`,
      });
    } else if (artwork.status === 'AVAILABLE') {
      reserve.push(artworkId);
    } else if (!isHeldBy(artwork, request.shipmentId)) {
      refused.push({
        artworkId,
        reason: 'NOT_AVAILABLE',
        detail:
          artwork.status === 'EXPORTED'
            ? `artwork ${artworkId} has been exported`
            : `artwork ${artworkId} is ${artwork.status} for another shipment`,
      });
    }
  }
  return refused.length > 0 ? { outcome: 'REFUSED', refused } : { outcome: 'RESERVED', reserve };
}

/** The artworks a release gives back: only those the shipment holds, whatever else is named. */
export function releasable(shipmentId: string, found: readonly Holding[]): string[] {
  return found.filter((artwork) => isHeldBy(artwork, shipmentId)).map((artwork) => artwork.id);
}

export type Milestone = 'IN_TRANSIT' | 'EXPORTED';

const MOVES: Record<
  Milestone,
  { from: readonly ArtworkStatus[]; reached: readonly ArtworkStatus[] }
> = {
  IN_TRANSIT: { from: ['RESERVED'], reached: ['IN_TRANSIT', 'EXPORTED'] },
  EXPORTED: { from: ['RESERVED', 'IN_TRANSIT'], reached: ['EXPORTED'] },
};

export type MilestoneDecision =
  | { readonly ok: true; readonly advance: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Moves the shipment's artworks forward. Those already at the milestone or past it stay as they
 * are, so a repeated command changes nothing; an artwork the shipment does not hold means the
 * saga and the catalog disagree, which no retry fixes: the caller reports it.
 */
export function decideMilestone(
  milestone: Milestone,
  shipmentId: string,
  artworkIds: readonly string[],
  found: readonly Holding[],
): MilestoneDecision {
  const byId = new Map(found.map((artwork) => [artwork.id, artwork]));
  const { from, reached } = MOVES[milestone];
  const advance: string[] = [];
  const problems: string[] = [];
  for (const artworkId of distinctIds(artworkIds)) {
    const artwork = byId.get(artworkId);
    if (!artwork) {
      problems.push(`artwork ${artworkId} not found`);
    } else if (artwork.shipmentId !== shipmentId) {
      problems.push(
        `artwork ${artworkId} is ${artwork.status}, not held by shipment ${shipmentId}`,
      );
    } else if (from.includes(artwork.status)) {
      advance.push(artworkId);
    } else if (!reached.includes(artwork.status)) {
      problems.push(`artwork ${artworkId} is ${artwork.status}, it cannot become ${milestone}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, advance };
}
