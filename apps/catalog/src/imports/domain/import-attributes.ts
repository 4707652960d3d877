import type { ArtworkCategory } from '@artbridge/contracts';
import type { Money } from '@artbridge/money';

/** The creator the customs rules look at (artist lists, life dates). */
export interface ImportedArtist {
  readonly name: string;
  readonly birthYear?: number;
  readonly deathYear?: number;
  readonly ethnicMinority?: boolean;
  /**
   * Set when the record names no one as plain 'artist' and the creator is a qualified one:
   * 'attributed to', 'studio of', 'after', 'manner of'... The name is kept as is so that the
   * artist-list rules still see it (a work "attributed to" a listed artist deserves review).
   */
  readonly attribution?: string;
}

/** Everyone the source names, with their role ("artist", "after", "and assistants", ...). */
export interface Contributor {
  readonly name: string;
  readonly role: string;
  readonly birthYear?: number;
  readonly deathYear?: number;
}

export interface ImportedMaterial {
  /** A CITES code (IVORY, CORAL...: the mappings write it canonical) or any other material. */
  readonly material: string;
  readonly weightGrams?: number;
  readonly acquiredYear?: number;
  /** Share of the item's volume, in per cent, above 0 and at most 100. */
  readonly volumePercent?: number;
}

export interface ImportedDimensions {
  readonly heightCm: number;
  readonly widthCm: number;
  readonly depthCm?: number;
}

export interface ProvenanceEntry {
  readonly year: number;
  readonly owner: string;
  readonly event: string;
}

/**
 * The artwork attributes of API.md as an import produces them, plus what an import knows
 * beyond them (every contributor, the end of a date range). Assignable to ArtworkAttributes.
 */
export interface ArtworkImportAttributes {
  readonly title: string;
  readonly artist: ImportedArtist;
  readonly contributors: readonly Contributor[];
  /** Negative for BCE; the first year when the work was made over several. */
  readonly creationYear: number;
  /** The last year of a range ("1953–62" -> 1962); absent when made in one year. */
  readonly creationYearEnd?: number;
  readonly category: ArtworkCategory;
  readonly technique?: string;
  readonly medium?: string;
  readonly handExecuted: boolean;
  readonly portrait?: boolean;
  /** A musical instrument (the UK Ivory Act's musical instrument exemption). */
  readonly musicalInstrument?: boolean;
  readonly materials?: readonly ImportedMaterial[];
  readonly dimensions?: ImportedDimensions;
  readonly value: Money;
  readonly ownedByCreator: boolean;
  readonly originCountry: string;
  readonly provenance?: readonly ProvenanceEntry[];
}

export type ImportLineResult =
  | { readonly ok: true; readonly attributes: ArtworkImportAttributes; readonly sourceId: string }
  | { readonly ok: false; readonly line: number; readonly message: string };

export interface ImportMappingOptions {
  /** The value given to records that carry none (the Tate layout never does). */
  readonly defaultValue: Money;
}

export function rejectLine(line: number, problems: readonly string[]): ImportLineResult {
  return { ok: false, line, message: problems.join('; ') };
}
