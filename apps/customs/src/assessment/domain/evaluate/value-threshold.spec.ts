import { formatAmount, parseMoney, type Money } from '@artbridge/money';
import type { ArtworkAttributes, AssessmentRequest } from '../model';
import { anArtwork, aRequest, eur } from '../../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../../testing/assessment-queries';
import { FIXTURE_RATES, noFx } from '../../testing/fx-fixture';
import type { FxRateLookup } from '../support/fx';

/** "PAINTING 1975 EUR 150000.00" for test titles. */
function describeItem(item: Partial<ArtworkAttributes>): string {
  const value = item.value ? ` ${item.value.currency} ${formatAmount(item.value)}` : '';
  const flags = [
    item.portrait && 'portrait',
    item.ownedByCreator && 'owned by creator',
    item.originCountry && `from ${item.originCountry}`,
  ].filter(Boolean);
  return `${item.category ?? 'PAINTING'} ${item.creationYear}${value}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

function assessOne(overrides: Partial<ArtworkAttributes>, request: Partial<AssessmentRequest>) {
  return assessWithFixtures(aRequest({ items: [anArtwork(overrides)], ...request }));
}

const fromFrance = { exportCountry: 'FR', importCountry: 'US' } as const;
const intoFrance = { exportCountry: 'CN', importCountry: 'FR' } as const;
const fromBritain = { exportCountry: 'GB', importCountry: 'US' } as const;
const usd = (amount: string): Money => parseMoney(amount, 'USD');
const gbp = (amount: string): Money => parseMoney(amount, 'GBP');

/**
 * Declared 2026-04-13: 1975 is 51 years old, 1976 exactly 50 (a rule of "more than 50" does not
 * fire for 1976; the item goes to review instead, AGE-UNCERTAIN below).
 */
type Row = [ruleId: string, item: Partial<ArtworkAttributes>, effect: string];
type RowWithRequest = [
  ruleId: string,
  item: Partial<ArtworkAttributes>,
  request: Partial<AssessmentRequest>,
  effect: string,
];

/** [rule, "PAINTING 1975 EUR 150000.00", effect, item] so that test names read as the case. */
function titled(rows: Row[]): [string, string, string, Partial<ArtworkAttributes>][] {
  return rows.map(([ruleId, item, effect]) => [ruleId, describeItem(item), effect, item]);
}

const EU_EXPORT_ROWS: Row[] = [
  // EU-EXP-PAINTING: EUR 150,000 and the 50-year line
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: eur('150000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: eur('150000.01') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: eur('149999.99') },
    'NONE',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1976, value: eur('900000.00') },
    'NONE',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1977, value: eur('900000.00') },
    'NONE',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1900, value: eur('900000.00'), ownedByCreator: true },
    'NONE',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'WATERCOLOUR', creationYear: 1900, value: eur('900000.00') },
    'NONE',
  ],
  // ... in another currency, exactly at the ECB rate of the day: USD 175,260.00 / 1.1684 = EUR 150,000
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: usd('175260.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: usd('175259.99') },
    'NONE',
  ],
  // EU-EXP-WATERCOLOUR: EUR 30,000
  [
    'EU-EXP-WATERCOLOUR',
    { category: 'WATERCOLOUR', creationYear: 1975, value: eur('30000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-WATERCOLOUR',
    { category: 'PASTEL', creationYear: 1975, value: eur('30000.01') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-WATERCOLOUR',
    { category: 'GOUACHE', creationYear: 1975, value: eur('29999.99') },
    'NONE',
  ],
  [
    'EU-EXP-WATERCOLOUR',
    { category: 'WATERCOLOUR', creationYear: 1976, value: eur('30000.00') },
    'NONE',
  ],
  // EU-EXP-DRAWING: EUR 15,000 for drawings, mosaics, prints, photographs
  [
    'EU-EXP-DRAWING',
    { category: 'DRAWING', creationYear: 1975, value: eur('15000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-DRAWING',
    { category: 'PRINT', creationYear: 1975, value: eur('15000.01') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-DRAWING',
    { category: 'PHOTOGRAPH', creationYear: 1975, value: eur('15000.00') },
    'LICENCE_REQUIRED',
  ],
  ['EU-EXP-DRAWING', { category: 'MOSAIC', creationYear: 1975, value: eur('14999.99') }, 'NONE'],
  ['EU-EXP-DRAWING', { category: 'DRAWING', creationYear: 1976, value: eur('15000.00') }, 'NONE'],
  [
    'EU-EXP-DRAWING',
    { category: 'DRAWING', creationYear: 1975, value: eur('15000.00'), ownedByCreator: true },
    'NONE',
  ],
  // EU-EXP-SCULPTURE: EUR 50,000
  [
    'EU-EXP-SCULPTURE',
    { category: 'SCULPTURE', creationYear: 1975, value: eur('50000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-SCULPTURE',
    { category: 'SCULPTURE', creationYear: 1975, value: eur('49999.99') },
    'NONE',
  ],
  [
    'EU-EXP-SCULPTURE',
    { category: 'SCULPTURE', creationYear: 1976, value: eur('50000.00') },
    'NONE',
  ],
  // EU-EXP-ARCH: any value, over 100 years
  [
    'EU-EXP-ARCH',
    { category: 'ARCHAEOLOGICAL', creationYear: 1925, value: eur('1.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-ARCH',
    { category: 'ARCHAEOLOGICAL', creationYear: -500, value: eur('0.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-ARCH',
    { category: 'ARCHAEOLOGICAL', creationYear: 1926, value: eur('1000000.00') },
    'NONE',
  ],
  // EU-EXP-BOOK / MAP / COLLECTION
  [
    'EU-EXP-BOOK',
    { category: 'BOOK', creationYear: 1925, value: eur('50000.00') },
    'LICENCE_REQUIRED',
  ],
  ['EU-EXP-BOOK', { category: 'BOOK', creationYear: 1925, value: eur('49999.99') }, 'NONE'],
  ['EU-EXP-BOOK', { category: 'BOOK', creationYear: 1926, value: eur('50000.00') }, 'NONE'],
  [
    'EU-EXP-MAP',
    { category: 'MAP', creationYear: 1825, value: eur('15000.00') },
    'LICENCE_REQUIRED',
  ],
  ['EU-EXP-MAP', { category: 'MAP', creationYear: 1825, value: eur('14999.99') }, 'NONE'],
  ['EU-EXP-MAP', { category: 'MAP', creationYear: 1826, value: eur('15000.00') }, 'NONE'],
  [
    'EU-EXP-COLLECTION',
    { category: 'COLLECTORS_PIECE', creationYear: 2000, value: eur('50000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-COLLECTION',
    { category: 'COLLECTORS_PIECE', creationYear: 2000, value: eur('49999.99') },
    'NONE',
  ],
  // EU-EXP-MANUSCRIPT (A.9): any value, any age, whoever owns it; a printed facsimile is not one
  [
    'EU-EXP-MANUSCRIPT',
    { category: 'MANUSCRIPT', creationYear: 1500, value: eur('1.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-MANUSCRIPT',
    { category: 'MANUSCRIPT', creationYear: 2025, value: eur('0.00'), ownedByCreator: true },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-MANUSCRIPT',
    { category: 'MANUSCRIPT', handExecuted: false, creationYear: 1900, value: eur('1.00') },
    'NONE',
  ],
  // EU-EXP-ANTIQUE (A.15): EUR 50,000 from 50 years old (1976 is exactly 50)
  [
    'EU-EXP-ANTIQUE',
    { category: 'ANTIQUE', creationYear: 1900, value: eur('60000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-ANTIQUE',
    { category: 'ANTIQUE', creationYear: 1976, value: eur('50000.00') },
    'LICENCE_REQUIRED',
  ],
  ['EU-EXP-ANTIQUE', { category: 'ANTIQUE', creationYear: 1976, value: eur('49999.99') }, 'NONE'],
  ['EU-EXP-ANTIQUE', { category: 'ANTIQUE', creationYear: 1977, value: eur('900000.00') }, 'NONE'],
  [
    'EU-EXP-ANTIQUE',
    { category: 'ANTIQUE', creationYear: 1800, value: eur('50000.00'), ownedByCreator: true },
    'LICENCE_REQUIRED',
  ],
  // printed, not executed by hand: the rules name them all the same
  [
    'EU-EXP-MAP',
    { category: 'MAP', handExecuted: false, creationYear: 1770, value: eur('20000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-BOOK',
    { category: 'BOOK', handExecuted: false, creationYear: 1850, value: eur('60000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-DRAWING',
    { category: 'PHOTOGRAPH', handExecuted: false, creationYear: 1950, value: eur('20000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-DRAWING',
    { category: 'PRINT', handExecuted: false, creationYear: 1960, value: eur('15000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-EXP-ARCH',
    { category: 'ARCHAEOLOGICAL', handExecuted: false, creationYear: 100, value: eur('10.00') },
    'LICENCE_REQUIRED',
  ],
  // a modern print run is cultural but under the age line; a printed copy of a painting is not
  [
    'EU-EXP-DRAWING',
    { category: 'PHOTOGRAPH', handExecuted: false, creationYear: 2020, value: eur('20000.00') },
    'NONE',
  ],
  [
    'EU-EXP-PAINTING',
    { category: 'PAINTING', handExecuted: false, creationYear: 1950, value: eur('500000.00') },
    'NONE',
  ],
  [
    'EU-EXP-COLLECTION',
    {
      category: 'COLLECTORS_PIECE',
      handExecuted: false,
      creationYear: 2020,
      value: eur('60000.00'),
    },
    'NONE',
  ],
];

describe('EU export licences (RULES.md section 4, Regulation 116/2009)', () => {
  it.each(titled(EU_EXPORT_ROWS))('%s: %s → %s', (ruleId, _what, effect, overrides) => {
    const assessment = assessOne(overrides, fromFrance);
    expect(effectOf(assessment, ruleId)).toBe(effect);
    if (effect === 'LICENCE_REQUIRED')
      expect(assessment.items[0].licencesRequired).toContain('EU_EXPORT_LICENCE');
  });

  it('says which figures are to be confirmed', () => {
    const book = assessOne(
      { category: 'BOOK', creationYear: 1900, value: eur('60000.00') },
      fromFrance,
    );
    expect(findingsOf(book, 'EU-EXP-BOOK')[0].message).toContain(
      '(to be confirmed: threshold EUR 50,000)',
    );
    const painting = assessOne(
      { category: 'PAINTING', creationYear: 1900, value: eur('160000.00') },
      fromFrance,
    );
    expect(findingsOf(painting, 'EU-EXP-PAINTING')[0].message).not.toContain('to be confirmed');
  });

  it('does not fire inside the EU or for goods entering it', () => {
    const painting = {
      category: 'PAINTING',
      creationYear: 1900,
      value: eur('9000000.00'),
    } as const;
    const intraEu = assessOne(painting, { exportCountry: 'FR', importCountry: 'DE' });
    expect(intraEu.items[0].findings.filter((finding) => finding.ruleId.startsWith('EU-'))).toEqual(
      [],
    );
    expect(effectOf(intraEu, 'NO-CUSTOMS-BORDER')).toBe('INFO');
    expect(intraEu.duties).toBeNull();
    expect(effectOf(assessOne(painting, intoFrance), 'EU-EXP-PAINTING')).toBe('NONE');
  });

  describe('EU-VALUE: conversion at the ECB reference rate', () => {
    it('uses the previous business day with a rate (Sunday → Friday: 1.1711)', () => {
      const sunday = { ...fromFrance, date: '2026-04-12' };
      expect(
        effectOf(
          assessOne({ category: 'PAINTING', creationYear: 1900, value: usd('175665.00') }, sunday),
          'EU-EXP-PAINTING',
        ),
      ).toBe('LICENCE_REQUIRED');
      expect(
        effectOf(
          assessOne({ category: 'PAINTING', creationYear: 1900, value: usd('175664.99') }, sunday),
          'EU-EXP-PAINTING',
        ),
      ).toBe('NONE');
    });

    it('names the rate and its date in the finding', () => {
      const assessment = assessOne(
        { category: 'PAINTING', creationYear: 1900, value: usd('200000.00') },
        { ...fromFrance, date: '2026-04-12' },
      );
      expect(findingsOf(assessment, 'EU-EXP-PAINTING')[0].message).toBe(
        'painting more than 50 years old, not owned by its creator, 126 years old (more than 50), value EUR 170779.61 (USD 200000.00 at the ECB reference rate USD 1.1711 per EUR of 2026-04-10) >= EUR 150,000: licence EU_EXPORT_LICENCE',
      );
    });

    it('without a rate, says so and sends the item to review instead of guessing', () => {
      const assessment = assessWithFixtures(
        aRequest({
          ...fromFrance,
          items: [anArtwork({ category: 'PAINTING', creationYear: 1900, value: usd('1.00') })],
        }),
        noFx,
      );
      expect(effectOf(assessment, 'EU-EXP-PAINTING')).toBe('NONE');
      const [finding] = findingsOf(assessment, 'EU-VALUE');
      expect(finding.effect).toBe('REVIEW');
      expect(finding.message).toContain('no ECB reference rate for USD on 2026-04-13');
      expect(assessment.outcome).toBe('REVIEW');
    });

    it('needs no rate when the other conditions already fail', () => {
      const young = assessWithFixtures(
        aRequest({
          ...fromFrance,
          items: [anArtwork({ category: 'PAINTING', creationYear: 2000, value: usd('1.00') })],
        }),
        noFx,
      );
      expect(effectOf(young, 'EU-VALUE')).toBe('NONE');
    });
  });
});

/** Regulation 2019/880 applies its licence and statement from 28 June 2025. */
const EU_IMPORT_ROWS: RowWithRequest[] = [
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: 1776, value: eur('1.00') },
    {},
    'LICENCE_REQUIRED',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: 1775, value: eur('1.00') },
    {},
    'LICENCE_REQUIRED',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: 1777, value: eur('1.00') },
    {},
    'NONE',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: -200, originCountry: 'IT' },
    {},
    'NONE',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: -200 },
    { date: '2025-06-27' },
    'NONE',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: -200 },
    { date: '2025-06-28' },
    'LICENCE_REQUIRED',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: -200 },
    { purpose: 'TEMPORARY_EXHIBITION' },
    'INFO',
  ],
  [
    'EU-IMP-LICENCE',
    { category: 'ARCHAEOLOGICAL', creationYear: -200 },
    { exportCountry: 'DE' },
    'NONE',
  ],
  ['EU-IMP-STATEMENT', { creationYear: 1825, value: eur('18000.00') }, {}, 'LICENCE_REQUIRED'],
  ['EU-IMP-STATEMENT', { creationYear: 1825, value: eur('18000.01') }, {}, 'LICENCE_REQUIRED'],
  ['EU-IMP-STATEMENT', { creationYear: 1825, value: eur('17999.99') }, {}, 'NONE'],
  ['EU-IMP-STATEMENT', { creationYear: 1826, value: eur('18000.00') }, {}, 'NONE'],
  [
    'EU-IMP-STATEMENT',
    { category: 'BOOK', handExecuted: false, creationYear: 1800, value: eur('20000.00') },
    {},
    'LICENCE_REQUIRED',
  ],
  [
    'EU-IMP-STATEMENT',
    { creationYear: 1825, value: eur('18000.00'), originCountry: 'FR' },
    {},
    'NONE',
  ],
  [
    'EU-IMP-STATEMENT',
    { category: 'ARCHAEOLOGICAL', creationYear: 1825, value: eur('18000.00') },
    {},
    'NONE',
  ],
  [
    'EU-IMP-STATEMENT',
    { creationYear: 1825, value: eur('18000.00') },
    { date: '2025-06-27' },
    'NONE',
  ],
  [
    'EU-IMP-STATEMENT',
    { creationYear: 1825, value: eur('18000.00') },
    { purpose: 'RETURN' },
    'INFO',
  ],
];

describe('EU import licence and importer statement (RULES.md section 4, Regulation 2019/880)', () => {
  const rows = EU_IMPORT_ROWS.map(
    ([ruleId, item, request, effect]): [
      string,
      string,
      string,
      Partial<ArtworkAttributes>,
      Partial<AssessmentRequest>,
    ] => [ruleId, `${describeItem(item)} ${JSON.stringify(request)}`, effect, item, request],
  );
  it.each(rows)('%s: %s → %s', (ruleId, _what, effect, overrides, request) => {
    const assessment = assessOne(overrides, { ...intoFrance, ...request });
    expect(effectOf(assessment, ruleId)).toBe(effect);
  });

  it('asks for the statement in the licence list', () => {
    const assessment = assessOne(
      { creationYear: 1800, value: eur('20000.00') },
      { exportCountry: 'US', importCountry: 'FR' },
    );
    expect(assessment.items[0].licencesRequired).toEqual(['IMPORTER_STATEMENT']);
  });
});

const UK_EXPORT_ROWS: Row[] = [
  [
    'UK-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: gbp('180000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'UK-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: gbp('180000.01') },
    'LICENCE_REQUIRED',
  ],
  [
    'UK-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1975, value: gbp('179999.99') },
    'NONE',
  ],
  [
    'UK-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1976, value: gbp('900000.00') },
    'NONE',
  ],
  // EUR converted to GBP through the ECB rate 0.87058: EUR 206,760 is GBP 180,001.1; EUR 206,755 is GBP 179,996.7
  [
    'UK-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1900, value: eur('206760.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'UK-EXP-PAINTING',
    { category: 'PAINTING', creationYear: 1900, value: eur('206755.00') },
    'NONE',
  ],
  [
    'UK-EXP-PORTRAIT',
    { category: 'DRAWING', portrait: true, creationYear: 1975, value: gbp('10000.00') },
    'LICENCE_REQUIRED',
  ],
  [
    'UK-EXP-PORTRAIT',
    { category: 'DRAWING', portrait: true, creationYear: 1975, value: gbp('9999.99') },
    'NONE',
  ],
  [
    'UK-EXP-PORTRAIT',
    { category: 'DRAWING', portrait: true, creationYear: 1976, value: gbp('10000.00') },
    'NONE',
  ],
  ['UK-EXP-PORTRAIT', { category: 'DRAWING', creationYear: 1975, value: gbp('50000.00') }, 'NONE'],
  [
    'UK-EXP-OTHER',
    { category: 'SCULPTURE', creationYear: 1975, value: gbp('65000.00') },
    'LICENCE_REQUIRED',
  ],
  ['UK-EXP-OTHER', { category: 'SCULPTURE', creationYear: 1975, value: gbp('64999.99') }, 'NONE'],
  ['UK-EXP-OTHER', { category: 'SCULPTURE', creationYear: 1976, value: gbp('65000.00') }, 'NONE'],
  ['UK-EXP-OTHER', { category: 'PAINTING', creationYear: 1900, value: gbp('100000.00') }, 'NONE'],
];

describe('UK export licences (RULES.md section 5)', () => {
  it.each(titled(UK_EXPORT_ROWS))('%s: %s → %s', (ruleId, _what, effect, overrides) => {
    const assessment = assessOne(overrides, fromBritain);
    expect(effectOf(assessment, ruleId)).toBe(effect);
    if (effect === 'LICENCE_REQUIRED')
      expect(assessment.items[0].licencesRequired).toEqual(['UK_EXPORT_LICENCE']);
  });

  it('does not fire for goods leaving another country', () => {
    const assessment = assessOne(
      { category: 'PAINTING', creationYear: 1900, value: gbp('900000.00') },
      fromFrance,
    );
    expect(effectOf(assessment, 'UK-EXP-PAINTING')).toBe('NONE');
  });

  it('marks the GBP 65,000 threshold as to be confirmed, and reports a missing rate under FX-RATE', () => {
    const other = assessOne(
      { category: 'SCULPTURE', creationYear: 1900, value: gbp('70000.00') },
      fromBritain,
    );
    expect(findingsOf(other, 'UK-EXP-OTHER')[0].message).toContain(
      'to be confirmed: threshold GBP 65,000',
    );
    const noRate = assessWithFixtures(
      aRequest({ ...fromBritain, items: [anArtwork({ creationYear: 1900, value: eur('1.00') })] }),
      noFx,
    );
    expect(effectOf(noRate, 'FX-RATE')).toContain('REVIEW');
  });
});

describe('EU export licences cite the categories of Regulation 116/2009, Annex I', () => {
  const annexI = 'Council Regulation (EC) No 116/2009 on the export of cultural goods, Annex I';
  it.each([
    ['EU-EXP-ARCH', 'categories A.1 and A.2', { category: 'ARCHAEOLOGICAL', creationYear: 1800 }],
    ['EU-EXP-PAINTING', 'category A.3', { category: 'PAINTING', value: eur('150000.00') }],
    ['EU-EXP-WATERCOLOUR', 'category A.4', { category: 'WATERCOLOUR', value: eur('30000.00') }],
    [
      'EU-EXP-DRAWING',
      'categories A.5, A.6 and A.8',
      { category: 'PHOTOGRAPH', value: eur('15000.00') },
    ],
    ['EU-EXP-SCULPTURE', 'category A.7', { category: 'SCULPTURE', value: eur('50000.00') }],
    ['EU-EXP-MANUSCRIPT', 'category A.9', { category: 'MANUSCRIPT', value: eur('1.00') }],
    ['EU-EXP-BOOK', 'category A.10', { category: 'BOOK', value: eur('50000.00') }],
    [
      'EU-EXP-MAP',
      'category A.11',
      { category: 'MAP', creationYear: 1700, value: eur('15000.00') },
    ],
    [
      'EU-EXP-COLLECTION',
      'category A.13',
      { category: 'COLLECTORS_PIECE', value: eur('50000.00') },
    ],
    ['EU-EXP-ANTIQUE', 'category A.15', { category: 'ANTIQUE', value: eur('50000.00') }],
  ] as [string, string, Partial<ArtworkAttributes>][])(
    '%s cites %s',
    (ruleId, category, overrides) => {
      const assessment = assessOne({ creationYear: 1900, ...overrides }, fromFrance);
      const [finding] = findingsOf(assessment, ruleId);
      expect(finding.effect).toBe('LICENCE_REQUIRED');
      expect(finding.source).toBe(`${annexI}, ${category}`);
    },
  );
});

describe('the value an export licence threshold is tested on: the larger of value and price share', () => {
  const sale = (price: Money) => ({ ...fromFrance, purpose: 'SALE', price }) as const;
  const painting = (value: Money) => ({ category: 'PAINTING', creationYear: 1900, value }) as const;

  it('a painting catalogued at EUR 100,000 and sold for EUR 200,000 needs the EU licence', () => {
    const assessment = assessOne(painting(eur('100000.00')), sale(eur('200000.00')));
    const [finding] = findingsOf(assessment, 'EU-EXP-PAINTING');
    expect(finding.effect).toBe('LICENCE_REQUIRED');
    expect(finding.message).toBe(
      'painting more than 50 years old, not owned by its creator, 126 years old (more than 50), share of the sale price EUR 200000.00 >= EUR 150,000; value EUR 100000.00: licence EU_EXPORT_LICENCE',
    );
    expect(assessment.outcome).toBe('REVIEW');
  });

  it.each([
    ['price share exactly at the threshold', 'EUR', '100000.00', '150000.00', 'LICENCE_REQUIRED'],
    ['price share one cent below', 'EUR', '100000.00', '149999.99', 'NONE'],
    ['value above, price below', 'EUR', '150000.00', '1.00', 'LICENCE_REQUIRED'],
    ['value one cent below, price below', 'EUR', '149999.99', '149999.99', 'NONE'],
    // USD 175,260.00 at 1.1684 is EUR 150,000 exactly
    ['price share in USD at the threshold', 'USD', '100000.00', '175260.00', 'LICENCE_REQUIRED'],
    ['price share in USD one cent below', 'USD', '100000.00', '175259.99', 'NONE'],
  ])('%s: price in %s, value EUR %s, price %s → %s', (_case, currency, value, price, effect) => {
    const assessment = assessOne(painting(eur(value)), sale(parseMoney(price, currency)));
    expect(effectOf(assessment, 'EU-EXP-PAINTING')).toBe(effect);
  });

  it('splits a price over several items as the customs value does', () => {
    const assessment = assessWithFixtures(
      aRequest({
        ...sale(eur('400000.00')),
        items: [anArtwork(painting(eur('100000.00'))), anArtwork(painting(eur('100000.00')))],
      }),
    );
    expect(effectOf(assessment, 'EU-EXP-PAINTING', 0)).toBe('LICENCE_REQUIRED');
    expect(effectOf(assessment, 'EU-EXP-PAINTING', 1)).toBe('LICENCE_REQUIRED');
    const lowerShares = assessWithFixtures(
      aRequest({
        ...sale(eur('299999.98')),
        items: [anArtwork(painting(eur('100000.00'))), anArtwork(painting(eur('100000.00')))],
      }),
    );
    expect(effectOf(lowerShares, 'EU-EXP-PAINTING', 0)).toBe('NONE');
  });

  it('takes no price for a loan', () => {
    const loan = { ...sale(eur('200000.00')), purpose: 'TEMPORARY_EXHIBITION' } as const;
    expect(effectOf(assessOne(painting(eur('100000.00')), loan), 'EU-EXP-PAINTING')).toBe('NONE');
  });

  it('applies to the UK export thresholds too', () => {
    const ukSale = (price: string) =>
      ({ ...fromBritain, purpose: 'SALE', price: gbp(price) }) as const;
    const ukPainting = {
      category: 'PAINTING',
      creationYear: 1900,
      value: gbp('100000.00'),
    } as const;
    expect(effectOf(assessOne(ukPainting, ukSale('180000.00')), 'UK-EXP-PAINTING')).toBe(
      'LICENCE_REQUIRED',
    );
    expect(effectOf(assessOne(ukPainting, ukSale('179999.99')), 'UK-EXP-PAINTING')).toBe('NONE');
  });

  it('leaves the EU import statement on the item’s value (Regulation 2019/880)', () => {
    const intoFranceSold = { ...intoFrance, purpose: 'SALE', price: eur('20000.00') } as const;
    const assessment = assessOne({ creationYear: 1825, value: eur('17999.99') }, intoFranceSold);
    expect(effectOf(assessment, 'EU-IMP-STATEMENT')).toBe('NONE');
  });

  it('decides on the value that reaches the threshold when the price share has no rate', () => {
    const soldInUsd = sale(usd('500000.00'));
    const above = assessWithFixtures(
      aRequest({ ...soldInUsd, items: [anArtwork(painting(eur('150000.00')))] }),
      noFx,
    );
    expect(effectOf(above, 'EU-EXP-PAINTING')).toBe('LICENCE_REQUIRED');
    expect(effectOf(above, 'EU-VALUE')).toBe('NONE');
    const below = assessWithFixtures(
      aRequest({ ...soldInUsd, items: [anArtwork(painting(eur('100000.00')))] }),
      noFx,
    );
    expect(effectOf(below, 'EU-EXP-PAINTING')).toBe('NONE');
    expect(findingsOf(below, 'EU-VALUE')[0].message).toContain(
      'unknown whether USD 500000.00 is >= EUR 150,000',
    );
  });
});

describe('VALUE-UNKNOWN: a value of zero is unknown, not nothing', () => {
  const tatePainting = { category: 'PAINTING', creationYear: 1840, value: gbp('0.00') } as const;

  it('sends a painting valued at GBP 0.00 leaving GB to review, for an officer to value', () => {
    const assessment = assessOne(tatePainting, fromBritain);
    expect(effectOf(assessment, 'UK-EXP-PAINTING')).toBe('NONE');
    const [finding] = findingsOf(assessment, 'VALUE-UNKNOWN');
    expect(finding.effect).toBe('REVIEW');
    expect(finding.ruleVersion).toBe(0);
    expect(finding.message).toBe(
      'UK-EXP-PAINTING cannot be decided: painting more than 50 years old, 186 years old (more than 50), value GBP 0.00; a value of zero is unknown, not nothing, so it is unknown whether the item is >= GBP 180,000; an officer must value the item',
    );
    expect(assessment.outcome).toBe('REVIEW');
  });

  it('reviews a zero value for every purpose without a price, and needs no rate to do so', () => {
    for (const purpose of ['SALE', 'TEMPORARY_EXHIBITION', 'RETURN'] as const)
      expect(effectOf(assessOne(tatePainting, { ...fromBritain, purpose }), 'VALUE-UNKNOWN')).toBe(
        'REVIEW',
      );
    const inDollars = assessWithFixtures(
      aRequest({
        ...fromFrance,
        items: [anArtwork({ category: 'SCULPTURE', creationYear: 1900, value: usd('0.00') })],
      }),
      noFx,
    );
    expect(effectOf(inDollars, 'VALUE-UNKNOWN')).toBe('REVIEW');
    expect(effectOf(inDollars, 'EU-VALUE')).toBe('NONE');
  });

  it('takes a sale’s price share as the value', () => {
    const sold = (price: string) =>
      ({ ...fromBritain, purpose: 'SALE', price: gbp(price) }) as const;
    const dear = assessOne(tatePainting, sold('200000.00'));
    expect(effectOf(dear, 'UK-EXP-PAINTING')).toBe('LICENCE_REQUIRED');
    expect(effectOf(dear, 'VALUE-UNKNOWN')).toBe('NONE');
    const cheap = assessOne(tatePainting, sold('100.00'));
    expect(effectOf(cheap, 'UK-EXP-PAINTING')).toBe('NONE');
    expect(effectOf(cheap, 'VALUE-UNKNOWN')).toBe('NONE');
    expect(cheap.outcome).toBe('CLEAR');
    // sold for nothing: still no value known
    expect(effectOf(assessOne(tatePainting, sold('0.00')), 'VALUE-UNKNOWN')).toBe('REVIEW');
  });

  it('reviews an item valued at zero in a sale whose price goes to the other items', () => {
    const assessment = assessWithFixtures(
      aRequest({
        ...fromBritain,
        purpose: 'SALE',
        price: gbp('1000.00'),
        items: [anArtwork(tatePainting), anArtwork({ ...tatePainting, value: gbp('10.00') })],
      }),
    );
    expect(effectOf(assessment, 'VALUE-UNKNOWN', 0)).toBe('REVIEW');
    expect(effectOf(assessment, 'VALUE-UNKNOWN', 1)).toBe('NONE');
  });

  it('says nothing when the value would not decide: other conditions fail, or any value needs the licence', () => {
    expect(
      effectOf(assessOne({ ...tatePainting, creationYear: 2000 }, fromBritain), 'VALUE-UNKNOWN'),
    ).toBe('NONE');
    const manuscript = assessOne({ category: 'MANUSCRIPT', value: eur('0.00') }, fromFrance);
    expect(effectOf(manuscript, 'EU-EXP-MANUSCRIPT')).toBe('LICENCE_REQUIRED');
    expect(effectOf(manuscript, 'VALUE-UNKNOWN')).toBe('NONE');
    // the EU import statement stays on the item's value
    const imported = assessOne({ creationYear: 1825, value: eur('0.00') }, intoFrance);
    expect(effectOf(imported, 'VALUE-UNKNOWN')).toBe('NONE');
  });
});

describe('AGE-UNCERTAIN: a year alone cannot say whether a work of the boundary year has passed the age limit', () => {
  // Rates on any day, so that the destination's tax never turns an outcome into a review.
  const ratesEveryDay: FxRateLookup = (currency, date) => {
    const rate = FIXTURE_RATES['2026-04-13'][currency];
    return rate === undefined ? undefined : { rate, date };
  };
  const on = (
    date: string,
    overrides: Partial<ArtworkAttributes>,
    request: Partial<AssessmentRequest> = fromFrance,
  ) =>
    assessWithFixtures(
      aRequest({ ...request, date, items: [anArtwork(overrides)] }),
      ratesEveryDay,
    );
  const painting = (creationYear: number) =>
    ({ category: 'PAINTING', creationYear, value: eur('900000.00') }) as const;

  it('reviews a painting of 1976 leaving France on 2026-12-31: made early in 1976, it is more than 50 years old', () => {
    const assessment = on('2026-12-31', painting(1976));
    expect(effectOf(assessment, 'EU-EXP-PAINTING')).toBe('NONE');
    const [finding] = findingsOf(assessment, 'AGE-UNCERTAIN');
    expect(finding).toMatchObject({ effect: 'REVIEW', ruleVersion: 0 });
    expect(finding.message).toBe(
      'EU-EXP-PAINTING cannot be decided: painting more than 50 years old, not owned by its creator, made 1976: more than 50 years old on 2026-12-31 only if made before 1976-12-31, which the year alone does not say, value EUR 900000.00 >= EUR 150,000; an officer must date the item (licence EU_EXPORT_LICENCE if it is more than 50 years old)',
    );
    expect(assessment.items[0].outcome).toBe('REVIEW');
    expect(assessment.outcome).toBe('REVIEW');
  });

  it('clears a painting of 1976 on 2026-01-01: made on 1 January 1976 at the earliest, it is 50, not more', () => {
    const assessment = on('2026-01-01', painting(1976));
    expect(effectOf(assessment, 'AGE-UNCERTAIN')).toBe('NONE');
    expect(effectOf(assessment, 'EU-EXP-PAINTING')).toBe('NONE');
    expect(assessment.outcome).toBe('CLEAR');
  });

  it.each(['2026-01-01', '2026-12-31'])(
    'decides the years either side on %s: 1975 needs the licence, 1977 does not',
    (date) => {
      const older = on(date, painting(1975));
      expect(effectOf(older, 'EU-EXP-PAINTING')).toBe('LICENCE_REQUIRED');
      expect(older.items[0].licencesRequired).toEqual(['EU_EXPORT_LICENCE']);
      expect(effectOf(older, 'AGE-UNCERTAIN')).toBe('NONE');
      const younger = on(date, painting(1977));
      expect(effectOf(younger, 'EU-EXP-PAINTING')).toBe('NONE');
      expect(effectOf(younger, 'AGE-UNCERTAIN')).toBe('NONE');
      expect(younger.outcome).toBe('CLEAR');
    },
  );

  it('takes the later year of a range, as the age does', () => {
    const range = on('2026-12-31', { ...painting(1970), creationYearEnd: 1976 });
    expect(findingsOf(range, 'AGE-UNCERTAIN')[0].message).toContain('made 1970-1976:');
  });

  it('says nothing when another condition fails: value under the threshold, owned by its creator, no border', () => {
    for (const overrides of [
      { ...painting(1976), value: eur('149999.99') },
      { ...painting(1976), ownedByCreator: true },
    ])
      expect(on('2026-12-31', overrides).outcome).toBe('CLEAR');
    const intraEu = on('2026-12-31', painting(1976), { exportCountry: 'FR', importCountry: 'DE' });
    expect(effectOf(intraEu, 'AGE-UNCERTAIN')).toBe('NONE');
  });

  it('reviews the licences without a threshold too (EU-EXP-ARCH, more than 100 years)', () => {
    const arch = { category: 'ARCHAEOLOGICAL', creationYear: 1926, value: eur('1.00') } as const;
    expect(findingsOf(on('2026-06-30', arch), 'AGE-UNCERTAIN')[0].message).toMatch(
      /^EU-EXP-ARCH cannot be decided: .*more than 100 years old on 2026-06-30 only if made before 1926-06-30/,
    );
    expect(effectOf(on('2026-01-01', arch), 'AGE-UNCERTAIN')).toBe('NONE');
    expect(effectOf(on('2026-06-30', { ...arch, creationYear: 1925 }), 'EU-EXP-ARCH')).toBe(
      'LICENCE_REQUIRED',
    );
  });

  it('applies to the UK export licences (more than 50 years)', () => {
    const cases: [string, Partial<ArtworkAttributes>][] = [
      ['UK-EXP-PAINTING', { category: 'PAINTING', value: gbp('900000.00') }],
      ['UK-EXP-PORTRAIT', { category: 'DRAWING', portrait: true, value: gbp('10000.00') }],
      ['UK-EXP-OTHER', { category: 'SCULPTURE', value: gbp('65000.00') }],
    ];
    for (const [ruleId, item] of cases) {
      const boundary = on('2026-12-31', { ...item, creationYear: 1976 }, fromBritain);
      expect(effectOf(boundary, ruleId)).toBe('NONE');
      expect(findingsOf(boundary, 'AGE-UNCERTAIN')[0].message).toContain(
        `${ruleId} cannot be decided:`,
      );
      expect(boundary.items[0].licencesRequired).toEqual([]);
      expect(boundary.outcome).toBe('REVIEW');
      expect(on('2026-01-01', { ...item, creationYear: 1976 }, fromBritain).outcome).toBe('CLEAR');
      expect(effectOf(on('2026-12-31', { ...item, creationYear: 1975 }, fromBritain), ruleId)).toBe(
        'LICENCE_REQUIRED',
      );
      expect(on('2026-12-31', { ...item, creationYear: 1977 }, fromBritain).outcome).toBe('CLEAR');
    }
  });

  it('applies to the EU importer statement (more than 200 years), not to a loan it exempts', () => {
    const statement = { creationYear: 1826, value: eur('18000.00') } as const;
    const boundary = on('2026-12-31', statement, intoFrance);
    expect(effectOf(boundary, 'EU-IMP-STATEMENT')).toBe('NONE');
    expect(findingsOf(boundary, 'AGE-UNCERTAIN')[0].message).toContain(
      'EU-IMP-STATEMENT cannot be decided:',
    );
    expect(effectOf(on('2026-01-01', statement, intoFrance), 'AGE-UNCERTAIN')).toBe('NONE');
    expect(
      effectOf(
        on('2026-12-31', { ...statement, creationYear: 1825 }, intoFrance),
        'EU-IMP-STATEMENT',
      ),
    ).toBe('LICENCE_REQUIRED');
    const loan = on('2026-12-31', statement, { ...intoFrance, purpose: 'TEMPORARY_EXHIBITION' });
    expect(effectOf(loan, 'EU-IMP-STATEMENT')).toBe('INFO');
    expect(effectOf(loan, 'AGE-UNCERTAIN')).toBe('NONE');
  });

  it('keeps an "at least" limit in doubt as met: the EU import licence (250 years) is required', () => {
    const arch = { category: 'ARCHAEOLOGICAL', creationYear: 1776, value: eur('1.00') } as const;
    for (const date of ['2026-01-01', '2026-06-30', '2026-12-31']) {
      const assessment = on(date, arch, intoFrance);
      expect(effectOf(assessment, 'EU-IMP-LICENCE')).toBe('LICENCE_REQUIRED');
      expect(effectOf(assessment, 'AGE-UNCERTAIN')).toBe('NONE');
    }
    expect(
      effectOf(on('2026-12-31', { ...arch, creationYear: 1777 }, intoFrance), 'EU-IMP-LICENCE'),
    ).toBe('NONE');
  });
});
