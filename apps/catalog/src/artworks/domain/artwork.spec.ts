import { ArtworkAttributes, artworkRuleViolations } from './artwork';

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

  it('refuses a work made before its artist was born', () => {
    expect(
      artworkRuleViolations({ ...valid, creationYear: 1900 }, today).map((v) => v.field),
    ).toEqual(['creationYear']);
  });
});
