import type { ArtworkCategory } from '@artbridge/contracts';
import type { Money } from '@artbridge/money';

export type ArtworkStatus = 'AVAILABLE' | 'RESERVED' | 'IN_TRANSIT' | 'EXPORTED';

export interface ArtworkAttributes {
  title: string;
  artist: { name: string; birthYear?: number; deathYear?: number };
  /** Negative for BCE. */
  creationYear: number;
  category: ArtworkCategory;
  technique?: string;
  medium?: string;
  handExecuted: boolean;
  value: Money;
  ownedByCreator: boolean;
  originCountry: string;
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
 * The facts about an artwork that cannot be true together, beyond the shape of each field.
 * Returns every violation, so the exporter fixes them all at once.
 */
export function artworkRuleViolations(
  attributes: ArtworkAttributes,
  today: Date,
): ArtworkRuleViolation[] {
  const violations: ArtworkRuleViolation[] = [];
  const year = today.getUTCFullYear();
  const { artist, creationYear } = attributes;
  if (creationYear > year) {
    violations.push(
      new ArtworkRuleViolation('creationYear', `must not be in the future (after ${year})`),
    );
  }
  if (
    artist.birthYear !== undefined &&
    artist.deathYear !== undefined &&
    artist.deathYear < artist.birthYear
  ) {
    violations.push(
      new ArtworkRuleViolation('artist.deathYear', 'must not be before artist.birthYear'),
    );
  }
  if (artist.birthYear !== undefined && creationYear < artist.birthYear) {
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
  return violations;
}
