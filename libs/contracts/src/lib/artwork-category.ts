/** The categories the customs rules distinguish (API.md "Artwork attributes"). */
export const ARTWORK_CATEGORIES = [
  'PAINTING',
  'WATERCOLOUR',
  'GOUACHE',
  'PASTEL',
  'DRAWING',
  'CALLIGRAPHY',
  'MOSAIC',
  'COLLAGE',
  'PRINT',
  'SCULPTURE',
  'PHOTOGRAPH',
  'MANUSCRIPT',
  'BOOK',
  'MAP',
  'ARCHAEOLOGICAL',
  'ANTIQUE',
  'COLLECTORS_PIECE',
  'REPRODUCTION',
] as const;

export type ArtworkCategory = (typeof ARTWORK_CATEGORIES)[number];
