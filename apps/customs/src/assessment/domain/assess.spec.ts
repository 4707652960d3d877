import fc from 'fast-check';
import { ARTWORK_CATEGORIES, type ArtworkCategory } from '@artbridge/contracts';
import { anArtwork, aRequest, eur } from '../testing/artwork-builder';
import { assessWithFixtures, effectOf } from '../testing/assessment-queries';
import { fixtureFx } from '../testing/fx-fixture';
import { assess, InvalidAssessmentRequestError, strictestOutcome } from './assess';
import {
  FINDING_EFFECTS,
  type ArtworkAttributes,
  type AssessmentRequest,
  type Outcome,
} from './model';
import { CUSTOMS_RULE_BOOK } from './rules';

const COUNTRIES = ['CN', 'FR', 'DE', 'IT', 'HU', 'DK', 'GB', 'US', 'JP', 'SG', 'CH', 'AU'];
const DATES = [
  '2026-04-13',
  '2026-04-12',
  '2026-03-31',
  '2025-06-27',
  '2025-06-28',
  '2024-01-01',
  '2023-06-01',
  '2021-12-31',
];
const RANK: Record<Outcome, number> = { CLEAR: 0, REVIEW: 1, PROHIBITED: 2 };

const anyMaterial = fc.record(
  {
    material: fc.constantFrom(
      'IVORY',
      'TORTOISESHELL',
      'ROSEWOOD',
      'DALBERGIA_NIGRA',
      'CORAL',
      'OAK',
    ),
    weightGrams: fc.integer({ min: 0, max: 5_000 }),
    acquiredYear: fc.integer({ min: 1900, max: 2026 }),
    volumePercent: fc.integer({ min: 0, max: 100 }),
  },
  { requiredKeys: ['material'] },
);

/** Any item the HTTP layer would accept. */
const anyItem: fc.Arbitrary<ArtworkAttributes> = fc
  .record({
    category: fc.constantFrom(...ARTWORK_CATEGORIES),
    creationYear: fc.integer({ min: -3000, max: 2026 }),
    span: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    handExecuted: fc.boolean(),
    technique: fc.option(
      fc.constantFrom('OIL', 'INK', 'ACRYLIC', 'BRONZE', 'MURAL', 'RUBBING', 'THANGKA'),
      { nil: undefined },
    ),
    medium: fc.option(
      fc.constantFrom('Oil paint on canvas', 'Ink on paper', '布面油画', 'Bronze', ''),
      { nil: undefined },
    ),
    portrait: fc.boolean(),
    musicalInstrument: fc.boolean(),
    artistName: fc.oneof(
      fc.constantFrom('Qi Baishi', '张大千', 'Wu Zuoren', 'William Blake', 'Baishi Qi'),
      fc.string({ maxLength: 20 }),
    ),
    ethnicMinority: fc.boolean(),
    materials: fc.array(anyMaterial, { maxLength: 2 }),
    minor: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    currency: fc.constantFrom('EUR', 'USD', 'GBP', 'CNY', 'JPY', 'CHF', 'KRW'),
    ownedByCreator: fc.boolean(),
    originCountry: fc.constantFrom('CN', 'FR', 'GB', 'US', 'IT'),
    dimensions: fc.option(
      fc.record({
        heightCm: fc.integer({ min: 1, max: 400 }),
        widthCm: fc.integer({ min: 1, max: 400 }),
      }),
      { nil: undefined },
    ),
  })
  .map((generated) => ({
    title: 'generated',
    artist: { name: generated.artistName, ethnicMinority: generated.ethnicMinority },
    creationYear: generated.creationYear,
    creationYearEnd:
      generated.span === undefined
        ? undefined
        : Math.min(2026, generated.creationYear + generated.span),
    category: generated.category,
    technique: generated.technique,
    medium: generated.medium,
    handExecuted: generated.category === 'REPRODUCTION' ? false : generated.handExecuted,
    portrait: generated.portrait,
    musicalInstrument: generated.musicalInstrument,
    materials: generated.materials,
    dimensions: generated.dimensions,
    value: { minor: generated.minor, currency: generated.currency },
    ownedByCreator: generated.ownedByCreator,
    originCountry: generated.originCountry,
  }));

