/** Request bodies for POST /artworks, shared by the catalog's suites. */

export const shanShui = {
  title: 'Shan Shui',
  artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
  creationYear: 1985,
  category: 'PAINTING',
  technique: 'INK',
  value: { amount: '1200000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'CN',
};

/** Every attribute of API.md, optional ones included. */
export const brushPot = {
  title: 'Brush Pot with Scholars in a Landscape',
  artist: { name: 'Imperial workshop', ethnicMinority: false },
  creationYear: 1736,
  creationYearEnd: 1795,
  category: 'ANTIQUE',
  technique: 'CARVING',
  handExecuted: true,
  portrait: false,
  musicalInstrument: false,
  medium: 'Carved ivory on a rosewood stand',
  materials: [
    { material: 'ivory', weightGrams: 812.5, acquiredYear: 1736, volumePercent: 60 },
    { material: 'ROSEWOOD', weightGrams: 300 },
  ],
  dimensions: { heightCm: 15.2, widthCm: 12.75, depthCm: 12.75 },
  value: { amount: '2500000.00', currency: 'HKD' },
  ownedByCreator: false,
  originCountry: 'CN',
  provenance: [
    { year: 1860, owner: 'Old Summer Palace', event: 'Removed' },
    { year: 1978, owner: 'Private collection, Hong Kong', event: 'Purchase' },
  ],
};

/** The example of POST /artworks in the OpenAPI document (ArtworkAttributesV1's @example values). */
export const estuaryAtDusk = {
  title: 'Estuary at Dusk',
  artist: { name: 'Clara Whitcombe', birthYear: 1938, deathYear: 2021, ethnicMinority: false },
  creationYear: 2019,
  creationYearEnd: 2020,
  category: 'PAINTING',
  technique: 'OIL',
  portrait: false,
  musicalInstrument: false,
  medium: 'Oil on linen',
  materials: [{ material: 'LINEN', weightGrams: 900, acquiredYear: 2018, volumePercent: 5 }],
  dimensions: { heightCm: 60, widthCm: 80, depthCm: 3.5 },
  value: { amount: '1250000.00', currency: 'CNY' },
  ownedByCreator: true,
  originCountry: 'GB',
  provenance: [{ year: 2019, owner: 'the artist', event: 'Painted in the studio' }],
  handExecuted: true,
};
