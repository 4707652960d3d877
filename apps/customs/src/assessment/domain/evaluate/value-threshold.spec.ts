import { formatAmount, parseMoney, type Money } from '@artbridge/money';
import type { ArtworkAttributes, AssessmentRequest } from '../model';
import { anArtwork, aRequest, eur } from '../../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../../testing/assessment-queries';
import { noFx } from '../../testing/fx-fixture';

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

/** Declared 2026-04-13: 1975 is 51 years old, 1976 exactly 50. */
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
