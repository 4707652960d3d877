import type { ArtworkCategory } from '@artbridge/contracts';
import type { Money } from '@artbridge/money';
import type { ArtworkAttributes } from './model';

/** The fields of a Tate collection record (../shared/data/README-tate-artworks.md) the mapper reads. */
export interface TateRecord {
  readonly acno: string;
  readonly title: string | null;
  readonly contributors?:
    readonly { readonly fc: string; readonly role: string; readonly birthYear?: TateYear }[] | null;
  readonly startYear: TateYear;
  readonly endYear: TateYear;
  readonly acquisitionYear?: TateYear;
  readonly classification: string | null;
  readonly medium: string | null;
  readonly subjects?: readonly string[] | null;
}

/** Years are numbers, but a few records carry them as strings ("2005"). */
export type TateYear = number | string | null | undefined;

export interface TateMappingOptions {
  /** Tate records carry no value; tests and benchmarks give one. */
  readonly value: Money;
  readonly originCountry?: string;
}

/** Medium words → technique, first match wins (so "oil and graphite" is OIL). */
const TECHNIQUES: readonly [RegExp, string][] = [
  [/\boil\b/, 'OIL'],
  [/\btempera\b/, 'TEMPERA'],
  [/\bacrylic\b/, 'ACRYLIC'],
  [/\bwatercolou?r\b/, 'WATERCOLOUR'],
  [/\bgouache\b/, 'GOUACHE'],
  [/\bpastel\b/, 'PASTEL'],
  [/\bbronze\b/, 'BRONZE'],
  [/\bmarble\b/, 'MARBLE'],
  [/\b(ink|pen)\b/, 'INK'],
  [/\b(graphite|pencil|chalk|charcoal|crayon)\b/, 'GRAPHITE'],
  [
    /(screenprint|lithograph|etching|engraving|woodcut|linocut|aquatint|mezzotint|drypoint|intaglio)/,
    'PRINTMAKING',
  ],
  [/\b(video|film|slide|projection)\b/, 'FILM'],
  [/\bphotograph/, 'PHOTOGRAPHY'],
];

/** Printed by photographic or digital means: not hand-executed (HS-REPRO). */
const MECHANICAL =
  /\b(photo-?(lithograph|etching|gravure|mechanical)|offset|digital print|inkjet|giclée|printed (paper|papers|text))/;

/** Techniques that name the category of a work on paper or of unknown kind. */
const CATEGORY_BY_TECHNIQUE: Readonly<Record<string, ArtworkCategory>> = {
  OIL: 'PAINTING',
  TEMPERA: 'PAINTING',
  ACRYLIC: 'PAINTING',
  WATERCOLOUR: 'WATERCOLOUR',
  GOUACHE: 'GOUACHE',
  PASTEL: 'PASTEL',
  INK: 'DRAWING',
  GRAPHITE: 'DRAWING',
  PRINTMAKING: 'PRINT',
  FILM: 'PHOTOGRAPH',
  PHOTOGRAPHY: 'PHOTOGRAPH',
  BRONZE: 'SCULPTURE',
  MARBLE: 'SCULPTURE',
};

function yearOf(raw: TateYear): number | undefined {
  const year = typeof raw === 'string' ? Number(raw.trim()) : raw;
  return typeof year === 'number' && Number.isInteger(year) ? year : undefined;
}

function techniqueOf(medium: string): string | undefined {
  return TECHNIQUES.find(([pattern]) => pattern.test(medium))?.[1];
}

function categoryOf(
  classification: string | null,
  technique: string | undefined,
  medium: string,
): ArtworkCategory {
  const byTechnique = technique ? CATEGORY_BY_TECHNIQUE[technique] : undefined;
  switch (classification) {
    case 'painting':
      return byTechnique === 'WATERCOLOUR' || byTechnique === 'GOUACHE' ? byTechnique : 'PAINTING';
    case 'on paper, print':
    case 'block for printing':
      return 'PRINT';
    case 'on paper, unique':
      if (/\bcollage\b/.test(medium)) return 'COLLAGE';
      return byTechnique && byTechnique !== 'SCULPTURE' ? byTechnique : 'DRAWING';
    case 'sculpture':
    case 'relief':
      return 'SCULPTURE';
    case 'installation':
    case 'time-based media':
      // EU Annex I groups films with photographs; other installations are three-dimensional works.
      return byTechnique === 'PHOTOGRAPH' ? 'PHOTOGRAPH' : 'SCULPTURE';
    default:
      // Unknown kind of object: an antique if old enough, otherwise left for an officer.
      return byTechnique ?? 'ANTIQUE';
  }
}

/**
 * Maps a Tate record to artwork attributes, for tests and benchmarks over real, messy data.
 * Missing dates become the range from the artist's birth (or the acquisition) to the acquisition:
 * the work existed by the time Tate acquired it.
 */
export function tateToAttributes(
  record: TateRecord,
  options: TateMappingOptions,
): ArtworkAttributes {
  const contributors = record.contributors ?? [];
  const artist =
    contributors.find((contributor) => contributor.role === 'artist') ?? contributors[0];
  const medium = (record.medium ?? '').toLowerCase();
  const technique = techniqueOf(medium);
  const acquired = yearOf(record.acquisitionYear);
  const birthYear = yearOf(artist?.birthYear);
  const startYear = yearOf(record.startYear);
  const creationYear = startYear ?? birthYear ?? acquired ?? 1900;
  const creationYearEnd = startYear !== undefined ? yearOf(record.endYear) : acquired;
  const title = record.title ?? record.acno;
  return {
    title,
    artist: { name: artist?.fc ?? 'unknown', birthYear },
    creationYear,
    creationYearEnd:
      creationYearEnd !== undefined && creationYearEnd > creationYear ? creationYearEnd : undefined,
    category: categoryOf(record.classification, technique, medium),
    technique,
    handExecuted: !MECHANICAL.test(medium),
    portrait:
      /portrait/i.test(title) ||
      (record.subjects ?? []).some((subject) => /portrait/i.test(subject)),
    medium: record.medium ?? undefined,
    value: options.value,
    ownedByCreator: false,
    originCountry: options.originCountry ?? 'GB',
  };
}
