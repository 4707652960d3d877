import type { Purpose, RESERVATION_REFUSALS } from '@artbridge/contracts';
import type { ArtworkStatus } from '../../artworks/domain/artwork';
import { LicenceTerms, shipmentRefusal } from '../../ip-licences/domain/ip-licence';

/**
 * The contract's reasons. NOT_OWNED is no longer emitted (another exporter's artwork is refused
 * NOT_FOUND, see decideReservation); it stays in the contract for the consumers that read it.
 */
export type RefusalReason = (typeof RESERVATION_REFUSALS)[number];

/** What the saga steps need to know about one artwork, as read under its row lock. */
export interface Holding {
  readonly id: string;
  readonly exporterId: string;
  readonly status: ArtworkStatus;
  /** The shipment that holds it (RESERVED, IN_TRANSIT) or took it out (EXPORTED, ON_LOAN). */
  readonly shipmentId: string | null;
  /** A product made under an IP licence: where and when it may be shipped. */
  readonly product?: { readonly sku: string; readonly licence: LicenceTerms };
}

/** What a reservation asks: the shipment, whose it is, where it goes, and on which day. */
export interface ReservationRequest {
  readonly shipmentId: string;
  readonly exporterId: string;
  readonly artworkIds: readonly string[];
  /** Absent when the sender does not say (only worldwide-licensed products may then go). */
  readonly destinationCountry?: string;
  /** `YYYY-MM-DD`, for the licence periods of products. */
  readonly today: string;
}

export interface Refusal {
  readonly artworkId: string;
  readonly reason: RefusalReason;
  readonly detail: string;
}

export type ReservationDecision =
  | { readonly outcome: 'RESERVED'; readonly reserve: readonly string[] }
  | { readonly outcome: 'REFUSED'; readonly refused: readonly Refusal[] };

/**
 * A UUID as PostgreSQL writes it, in lower case: the contract takes either case (IsUUID), and
 * ids are compared as text with those read from the database.
 */
export function canonicalId(id: string): string {
  return id.toLowerCase();
}

/**
 * The ids once each, in the order given, canonical (canonicalId): duplicates in a command,
 * whatever their case, are one request.
 */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map(canonicalId))];
}

/** Held by the shipment and still in the exporter's hands or on the way. */
export function isHeldBy(artwork: Holding, shipmentId: string): boolean {
  return (
    artwork.shipmentId === canonicalId(shipmentId) &&
    (artwork.status === 'RESERVED' || artwork.status === 'IN_TRANSIT')
  );
}

function notAvailable(artwork: Holding): string {
  switch (artwork.status) {
    case 'EXPORTED':
      return `artwork ${artwork.id} has been exported`;
    case 'ON_LOAN':
      return `artwork ${artwork.id} is ON_LOAN: abroad on an exhibition loan until its return leg completes`;
    default:
      return `artwork ${artwork.id} is ${artwork.status} for another shipment`;
  }
}

/**
 * All or nothing: the shipment gets every artwork it asks for, or none and the reason for each
 * one it cannot have. Ownership is judged first, and another exporter's artwork is refused as
 * NOT_FOUND, in the very words of a missing one: the refusal reaches the requesting exporter
 * (the shipment's timeline and cancellation reason), who must learn nothing of artworks that are
 * not theirs, not even that they exist (API.md: others' records are 404). A licensed product is granted only
 * for a destination within its licence's territories, within the licence's period
 * (NOT_LICENSED). Artworks the shipment already holds count as granted, so a repeated command
 * answers as the first one did.
 */
export function decideReservation(
  request: ReservationRequest,
  found: readonly Holding[],
): ReservationDecision {
  const byId = new Map(found.map((artwork) => [artwork.id, artwork]));
  const refused: Refusal[] = [];
  const reserve: string[] = [];
  for (const artworkId of distinctIds(request.artworkIds)) {
    const artwork = byId.get(artworkId);
    if (!artwork || artwork.exporterId !== request.exporterId) {
      refused.push({ artworkId, reason: 'NOT_FOUND', detail: `artwork ${artworkId} not found` });
    } else if (artwork.status === 'AVAILABLE') {
      const unlicensed =
        artwork.product &&
        shipmentRefusal(
          { artworkId, sku: artwork.product.sku },
          artwork.product.licence,
          request.destinationCountry,
          request.today,
        );
      if (unlicensed) refused.push({ artworkId, reason: 'NOT_LICENSED', detail: unlicensed });
      else reserve.push(artworkId);
    } else if (!isHeldBy(artwork, request.shipmentId)) {
      refused.push({ artworkId, reason: 'NOT_AVAILABLE', detail: notAvailable(artwork) });
    }
  }
  return refused.length > 0 ? { outcome: 'REFUSED', refused } : { outcome: 'RESERVED', reserve };
}

