import type { ArtworkCategory } from '@artbridge/contracts';
import { findCitesMaterials, findTechniques } from './medium';
import { classifyTateWork } from './tate-category';

/** Real classification/medium pairs of tate-artworks.jsonl. */
const ACCEPTED: ReadonlyArray<
  [
    classification: string | null,
    medium: string | null,
    category: ArtworkCategory,
    technique: string | undefined,
    handExecuted: boolean,
  ]
> = [
  ['painting', 'Oil paint on canvas', 'PAINTING', 'OIL', true],
  ['painting', 'Acrylic paint on canvas', 'PAINTING', 'ACRYLIC', true],
  ['painting', 'Tempera and oil paint on canvas', 'PAINTING', 'TEMPERA', true],
  ['painting', 'Household emulsion paint on canvas', 'PAINTING', 'PAINT', true],
  ['painting', 'Gouache on board', 'GOUACHE', 'GOUACHE', true],
  ['painting', 'Ink and gouache on woodblock', 'GOUACHE', 'GOUACHE', true],
  ['painting', 'Mixed media on canvas', 'PAINTING', undefined, true],
  ['painting', 'Pigment on glass', 'PAINTING', undefined, true],
  ['on paper, unique', 'Graphite on paper', 'DRAWING', 'GRAPHITE', true],
  ['on paper, unique', 'Pen and ink on paper', 'DRAWING', 'PEN', true],
  ['on paper, unique', 'Chalk and graphite on paper', 'DRAWING', 'CHALK', true],
  ['on paper, unique', null, 'DRAWING', undefined, true],
  ['on paper, unique', 'Watercolour on paper', 'WATERCOLOUR', 'WATERCOLOUR', true],
  ['on paper, unique', 'Graphite and watercolour on paper', 'WATERCOLOUR', 'WATERCOLOUR', true],
  ['on paper, unique', 'Gouache and watercolour on paper', 'GOUACHE', 'GOUACHE', true],
  ['on paper, unique', 'Watercolour, bodycolour and graphite on paper', 'GOUACHE', 'GOUACHE', true],
  ['on paper, unique', 'Pastel on paper', 'PASTEL', 'PASTEL', true],
  ['on paper, unique', 'Oil pastel and photograph on paper', 'PASTEL', 'PASTEL', true],
  ['on paper, unique', 'Oil paint on paper', 'PAINTING', 'OIL', true],
  ['on paper, unique', 'Etching and watercolour on paper', 'WATERCOLOUR', 'WATERCOLOUR', true],
  ['on paper, unique', 'Engraving on paper', 'PRINT', 'ENGRAVING', true],
  [
    'on paper, unique',
    'Photograph, gelatin silver print on paper',
    'PHOTOGRAPH',
    'PHOTOGRAPH',
    false,
  ],
  [
    'on paper, unique',
    'Metal tin cans and photographs, colour, on paper on board',
    'PHOTOGRAPH',
    'PHOTOGRAPH',
    false,
  ],
  ['on paper, print', 'Screenprint on paper', 'PRINT', 'SCREENPRINT', true],
  ['on paper, print', 'Etching and aquatint on paper', 'PRINT', 'ETCHING', true],
  ['on paper, print', 'Wood engraving on paper', 'PRINT', 'WOOD_ENGRAVING', true],
  ['on paper, print', 'Relief etching on paper', 'PRINT', 'ETCHING', true],
  ['on paper, print', 'Lithograph on paper', 'PRINT', 'LITHOGRAPH', true],
  ['on paper, print', 'Digital print on paper', 'PRINT', 'DIGITAL_PRINT', false],
  [
    'on paper, print',
    'Photo-etching, aquatint and etching on paper',
    'PRINT',
    'PHOTO_ETCHING',
    false,
  ],
  ['on paper, print', 'Screenprint and letterpress on paper', 'PRINT', 'SCREENPRINT', false],
  ['on paper, print', 'Blueprint on paper', 'PRINT', 'BLUEPRINT', false],
  ['on paper, print', '4 photocopies on paper on wooden panel', 'PRINT', 'PHOTOCOPY', false],
  [
    'on paper, print',
    'Photograph, gelatin silver print on paper',
    'PHOTOGRAPH',
    'PHOTOGRAPH',
    false,
  ],
  [
    'on paper, print',
    '2 photographs, colour, Chromogenic print, on paper',
    'PHOTOGRAPH',
    'PHOTOGRAPH',
    false,
  ],
  ['on paper, print', 'Screenprint and photograph on paper', 'PRINT', 'SCREENPRINT', true],
  ['sculpture', 'Bronze', 'SCULPTURE', 'BRONZE', true],
  ['sculpture', 'Bronze on marble base', 'SCULPTURE', 'BRONZE', true],
  ['sculpture', 'Marble', 'SCULPTURE', 'MARBLE', true],
  ['sculpture', 'Reduced stoneware', 'SCULPTURE', 'CERAMIC', true],
  ['sculpture', 'Painted steel', 'SCULPTURE', 'STEEL', true],
  ['sculpture', 'Ivory', 'SCULPTURE', 'IVORY', true],
  ['relief', 'Oil paint on board', 'SCULPTURE', 'OIL', true],
  ['relief', 'Plywood, hardboard and plastic', 'SCULPTURE', 'WOOD', true],
  ['installation', 'Wooden structure, 2 light bulbs and timer', 'SCULPTURE', 'WOOD', true],
  ['installation', 'Ink on banknote', 'SCULPTURE', 'INK', true],
  ['installation', 'Transparency on lightbox', 'PHOTOGRAPH', 'PHOTOGRAPH', false],
  ['block for printing', 'Copper plate', 'ANTIQUE', 'COPPER', true],
  [
    'time-based media',
    '58 photographs, gelatin silver print on paper',
    'PHOTOGRAPH',
    'PHOTOGRAPH',
    false,
  ],
  [null, 'Watercolour on board', 'WATERCOLOUR', 'WATERCOLOUR', true],
  [null, 'Woodcut on fabric', 'PRINT', 'WOODCUT', true],
  [null, 'Screenprint on polyester film', 'PRINT', 'SCREENPRINT', true],
  [null, 'Screenprint on acrylic', 'PRINT', 'SCREENPRINT', true],
  [null, 'Graphite and crayon on card', 'DRAWING', 'GRAPHITE', true],
  [null, 'Photograph on metal', 'PHOTOGRAPH', 'PHOTOGRAPH', false],
  [null, 'Mixed media on canvas', 'PAINTING', undefined, true],
  [null, '3 books', 'BOOK', undefined, true],
];

