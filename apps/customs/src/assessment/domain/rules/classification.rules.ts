import type { HsAntiqueRule, HsHeadingRule, HsPrintedMatterRule } from '../rule-book';

/** RULES.md section 1. HS 2022 entered into force on 1 January 2022; earlier dates used HS 2017 codes. */
const HS_2022 = '2022-01-01';
const SOURCE = 'HS 2022 nomenclature, Chapter 97 and its notes (WCO)';

export const CLASSIFICATION_RULES: readonly (
  HsHeadingRule | HsAntiqueRule | HsPrintedMatterRule
)[] = [
  {
    id: 'HS-9701',
    version: 1,
    kind: 'HS_HEADING',
    source: `${SOURCE}, heading 9701`,
    validFrom: HS_2022,
    params: {
      heading: '9701',
      description: 'painting, drawing or pastel executed entirely by hand',
      categories: ['PAINTING', 'DRAWING', 'PASTEL', 'WATERCOLOUR', 'GOUACHE', 'CALLIGRAPHY'],
      bands: [{ olderThanYears: 100, code: '9701.21' }, { code: '9701.91' }],
      requiresHandExecuted: true,
    },
  },
  {
    id: 'HS-9701-MOSAIC',
    version: 1,
    kind: 'HS_HEADING',
    source: `${SOURCE}, heading 9701`,
    validFrom: HS_2022,
    params: {
      heading: '9701',
      description: 'mosaic',
      categories: ['MOSAIC'],
      bands: [{ olderThanYears: 100, code: '9701.22' }, { code: '9701.92' }],
      requiresHandExecuted: true,
    },
  },
  {
    id: 'HS-9701-COLLAGE',
    version: 1,
    kind: 'HS_HEADING',
    source: `${SOURCE}, heading 9701`,
    validFrom: HS_2022,
    params: {
      heading: '9701',
      description: 'collage or decorative plaque',
      categories: ['COLLAGE'],
      bands: [{ olderThanYears: 100, code: '9701.29' }, { code: '9701.99' }],
      requiresHandExecuted: true,
    },
  },
  {
    id: 'HS-9702',
    version: 1,
    kind: 'HS_HEADING',
    source: `${SOURCE}, heading 9702`,
    validFrom: HS_2022,
    params: {
      heading: '9702',
      description: 'original engraving, print or lithograph (plate made wholly by hand)',
      categories: ['PRINT'],
      bands: [{ olderThanYears: 100, code: '9702.10' }, { code: '9702.90' }],
      requiresHandExecuted: true,
    },
  },
  {
    id: 'HS-9703',
    version: 1,
    kind: 'HS_HEADING',
    source: `${SOURCE}, heading 9703`,
    validFrom: HS_2022,
    params: {
      heading: '9703',
      description: 'original sculpture or statuary',
      categories: ['SCULPTURE'],
      bands: [{ olderThanYears: 100, code: '9703.10' }, { code: '9703.90' }],
      requiresHandExecuted: true,
    },
  },
  {
    id: 'HS-9705',
    version: 1,
    kind: 'HS_HEADING',
    source: `${SOURCE}, heading 9705`,
    validFrom: HS_2022,
    params: {
      heading: '9705',
      description: "archaeological, ethnographic or historical collectors' piece",
      categories: ['ARCHAEOLOGICAL', 'COLLECTORS_PIECE'],
      bands: [{ code: '9705.10' }],
      requiresHandExecuted: false,
    },
  },
  {
    // Chapter 97 note: 9706 never takes an item of 9701-9705, but takes any other item over 100
    // years before another chapter does (an 1850 printed reproduction is an antique).
    id: 'HS-9706',
    version: 1,
    kind: 'HS_ANTIQUE',
    source: `${SOURCE}, heading 9706 and Chapter 97 notes`,
    validFrom: HS_2022,
    params: {
      heading: '9706',
      bands: [
        { olderThanYears: 250, code: '9706.10' },
        { olderThanYears: 100, code: '9706.90' },
      ],
    },
  },
  {
    id: 'HS-REPRO',
    version: 1,
    kind: 'HS_PRINTED_MATTER',
    source: `${SOURCE}; heading 4911 (printed pictures and photographs); 9701 requires "executed entirely by hand"`,
    validFrom: HS_2022,
    params: {
      code: '4911.91',
      categoriesWhenNotHandExecuted: [
        'PAINTING',
        'DRAWING',
        'PASTEL',
        'WATERCOLOUR',
        'GOUACHE',
        'CALLIGRAPHY',
        'PRINT',
      ],
      categoriesAlways: ['REPRODUCTION', 'PHOTOGRAPH'],
    },
  },
];
