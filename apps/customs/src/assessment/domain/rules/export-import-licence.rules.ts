import type { ValueThresholdLicenceRule } from '../rule-book';

/** RULES.md sections 4 (EU) and 5 (UK): licences by category, age and value. */
const EU_EXPORT = 'Council Regulation (EC) No 116/2009 on the export of cultural goods, Annex I';
const EU_EXPORT_FROM = '2009-03-02';
// Articles 4 and 5 apply from the day the ICG electronic system runs, at the latest 28 June 2025.
const EU_IMPORT = 'Regulation (EU) 2019/880 on the introduction and the import of cultural goods';
const EU_IMPORT_FROM = '2025-06-28';
const UK_EXPORT =
  'Export of Objects of Cultural Interest (Control) Order 2003; Arts Council England, UK export licensing for cultural goods (value thresholds)';
const UK_EXPORT_FROM = '2003-05-01';

const EU_LICENCE = 'EU_EXPORT_LICENCE';
const UK_LICENCE = 'UK_EXPORT_LICENCE';

function euExport(
  id: string,
  params: Omit<
    ValueThresholdLicenceRule['params'],
    'direction' | 'territory' | 'licence' | 'conversionRuleId' | 'testedValue'
  >,
  source: string,
  toConfirm?: string,
): ValueThresholdLicenceRule {
  return {
    id,
    version: 1,
    kind: 'VALUE_THRESHOLD_LICENCE',
    source: `${EU_EXPORT}, ${source}`,
    validFrom: EU_EXPORT_FROM,
    toConfirm,
    params: {
      direction: 'EXPORT',
      territory: 'EU',
      licence: EU_LICENCE,
      conversionRuleId: 'EU-VALUE',
      // Annex I B's thresholds are the object's financial value, not what a sale declares
      testedValue: 'FINANCIAL',
      ...params,
    },
  };
}

function ukExport(
  id: string,
  params: Omit<
    ValueThresholdLicenceRule['params'],
    'direction' | 'territory' | 'licence' | 'conversionRuleId' | 'testedValue'
  >,
  toConfirm?: string,
): ValueThresholdLicenceRule {
  return {
    id,
    version: 1,
    kind: 'VALUE_THRESHOLD_LICENCE',
    source: UK_EXPORT,
    validFrom: UK_EXPORT_FROM,
    toConfirm,
    params: {
      direction: 'EXPORT',
      territory: 'GB',
      licence: UK_LICENCE,
      conversionRuleId: 'FX-RATE',
      testedValue: 'FINANCIAL',
      ...params,
    },
  };
}

const OLDER_THAN_50 = { comparison: 'GT', years: 50 } as const;

function eur(amount: string): { amount: string; currency: string; comparison: 'GTE' } {
  return { amount, currency: 'EUR', comparison: 'GTE' };
}

function gbp(amount: string): { amount: string; currency: string; comparison: 'GTE' } {
  return { amount, currency: 'GBP', comparison: 'GTE' };
}