const REJECTED: ReadonlyArray<
  [classification: string | null, medium: string | null, field: string, reason: RegExp]
> = [
  [
    'installation',
    'Video, projection, colour and sound (stereo)',
    'classification',
    /moving-image or sound work/,
  ],
  ['installation', 'Film, 16 mm, projection, colour', 'classification', /moving-image/],
  ['installation', 'Slide, 35 mm, projection, colour', 'classification', /moving-image/],
  ['installation', 'Audio, 21 channels, mono', 'classification', /moving-image or sound/],
  ['time-based media', 'Video, monitor, colour', 'classification', /'time-based media'/],
  ['supporting material', 'Gneiss stone', 'classification', /archive material/],
  [null, null, 'classification', /classification and medium are both missing/],
  [
    null,
    'Leaded glass',
    'medium',
    /classification is missing and medium 'Leaded glass' does not say/,
  ],
  [null, 'Performance, 1 person', 'medium', /does not say/],
  ['drawing', 'Ink on paper', 'classification', /'drawing' is not one of Tate's/],
];

describe('classifyTateWork', () => {
  it.each(ACCEPTED)(
    '%s / %s -> %s (%s, hand-executed %s)',
    (classification, medium, category, technique, handExecuted) => {
      const result = classifyTateWork(classification, medium);
      expect(result).toMatchObject({ ok: true, category, handExecuted });
      expect(result.ok && result.technique).toBe(technique);
    },
  );

  it.each(REJECTED)('%s / %s is rejected on %s', (classification, medium, field, reason) => {
    const result = classifyTateWork(classification, medium);
    expect(result).toMatchObject({ ok: false, field });
    expect(!result.ok && result.message).toMatch(reason);
  });
});

describe('medium vocabulary', () => {
  it('lists techniques in the order the text names them', () => {
    expect(
      findTechniques('Graphite, ink and watercolour on paper').map((term) => term.technique),
    ).toEqual(['GRAPHITE', 'INK', 'WATERCOLOUR']);
    expect(findTechniques(null)).toEqual([]);
  });

  it.each([
    ['Marble, ivory and bronze on marble base', ['IVORY']],
    ['Rosewood', ['ROSEWOOD']],
    ['Brazilian rosewood veneer', ['DALBERGIA_NIGRA']],
    ['Wood, aluminium, wire, glass, canvas and coral', ['CORAL']],
    ['Tortoiseshell and silver', ['TORTOISESHELL']],
    ['Wicker, shell and wood on cardboard base', []],
  ])('finds CITES materials in %j', (medium, materials) => {
    expect(findCitesMaterials(medium)).toEqual(materials);
  });
});
