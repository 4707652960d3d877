import type { DeclarationItem } from '../../api/declaration.types';

export interface ArtworkFacts {
  birthYear?: number;
  deathYear?: number;
  creationYearEnd?: number;
  /** Free-text medium, else the technique code. */
  medium?: string;
  materials: { material: string; weightGrams?: number }[];
}

/** The attributes the rules turn on, from the artwork as it was filed. */
export function artworkFacts({ attributes }: Pick<DeclarationItem, 'attributes'>): ArtworkFacts {
  return {
    birthYear: attributes.artist.birthYear,
    deathYear: attributes.artist.deathYear,
    creationYearEnd: attributes.creationYearEnd,
    // an empty medium says nothing: the technique then does
    medium: attributes.medium || attributes.technique || undefined,
    materials: (attributes.materials ?? [])
      .filter((entry) => entry.material)
      .map(({ material, weightGrams }) => ({ material, weightGrams })),
  };
}