/** The artworks a release gives back: only those the shipment holds, whatever else is named. */
export function releasable(shipmentId: string, found: readonly Holding[]): string[] {
  return found.filter((artwork) => isHeldBy(artwork, shipmentId)).map((artwork) => artwork.id);
}

export type Milestone = 'IN_TRANSIT' | 'EXPORTED';

/**
 * The status a milestone gives the works: a TEMPORARY_EXHIBITION's works are lent, not sold, so
 * where a sale's become EXPORTED, a loan's become ON_LOAN.
 */
export function milestoneStatus(
  milestone: Milestone,
  purpose: Purpose | null | undefined,
): ArtworkStatus {
  return milestone === 'EXPORTED' && purpose === 'TEMPORARY_EXHIBITION' ? 'ON_LOAN' : milestone;
}

const GONE: readonly ArtworkStatus[] = ['EXPORTED', 'ON_LOAN'];

const MOVES: Record<
  Milestone,
  { from: readonly ArtworkStatus[]; reached: readonly ArtworkStatus[] }
> = {
  IN_TRANSIT: { from: ['RESERVED'], reached: ['IN_TRANSIT', ...GONE] },
  EXPORTED: { from: ['RESERVED', 'IN_TRANSIT'], reached: GONE },
};

export type MilestoneDecision =
  | { readonly ok: true; readonly advance: readonly string[]; readonly status: ArtworkStatus }
  | { readonly ok: false; readonly problems: readonly string[] };

/** What catalog knows of the shipment a milestone is for. */
export interface MilestoneShipment {
  readonly id: string;
  /** What it is for, as the reservation said; absent for reservations that did not say. */
  readonly purpose?: Purpose | null;
  /** A loan whose works already came home on the return leg. */
  readonly returned?: boolean;
}

/**
 * Moves the shipment's artworks forward. Those already at the milestone or past it stay as they
 * are, so a repeated command changes nothing; an artwork the shipment does not hold means the
 * saga and the catalog disagree, which no retry fixes: the caller reports it. A loan whose works
 * are home again (its return leg completed first) is past every milestone: nothing changes.
 */
export function decideMilestone(
  milestone: Milestone,
  shipment: MilestoneShipment,
  artworkIds: readonly string[],
  found: readonly Holding[],
): MilestoneDecision {
  const status = milestoneStatus(milestone, shipment.purpose);
  if (shipment.returned) return { ok: true, advance: [], status };
  const byId = new Map(found.map((artwork) => [artwork.id, artwork]));
  const { from, reached } = MOVES[milestone];
  const advance: string[] = [];
  const problems: string[] = [];
  for (const artworkId of distinctIds(artworkIds)) {
    const artwork = byId.get(artworkId);
    if (!artwork) {
      problems.push(`artwork ${artworkId} not found`);
    } else if (artwork.shipmentId !== canonicalId(shipment.id)) {
      problems.push(
        `artwork ${artworkId} is ${artwork.status}, not held by shipment ${shipment.id}`,
      );
    } else if (from.includes(artwork.status)) {
      advance.push(artworkId);
    } else if (!reached.includes(artwork.status)) {
      problems.push(`artwork ${artworkId} is ${artwork.status}, it cannot become ${status}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, advance, status };
}

/**
 * The works an exhibition loan brings home when its return leg completes: every one still held
 * by the outbound shipment (ON_LOAN, or EXPORTED, IN_TRANSIT if the outbound never got that
 * far in catalog), whatever else is named. They become AVAILABLE.
 */
export function returnedHome(outboundShipmentId: string, found: readonly Holding[]): string[] {
  return found
    .filter(
      (artwork) =>
        artwork.status !== 'AVAILABLE' && artwork.shipmentId === canonicalId(outboundShipmentId),
    )
    .map((artwork) => artwork.id);
}