const anyShipment = fc.record({
  exportCountry: fc.constantFrom(...COUNTRIES),
  importCountry: fc.constantFrom(...COUNTRIES),
  purpose: fc.constantFrom('SALE' as const, 'TEMPORARY_EXHIBITION' as const, 'RETURN' as const),
  date: fc.constantFrom(...DATES),
  ftzBonded: fc.boolean(),
});

const run = (request: AssessmentRequest) =>
  assess(request, { rules: CUSTOMS_RULE_BOOK, fx: fixtureFx });

describe('assess', () => {
  it('gives the strictest item outcome: PROHIBITED > REVIEW (review or licence) > CLEAR', () => {
    expect(strictestOutcome([])).toBe('CLEAR');
    expect(strictestOutcome(['CLEAR', 'REVIEW', 'CLEAR'])).toBe('REVIEW');
    expect(strictestOutcome(['REVIEW', 'PROHIBITED', 'CLEAR'])).toBe('PROHIBITED');
    const assessment = assessWithFixtures(
      aRequest({
        exportCountry: 'FR',
        importCountry: 'US',
        items: [
          anArtwork({ creationYear: 2000 }),
          anArtwork({ creationYear: 1900, value: eur('200000.00') }),
          anArtwork({ creationYear: 1990, materials: [{ material: 'IVORY', acquiredYear: 1990 }] }),
        ],
      }),
    );
    expect(assessment.items.map((item) => item.outcome)).toEqual(['CLEAR', 'REVIEW', 'PROHIBITED']);
    expect(assessment.outcome).toBe('PROHIBITED');
    expect(assessment.items[1].licencesRequired).toEqual(['EU_EXPORT_LICENCE']);
  });

  it('lists the strictest findings first and no licence for a prohibited item', () => {
    const assessment = assessWithFixtures(
      aRequest({
        items: [anArtwork({ category: 'PAINTING', technique: 'OIL', creationYear: 1930 })],
      }),
    );
    const item = assessment.items[0];
    expect(item.findings.map((finding) => finding.effect)).toEqual(
      [...item.findings.map((finding) => finding.effect)].sort(
        (a, b) => FINDING_EFFECTS.indexOf(a) - FINDING_EFFECTS.indexOf(b),
      ),
    );
    expect(item.findings[0]).toMatchObject({ ruleId: 'CN-EXIT-1949', effect: 'PROHIBITED' });
    expect(item.licencesRequired).toEqual([]);
  });

  it('reports the date and rule book it assessed under, defaulting the date to today', () => {
    const assessment = assess(
      { ...aRequest(), date: undefined },
      { rules: CUSTOMS_RULE_BOOK, fx: fixtureFx, today: new Date('2026-04-12T23:30:00Z') },
    );
    expect(assessment).toMatchObject({
      date: '2026-04-12',
      ruleBookVersion: CUSTOMS_RULE_BOOK.version,
    });
  });

  it('refuses a request it cannot assess, naming each field', () => {
    const bad = aRequest({
      exportCountry: 'china',
      date: '2026-02-30',
      items: [
        anArtwork({ creationYear: 1900.5, value: { minor: -1n, currency: 'EUR' } }),
        anArtwork({ category: 'FRESCO' as ArtworkCategory, value: { minor: 1n, currency: 'XAU' } }),
      ],
    });
    expect(() => run(bad)).toThrow(InvalidAssessmentRequestError);
    try {
      run(bad);
    } catch (error) {
      expect((error as InvalidAssessmentRequestError).problems).toEqual([
        "date '2026-02-30' is not a yyyy-mm-dd calendar date",
        'exportCountry must be an ISO 3166-1 alpha-2 code',
        'items[0].creationYear must be an integer (negative for BCE)',
        'items[0].value.amount must be a non-negative amount',
        expect.stringMatching(/^items\[1\]\.category 'FRESCO' is not one of PAINTING/),
        "items[1].value.currency 'XAU' is not an ISO 4217 currency",
      ]);
    }
  });

  it('assesses a shipment with no items as CLEAR', () => {
    expect(run(aRequest({ items: [] }))).toMatchObject({ outcome: 'CLEAR', items: [] });
  });

  describe('properties', () => {
    it('never throws on a valid request; every item gets an HS code or an explicit not-classifiable finding', () => {
      fc.assert(
        fc.property(anyShipment, fc.array(anyItem, { maxLength: 4 }), (shipment, items) => {
          const assessment = run({ ...shipment, items });
          expect(assessment.items).toHaveLength(items.length);
          for (const item of assessment.items) {
            const unclassified = item.findings.filter(
              (finding) => finding.ruleId === 'HS-UNCLASSIFIED',
            );
            expect(unclassified).toHaveLength(item.hsCode === null ? 1 : 0);
            if (item.hsCode !== null) expect(item.hsCode).toMatch(/^\d{4}\.\d{2}$/);
          }
        }),
        { numRuns: 400 },
      );
    });

    it('adding an item never makes the outcome less strict, nor changes the other items', () => {
      fc.assert(
        fc.property(
          anyShipment,
          fc.array(anyItem, { maxLength: 3 }),
          anyItem,
          (shipment, items, extra) => {
            const before = run({ ...shipment, items });
            const after = run({ ...shipment, items: [...items, extra] });
            expect(RANK[after.outcome]).toBeGreaterThanOrEqual(RANK[before.outcome]);
            expect(after.items.slice(0, items.length)).toEqual(before.items);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('every finding carries rule id, effect, message and source; licences only on items that are not prohibited', () => {
      fc.assert(
        fc.property(
          anyShipment,
          fc.array(anyItem, { minLength: 1, maxLength: 3 }),
          (shipment, items) => {
            for (const item of run({ ...shipment, items }).items) {
              for (const finding of item.findings) {
                expect(finding.ruleId).toMatch(/^[A-Z0-9-]+$/);
                expect(FINDING_EFFECTS).toContain(finding.effect);
                expect(finding.message.trim()).not.toBe('');
                expect(finding.source.trim()).not.toBe('');
              }
              const prohibited = item.findings.some((finding) => finding.effect === 'PROHIBITED');
              expect(item.outcome === 'PROHIBITED').toBe(prohibited);
              if (prohibited) expect(item.licencesRequired).toEqual([]);
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it('duty totals are the sums of the computed lines, exactly', () => {
      fc.assert(
        fc.property(
          anyShipment,
          fc.array(anyItem, { minLength: 1, maxLength: 4 }),
          (shipment, items) => {
            const { duties } = run({ ...shipment, items });
            if (!duties) return;
            const computed = duties.lines.flatMap((line) =>
              line.status === 'COMPUTED' ? [line] : [],
            );
            const sum = (pick: (line: (typeof computed)[number]) => bigint) =>
              computed.reduce((total, line) => total + pick(line), 0n);
            expect(duties.customsValue.minor).toBe(sum((line) => line.customsValue.minor));
            expect(duties.duty.minor).toBe(sum((line) => line.duty.minor));
            expect(duties.vat.minor).toBe(sum((line) => line.vat.minor));
            expect(duties.total.minor).toBe(duties.duty.minor + duties.vat.minor);
            expect(duties.complete).toBe(computed.length === duties.lines.length);
            for (const line of computed)
              expect([line.customsValue.currency, line.duty.currency, line.vat.currency]).toEqual([
                duties.currency,
                duties.currency,
                duties.currency,
              ]);
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  it('a 200 BC archaeological object from China to France: prohibited to leave, licence to enter', () => {
    const assessment = assessWithFixtures(
      aRequest({
        items: [
          anArtwork({ category: 'ARCHAEOLOGICAL', creationYear: -200, value: eur('5000.00') }),
        ],
      }),
    );
    expect(assessment.items[0].hsCode).toBe('9705.10');
    expect(effectOf(assessment, 'CN-EXIT-1911')).toBe('PROHIBITED');
    expect(effectOf(assessment, 'EU-IMP-LICENCE')).toBe('LICENCE_REQUIRED');
    expect(assessment.outcome).toBe('PROHIBITED');
  });
});
