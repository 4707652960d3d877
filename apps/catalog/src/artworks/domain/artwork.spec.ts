import {
  ArtworkAttributes,
  artworkRuleViolations,
  canonicalMaterial,
  latestCreationYear,
  revaluationRefusal,
} from './artwork';

const today = new Date('2026-11-24T00:00:00Z');
const valid: ArtworkAttributes = {
  title: 'Shan Shui',
  artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
  creationYear: 1985,
  category: 'PAINTING',
  handExecuted: true,
  value: { minor: 120000000n, currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'CN',
};

describe('artworkRuleViolations', () => {
  it('accepts a consistent artwork, BCE years included', () => {
    expect(artworkRuleViolations(valid, today)).toEqual([]);
    expect(
      artworkRuleViolations(
        { ...valid, artist: { name: 'unknown' }, creationYear: -200, category: 'ARCHAEOLOGICAL' },
        today,
      ),
    ).toEqual([]);
  });

  it('names every field that cannot be true', () => {
    const problems = artworkRuleViolations(
      {
        ...valid,
        creationYear: 2027,
        artist: { name: 'X', birthYear: 2000, deathYear: 1990 },
        category: 'REPRODUCTION',
      },
      today,
    ).map((v) => v.message);
    expect(problems).toEqual([
      'creationYear must not be in the future (after 2026)',
      'artist.deathYear must not be before artist.birthYear',
      'handExecuted must be false for a REPRODUCTION',
    ]);
  });

  it('reads an explicit null for an optional year as not given, never as the year 0', () => {
    // as a JSON request sends it: "deathYear": null, "creationYearEnd": null
    const withNulls = {
      ...valid,
      artist: { name: 'Anonymous', birthYear: null, deathYear: null },
      creationYear: -200,
      creationYearEnd: null,
      category: 'ARCHAEOLOGICAL',
      materials: [{ material: 'IVORY', acquiredYear: null }],
    } as unknown as ArtworkAttributes;
    expect(artworkRuleViolations(withNulls, today)).toEqual([]);
    const bornKnown = {
      ...valid,
      artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: null },
      creationYearEnd: null,
    } as unknown as ArtworkAttributes;
    expect(artworkRuleViolations(bornKnown, today)).toEqual([]);
  });

  it('refuses a work made before its artist was born', () => {
    expect(
      artworkRuleViolations({ ...valid, creationYear: 1900 }, today).map((v) => v.field),
    ).toEqual(['creationYear']);
  });

  it('accepts the full model: a date range, materials, dimensions and a provenance chain', () => {
    expect(
      artworkRuleViolations(
        {
          ...valid,
          artist: { ...valid.artist, ethnicMinority: false },
          creationYear: 1980,
          creationYearEnd: 1985,
          portrait: false,
          materials: [{ material: 'ROSEWOOD', weightGrams: 450, acquiredYear: 1985 }],
          dimensions: { heightCm: 68.5, widthCm: 137 },
          provenance: [
            { year: 1979, owner: 'Commissioned by the Beijing Hotel', event: 'Commission' },
            { year: 2026, owner: 'Private collection', event: 'Sale' },
          ],
        },
        today,
      ),
    ).toEqual([]);
  });

  it('refuses a range that ends before it starts, or in the future', () => {
    const messagesOf = (attributes: ArtworkAttributes) =>
      artworkRuleViolations(attributes, today).map((v) => v.message);
    expect(messagesOf({ ...valid, creationYearEnd: 1984 })).toEqual([
      'creationYearEnd must not be before creationYear',
    ]);
    expect(messagesOf({ ...valid, creationYearEnd: 2030 })).toEqual([
      'creationYearEnd must not be in the future (after 2026)',
    ]);
  });

  it('refuses a material acquired after the work was finished, and provenance in the future', () => {
    const problems = artworkRuleViolations(
      {
        ...valid,
        creationYear: 1950,
        creationYearEnd: 1955,
        materials: [
          { material: 'IVORY', acquiredYear: 1955 },
          { material: 'CORAL', acquiredYear: 1990 },
        ],
        provenance: [
          { year: 1960, owner: 'A', event: 'Sale' },
          { year: 2031, owner: 'B', event: 'Sale' },
        ],
      },
      today,
    ).map((v) => v.message);
    expect(problems).toEqual([
      'materials.1.acquiredYear must not be after the work was made (1955)',
      'provenance.1.year must not be in the future (after 2026)',
    ]);
  });

  it('counts age from the last year of a range', () => {
    expect(latestCreationYear({ ...valid, creationYear: -200, creationYearEnd: -150 })).toBe(-150);
    expect(latestCreationYear(valid)).toBe(1985);
  });
});

describe('canonicalMaterial', () => {
  it('reads the CITES codes however they are written, and keeps other materials as given', () => {
    expect(canonicalMaterial('ivory')).toBe('IVORY');
    expect(canonicalMaterial(' Dalbergia nigra ')).toBe('DALBERGIA_NIGRA');
    expect(canonicalMaterial('dalbergia-nigra')).toBe('DALBERGIA_NIGRA');
    expect(canonicalMaterial('Oak veneer')).toBe('Oak veneer');
  });
});

describe('revaluationRefusal', () => {
  it('lets the value of an AVAILABLE artwork change, and of no other', () => {
    expect(revaluationRefusal('a1', 'AVAILABLE')).toBeUndefined();
    for (const status of ['RESERVED', 'IN_TRANSIT', 'EXPORTED', 'ON_LOAN'] as const) {
      expect(revaluationRefusal('a1', status)).toBe(
        `artwork a1 is ${status}: its value can change only while it is AVAILABLE`,
      );
    }
  });
});
