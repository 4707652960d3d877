import { ARTWORK_LIMITS, type ArtworkCategory } from '@artbridge/contracts';
import type { Money } from '@artbridge/money';
import { CITES_MATERIALS } from '../../imports/domain/medium';

/**
 * AVAILABLE: free for a shipment. RESERVED, IN_TRANSIT: held by a shipment on its way out.
 * EXPORTED: sold and gone. ON_LOAN: abroad on a temporary exhibition, still the exporter's; it
 * becomes AVAILABLE again when the loan's return leg completes.
 */
export const ARTWORK_STATUSES = [
  'AVAILABLE',
  'RESERVED',
  'IN_TRANSIT',
  'EXPORTED',
  'ON_LOAN',
] as const;
export type ArtworkStatus = (typeof ARTWORK_STATUSES)[number];

export interface ArtworkArtist {
  readonly name: string;
  readonly birthYear?: number;
  readonly deathYear?: number;
  /** A representative item of an ethnic minority (China's 1966 rule). */
  readonly ethnicMinority?: boolean;
}

export interface ArtworkMaterial {
  /** IVORY, TORTOISESHELL, ROSEWOOD, DALBERGIA_NIGRA, CORAL, or any other material. */
  readonly material: string;
  readonly weightGrams?: number;
  /** Year the specimen was acquired (CITES pre-Convention route). */
  readonly acquiredYear?: number;
  /** Share of the item's volume, in per cent, above 0 and at most 100 (UK Ivory Act exemptions). */
  readonly volumePercent?: number;
}

/** The longest side an artwork may be registered or imported with (a kilometre). */
export const MAX_ARTWORK_CENTIMETRES = ARTWORK_LIMITS.centimetres;

export interface ArtworkDimensions {
  readonly heightCm: number;
  readonly widthCm: number;
  readonly depthCm?: number;
}

export interface ProvenanceEvent {
  readonly year: number;
  readonly owner: string;
  readonly event: string;
}

/** The artwork attributes of API.md, in domain types (money in minor units). */
export interface ArtworkAttributes {
  readonly title: string;
  readonly artist: ArtworkArtist;
  /** Negative for BCE. */
  readonly creationYear: number;
  /** The later year of a range; absent when made in one year. */
  readonly creationYearEnd?: number;
  readonly category: ArtworkCategory;
  readonly technique?: string;
  readonly medium?: string;
  readonly handExecuted: boolean;
  readonly portrait?: boolean;
  /** A musical instrument (the UK Ivory Act's musical instrument exemption). */
  readonly musicalInstrument?: boolean;
  readonly materials?: readonly ArtworkMaterial[];
  readonly dimensions?: ArtworkDimensions;
  readonly value: Money;
  readonly ownedByCreator: boolean;
  readonly originCountry: string;
  readonly provenance?: readonly ProvenanceEvent[];
}

/**
 * The customs rules look for the CITES codes exactly (IVORY, DALBERGIA_NIGRA...): 'ivory' or
 * 'Dalbergia nigra' is taken as the code, so that a spelling never slips past them. Other
 * materials are kept as written.
 */
export function canonicalMaterial(material: string): string {
  const code = material
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (CITES_MATERIALS as readonly string[]).includes(code) ? code : material;
}

/**
 * Why an artwork's value cannot change now, or undefined when it can: only while AVAILABLE. A
 * shipment holding it was reserved, declared and invoiced on the value it had; one that took it
 * out sold or lent it at that value.
 */
export function revaluationRefusal(artworkId: string, status: ArtworkStatus): string | undefined {
  return status === 'AVAILABLE'
    ? undefined
    : `artwork ${artworkId} is ${status}: its value can change only while it is AVAILABLE`;
}

export class ArtworkRuleViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
    this.name = 'ArtworkRuleViolation';
  }
}

/**
 * An optional fact that was given: a request may send `null` for one it does not know
 * (`"deathYear": null`), which means the same as leaving it out, never the year 0.
 */
export function isGiven<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/** The last year the work was being made: age and acquisitions count from it. */
export function latestCreationYear(attributes: ArtworkAttributes): number {
  return Math.max(attributes.creationYear, attributes.creationYearEnd ?? attributes.creationYear);
}

/**
 * The facts about an artwork that cannot be true together, beyond the shape of each field.
 * Returns every violation, so the exporter fixes them all at once. Field paths are those of
 * the request validation (`materials.0.acquiredYear`).
 */
export function artworkRuleViolations(
  attributes: ArtworkAttributes,
  today: Date,
): ArtworkRuleViolation[] {
  const violations: ArtworkRuleViolation[] = [];
  const year = today.getUTCFullYear();
  const { artist, creationYear, creationYearEnd } = attributes;
  const inFuture = `must not be in the future (after ${year})`;
  if (creationYear > year) {
    violations.push(new ArtworkRuleViolation('creationYear', inFuture));
  }
  if (isGiven(creationYearEnd)) {
    if (creationYearEnd < creationYear) {
      violations.push(
        new ArtworkRuleViolation('creationYearEnd', 'must not be before creationYear'),
      );
    } else if (creationYearEnd > year) {
      violations.push(new ArtworkRuleViolation('creationYearEnd', inFuture));
    }
  }
  if (
    isGiven(artist.birthYear) &&
    isGiven(artist.deathYear) &&
    artist.deathYear < artist.birthYear
  ) {
    violations.push(
      new ArtworkRuleViolation('artist.deathYear', 'must not be before artist.birthYear'),
    );
  }
  if (isGiven(artist.birthYear) && creationYear < artist.birthYear) {
    violations.push(
      new ArtworkRuleViolation('creationYear', 'must not be before artist.birthYear'),
    );
  }
  if (attributes.category === 'REPRODUCTION' && attributes.handExecuted) {
    violations.push(new ArtworkRuleViolation('handExecuted', 'must be false for a REPRODUCTION'));
  }
  if (attributes.value.minor < 0n) {
    violations.push(new ArtworkRuleViolation('value.amount', 'must not be negative'));
  }
  // A specimen worked into the piece was acquired by the time the piece was finished; a later
  // year would also dodge the CITES listing-date test customs applies to it.
  const finished = latestCreationYear(attributes);
  attributes.materials?.forEach((material, index) => {
    if (isGiven(material.acquiredYear) && material.acquiredYear > finished) {
      violations.push(
        new ArtworkRuleViolation(
          `materials.${index}.acquiredYear`,
          `must not be after the work was made (${finished})`,
        ),
      );
    }
  });
  // Only the future is refused: an owner dated before the work is not a contradiction (Tate
  // records gifts and commissions a year or more before the date the work bears).
  attributes.provenance?.forEach((entry, index) => {
    if (entry.year > year)
      violations.push(new ArtworkRuleViolation(`provenance.${index}.year`, inFuture));
  });
  return violations;
}