export const EXPORT_IMPORT_LICENCE_RULES: readonly ValueThresholdLicenceRule[] = [
  euExport(
    'EU-EXP-ARCH',
    {
      selection: [{ categories: ['ARCHAEOLOGICAL'] }],
      age: { comparison: 'GT', years: 100 },
      description: 'archaeological object or monument element more than 100 years old, any value',
    },
    'categories A.1 and A.2',
  ),
  euExport(
    'EU-EXP-PAINTING',
    {
      // Category A.3: pictures executed entirely by hand other than watercolours, gouaches, pastels.
      selection: [{ categories: ['PAINTING', 'COLLAGE'] }],
      age: OLDER_THAN_50,
      requiresNotOwnedByCreator: true,
      threshold: eur('150000'),
      description: 'painting more than 50 years old, not owned by its creator',
    },
    'category A.3',
  ),
  euExport(
    'EU-EXP-WATERCOLOUR',
    {
      selection: [{ categories: ['WATERCOLOUR', 'GOUACHE', 'PASTEL'] }],
      age: OLDER_THAN_50,
      requiresNotOwnedByCreator: true,
      threshold: eur('30000'),
      description:
        'watercolour, gouache or pastel more than 50 years old, not owned by its creator',
    },
    'category A.4',
  ),
  euExport(
    'EU-EXP-DRAWING',
    {
      // Calligraphy is drawn by hand in ink: category A.5, the lower threshold of the two it could take.
      selection: [{ categories: ['DRAWING', 'CALLIGRAPHY', 'MOSAIC', 'PRINT', 'PHOTOGRAPH'] }],
      age: OLDER_THAN_50,
      requiresNotOwnedByCreator: true,
      threshold: eur('15000'),
      description:
        'drawing, mosaic, print or photograph more than 50 years old, not owned by its creator',
    },
    'categories A.5, A.6 and A.8',
  ),
  euExport(
    'EU-EXP-SCULPTURE',
    {
      selection: [{ categories: ['SCULPTURE'] }],
      age: OLDER_THAN_50,
      requiresNotOwnedByCreator: true,
      threshold: eur('50000'),
      description: 'sculpture more than 50 years old, not owned by its creator',
    },
    'category A.7',
  ),
  euExport(
    'EU-EXP-BOOK',
    {
      selection: [{ categories: ['BOOK'] }],
      age: { comparison: 'GT', years: 100 },
      threshold: eur('50000'),
      description: 'book more than 100 years old',
    },
    'category A.10',
    'threshold EUR 50,000',
  ),
  euExport(
    'EU-EXP-MAP',
    {
      selection: [{ categories: ['MAP'] }],
      age: { comparison: 'GT', years: 200 },
      threshold: eur('15000'),
      description: 'printed map more than 200 years old',
    },
    'category A.11',
    'threshold EUR 15,000',
  ),
  euExport(
    'EU-EXP-COLLECTION',
    {
      selection: [{ categories: ['COLLECTORS_PIECE'] }],
      threshold: eur('50000'),
      description: "collection or collectors' piece",
    },
    'category A.13',
    'threshold EUR 50,000',
  ),
  euExport(
    'EU-EXP-MANUSCRIPT',
    {
      // Annex I has no age line for A.9 and no exemption for a work its creator owns
      selection: [{ categories: ['MANUSCRIPT'] }],
      description:
        'incunabulum or manuscript (including maps and musical scores), any age, any value',
    },
    'category A.9',
  ),
  euExport(
    'EU-EXP-ANTIQUE',
    {
      // A.15: (a) between 50 and 100 years old, of listed kinds the attributes do not tell apart,
      // or (b) more than 100 years old; any antique from 50 years is taken, the stricter reading.
      selection: [{ categories: ['ANTIQUE'] }],
      age: { comparison: 'GTE', years: 50 },
      threshold: eur('50000'),
      description: 'antique at least 50 years old',
    },
    'category A.15',
  ),
  {
    id: 'EU-IMP-LICENCE',
    version: 1,
    kind: 'VALUE_THRESHOLD_LICENCE',
    source: `${EU_IMPORT}, Article 4 and Annex Part B; temporary admission for exhibition and returned goods exempt (Article 3(4))`,
    validFrom: EU_IMPORT_FROM,
    params: {
      direction: 'IMPORT',
      territory: 'EU',
      selection: [{ categories: ['ARCHAEOLOGICAL'] }],
      age: { comparison: 'GTE', years: 250 },
      requiresCreatedOutsideTerritory: true,
      exemptPurposes: ['TEMPORARY_EXHIBITION', 'RETURN'],
      licence: 'EU_IMPORT_LICENCE',
      conversionRuleId: 'EU-VALUE',
      testedValue: 'APPRAISED',
      description:
        'archaeological object or monument element created outside the EU, at least 250 years old, any value',
    },
  },
  {
    id: 'EU-IMP-STATEMENT',
    version: 1,
    kind: 'VALUE_THRESHOLD_LICENCE',
    // The Annex says "a minimum value of EUR 18 000": 18,000 itself needs the statement.
    source: `${EU_IMPORT}, Article 5 and Annex Part C (minimum value EUR 18,000 per item); temporary admission for exhibition and returned goods exempt (Article 3(4))`,
    validFrom: EU_IMPORT_FROM,
    params: {
      direction: 'IMPORT',
      territory: 'EU',
      selection: [{}],
      excluding: [{ categories: ['ARCHAEOLOGICAL'] }],
      age: { comparison: 'GT', years: 200 },
      requiresCreatedOutsideTerritory: true,
      threshold: eur('18000'),
      exemptPurposes: ['TEMPORARY_EXHIBITION', 'RETURN'],
      licence: 'IMPORTER_STATEMENT',
      conversionRuleId: 'EU-VALUE',
      testedValue: 'APPRAISED',
      description: 'cultural item created outside the EU, more than 200 years old',
    },
  },
  ukExport('UK-EXP-PAINTING', {
    selection: [{ categories: ['PAINTING'] }],
    age: OLDER_THAN_50,
    threshold: gbp('180000'),
    description: 'painting more than 50 years old',
  }),
  ukExport('UK-EXP-PORTRAIT', {
    selection: [{ portrait: true }],
    age: OLDER_THAN_50,
    threshold: gbp('10000'),
    description:
      'portrait more than 50 years old (the threshold is for a portrait of a British historical person)',
  }),
  ukExport(
    'UK-EXP-OTHER',
    {
      selection: [{}],
      excluding: [{ categories: ['PAINTING'] }],
      age: OLDER_THAN_50,
      threshold: gbp('65000'),
      description: 'object other than a painting, more than 50 years old',
    },
    'threshold GBP 65,000',
  ),
];
