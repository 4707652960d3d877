import type { DeclarationItem } from '../../api/declaration.types';

export interface ArtworkFacts {
  birthYear?: number;
  deathYear?: number;
  creationYearEnd?: number;
  /** Free-text medium, else the technique code. */
  medium?: string;
  materials: { material: string; weightGrams?: number }[];
}

const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const record = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** The attributes the rules turn on, read defensively from the artwork as it was filed. */
export function artworkFacts(item: Pick<DeclarationItem, 'attributes'>): ArtworkFacts {
  const attributes = record(item.attributes);
  const artist = record(attributes['artist']);
  const materials = Array.isArray(attributes['materials']) ? attributes['materials'] : [];
  return {
    birthYear: num(artist['birthYear']),
    deathYear: num(artist['deathYear']),
    creationYearEnd: num(attributes['creationYearEnd']),
    medium: text(attributes['medium']) ?? text(attributes['technique']),
    materials: materials
      .map(record)
      .filter((entry) => text(entry['material']))
      .map((entry) => ({
        material: String(entry['material']),
        weightGrams: num(entry['weightGrams']),
      })),
  };
}
