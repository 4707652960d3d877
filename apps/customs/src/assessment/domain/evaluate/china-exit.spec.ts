import type { ArtworkAttributes, AssessmentRequest } from '../model';
import { anArtwork, aRequest } from '../../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../../testing/assessment-queries';

function exportFromChina(
  overrides: Partial<ArtworkAttributes>,
  request: Partial<AssessmentRequest> = {},
) {
  return assessWithFixtures(
    aRequest({
      exportCountry: 'CN',
      importCountry: 'FR',
      items: [anArtwork(overrides)],
      ...request,
    }),
  );
}

const ink = { category: 'PAINTING', technique: 'INK' } as const;
const oil = { category: 'PAINTING', technique: 'OIL' } as const;

describe('China exit of cultural relics (RULES.md section 2)', () => {
  describe.each<[string, string, Partial<ArtworkAttributes>, string]>([
    // CN-EXIT-1911: the 1911 line
    ['CN-EXIT-1911', 'ink painting of 1910', { ...ink, creationYear: 1910 }, 'PROHIBITED'],
    ['CN-EXIT-1911', 'ink painting of 1911', { ...ink, creationYear: 1911 }, 'PROHIBITED'],
    ['CN-EXIT-1911', 'ink painting of 1912', { ...ink, creationYear: 1912 }, 'NONE'],
    [
      'CN-EXIT-1911',
      'bronze of 1000 BC',
      { category: 'SCULPTURE', creationYear: -1000 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1911',
      'reproduction of 1900 (not a cultural item)',
      { category: 'REPRODUCTION', handExecuted: false, creationYear: 1900 },
      'NONE',
    ],
    // printed, not hand-executed, and still a cultural item
    [
      'CN-EXIT-1911',
      'printed book of 1850',
      { category: 'BOOK', technique: undefined, handExecuted: false, creationYear: 1850 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1911',
      'printed map of 1770',
      { category: 'MAP', technique: undefined, handExecuted: false, creationYear: 1770 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1911',
      'photograph of 1900',
      { category: 'PHOTOGRAPH', technique: undefined, handExecuted: false, creationYear: 1900 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1911',
      'mass-produced painting copy of 1900 (a reproduction, whatever its category)',
      { category: 'PAINTING', technique: undefined, handExecuted: false, creationYear: 1900 },
      'NONE',
    ],
    [
      'CN-EXIT-1949',
      'woodblock print of 1930, printed',
      { category: 'PRINT', technique: undefined, handExecuted: false, creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949-REVIEW',
      'printed book of 1930',
      { category: 'BOOK', technique: undefined, handExecuted: false, creationYear: 1930 },
      'REVIEW',
    ],
    [
      'CN-EXIT-1911',
      'printed book of 1990 (modern: ordinary goods)',
      { category: 'BOOK', technique: undefined, handExecuted: false, creationYear: 1990 },
      'NONE',
    ],
    // CN-EXIT-1949: 1912 and 1949 lines, by category
    [
      'CN-EXIT-1949',
      'oil painting of 1911 (the 1911 rule takes it)',
      { ...oil, creationYear: 1911 },
      'NONE',
    ],
    ['CN-EXIT-1949', 'oil painting of 1912', { ...oil, creationYear: 1912 }, 'PROHIBITED'],
    ['CN-EXIT-1949', 'oil painting of 1949', { ...oil, creationYear: 1949 }, 'PROHIBITED'],
    ['CN-EXIT-1949', 'oil painting of 1950', { ...oil, creationYear: 1950 }, 'NONE'],
    [
      'CN-EXIT-1949',
      'oil named only in the medium',
      { category: 'PAINTING', medium: 'Oil paint on canvas', creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'medium in Chinese (油画)',
      { category: 'PAINTING', technique: undefined, medium: '布面油画', creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'watercolour of 1930',
      { category: 'WATERCOLOUR', technique: undefined, creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'gouache of 1930',
      { category: 'GOUACHE', technique: undefined, creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'print of 1930',
      { category: 'PRINT', technique: undefined, creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'mural of 1930',
      { category: 'PAINTING', technique: 'MURAL', creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'rubbing of 1930',
      { category: 'CALLIGRAPHY', technique: 'RUBBING', creationYear: 1930 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1949',
      'ink portrait of 1930',
      { ...ink, portrait: true, creationYear: 1930 },
      'PROHIBITED',
    ],
    ['CN-EXIT-1949', 'ink painting of 1930', { ...ink, creationYear: 1930 }, 'NONE'],
    // CN-EXIT-1949-REVIEW: other cultural items of 1912-1949
    ['CN-EXIT-1949-REVIEW', 'ink painting of 1911', { ...ink, creationYear: 1911 }, 'NONE'],
    ['CN-EXIT-1949-REVIEW', 'ink painting of 1912', { ...ink, creationYear: 1912 }, 'REVIEW'],
    [
      'CN-EXIT-1949-REVIEW',
      'calligraphy of 1949',
      { category: 'CALLIGRAPHY', creationYear: 1949 },
      'REVIEW',
    ],
    [
      'CN-EXIT-1949-REVIEW',
      'sculpture of 1930',
      { category: 'SCULPTURE', technique: 'BRONZE', creationYear: 1930 },
      'REVIEW',
    ],
    ['CN-EXIT-1949-REVIEW', 'ink painting of 1950', { ...ink, creationYear: 1950 }, 'NONE'],
    [
      'CN-EXIT-1949-REVIEW',
      'oil painting of 1930 (prohibited instead)',
      { ...oil, creationYear: 1930 },
      'NONE',
    ],
    // CN-EXIT-1966: ethnic-minority items
    [
      'CN-EXIT-1966',
      'ethnic-minority item of 1965',
      { artist: { name: 'unknown', ethnicMinority: true }, creationYear: 1965 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1966',
      'ethnic-minority item of 1966',
      { artist: { name: 'unknown', ethnicMinority: true }, creationYear: 1966 },
      'PROHIBITED',
    ],
    [
      'CN-EXIT-1966',
      'ethnic-minority item of 1967',
      { artist: { name: 'unknown', ethnicMinority: true }, creationYear: 1967 },
      'NONE',
    ],
    [
      'CN-EXIT-1966',
      'other item of 1960',
      { artist: { name: 'unknown' }, creationYear: 1960 },
      'NONE',
    ],
    // CN-EXIT-PERMIT: pre-1949, not prohibited
    ['CN-EXIT-PERMIT', 'ink painting of 1949', { ...ink, creationYear: 1949 }, 'LICENCE_REQUIRED'],
    ['CN-EXIT-PERMIT', 'ink painting of 1948', { ...ink, creationYear: 1948 }, 'LICENCE_REQUIRED'],
    ['CN-EXIT-PERMIT', 'ink painting of 1950', { ...ink, creationYear: 1950 }, 'NONE'],
    [
      'CN-EXIT-PERMIT',
      'oil painting of 1930 (prohibited: no permit)',
      { ...oil, creationYear: 1930 },
      'NONE',
    ],
    [
      'CN-EXIT-PERMIT',
      'ink painting of 1900 (prohibited: no permit)',
      { ...ink, creationYear: 1900 },
      'NONE',
    ],
  ])('%s', (ruleId, what, overrides, effect) => {
    it(`${what} → ${effect}`, () => {
      expect(effectOf(exportFromChina(overrides), ruleId)).toBe(effect);
    });
  });

  it('none of the exit rules fire for an item leaving another country', () => {
    const assessment = assessWithFixtures(
      aRequest({
        exportCountry: 'GB',
        importCountry: 'CN',
        items: [
          anArtwork({
            ...oil,
            creationYear: 1800,
            artist: { name: 'Qi Baishi', ethnicMinority: true },
          }),
        ],
      }),
    );
    expect(
      assessment.items[0].findings.filter(
        (finding) => finding.ruleId.startsWith('CN-EXIT') || finding.ruleId.startsWith('CN-ARTIST'),
      ),
    ).toEqual([]);
  });

  it('an item made after 1 October 1949 by an unlisted artist is ordinary goods', () => {
    const assessment = exportFromChina({ ...ink, creationYear: 1985 });
    expect(assessment.outcome).toBe('CLEAR');
  });

  it('a date range reaching back across a line goes to review', () => {
    const straddling = exportFromChina({ ...ink, creationYear: 1905, creationYearEnd: 1915 });
    expect(effectOf(straddling, 'CN-EXIT-1911')).toBe('REVIEW');
    expect(findingsOf(straddling, 'CN-EXIT-1911')[0].message).toContain(
      'created 1905-1915, a range that reaches into the rule',
    );
    expect(effectOf(straddling, 'CN-EXIT-1949-REVIEW')).toBe('REVIEW');
    expect(
      effectOf(
        exportFromChina({ ...oil, creationYear: 1945, creationYearEnd: 1955 }),
        'CN-EXIT-1949',
      ),
    ).toBe('REVIEW');
    expect(
      effectOf(
        exportFromChina({ ...ink, creationYear: 1950, creationYearEnd: 1955 }),
        'CN-EXIT-1949-REVIEW',
      ),
    ).toBe('NONE');
  });

  describe('a range reaching back across a line needs the exit permit to be approved', () => {
    it('an ink painting of 1945-1955: the 1945 reading needs the permit, so the review asks for it', () => {
      const assessment = exportFromChina({ ...ink, creationYear: 1945, creationYearEnd: 1955 });
      const [finding] = findingsOf(assessment, 'CN-EXIT-1949-REVIEW');
      expect(finding).toMatchObject({ effect: 'REVIEW', licence: 'CN_EXIT_PERMIT' });
      expect(finding.message).toContain(
        'the exit review must date the item: licence CN_EXIT_PERMIT',
      );
      expect(effectOf(assessment, 'CN-EXIT-PERMIT')).toBe('NONE');
      expect(assessment.items[0].licencesRequired).toEqual(['CN_EXIT_PERMIT']);
      expect(assessment.outcome).toBe('REVIEW');
    });

    it.each<[string, string, Partial<ArtworkAttributes>]>([
      [
        'CN-EXIT-1949',
        'oil painting of 1945-1955 (1945: prohibited)',
        { ...oil, creationYear: 1945 },
      ],
      [
        'CN-EXIT-1911',
        'ink painting of 1905-1955 (1905: prohibited)',
        { ...ink, creationYear: 1905 },
      ],
      [
        'CN-EXIT-1966',
        "an ethnic minority's sculpture of 1960-1970 (1960: prohibited)",
        {
          category: 'SCULPTURE',
          creationYear: 1960,
          artist: { name: 'Anonymous', ethnicMinority: true },
        },
      ],
    ])('%s: %s', (ruleId, _what, overrides) => {
      const end = overrides.creationYear === 1960 ? 1970 : 1955;
      const assessment = exportFromChina({ ...overrides, creationYearEnd: end });
      expect(findingsOf(assessment, ruleId)).toMatchObject([
        { effect: 'REVIEW', licence: 'CN_EXIT_PERMIT' },
      ]);
      expect(assessment.items[0].licencesRequired).toEqual(['CN_EXIT_PERMIT']);
    });

    it('a range crossing 1911 inside the permit years asks for it once, as its later year does', () => {
      const assessment = exportFromChina({ ...ink, creationYear: 1905, creationYearEnd: 1915 });
      expect(findingsOf(assessment, 'CN-EXIT-1911')[0].licence).toBe('CN_EXIT_PERMIT');
      expect(effectOf(assessment, 'CN-EXIT-PERMIT')).toBe('LICENCE_REQUIRED');
      expect(assessment.items[0].licencesRequired).toEqual(['CN_EXIT_PERMIT']);
    });

    it('a range wholly after the line needs no permit', () => {
      const after1949 = exportFromChina({ ...ink, creationYear: 1950, creationYearEnd: 1955 });
      expect(after1949.items[0].licencesRequired).toEqual([]);
      expect(after1949.outcome).toBe('CLEAR');
      const after1966 = exportFromChina({
        category: 'SCULPTURE',
        creationYear: 1967,
        creationYearEnd: 1970,
        artist: { name: 'Anonymous', ethnicMinority: true },
      });
      expect(after1966.items[0].licencesRequired).toEqual([]);
      expect(after1966.outcome).toBe('CLEAR');
    });
  });

  describe('artist lists', () => {
    it.each([
      ['Qi Baishi', 1955],
      ['baishi qi', 1985],
      ['齐白石', 1950],
      ['Wu Guanzhong', 2005],
    ])('CN-ARTIST-ALL: a work by %s (%i) may not leave, whatever the year', (name, year) => {
      const assessment = exportFromChina({ ...ink, artist: { name }, creationYear: year });
      expect(effectOf(assessment, 'CN-ARTIST-ALL')).toBe('PROHIBITED');
      expect(assessment.outcome).toBe('PROHIBITED');
      expect(assessment.items[0].licencesRequired).toEqual([]);
    });

    it('CN-ARTIST-REP: a representative work of a listed artist goes to review with an exit permit', () => {
      const assessment = exportFromChina({
        ...ink,
        artist: { name: 'Wu Zuoren' },
        creationYear: 1980,
      });
      expect(effectOf(assessment, 'CN-ARTIST-REP')).toBe('REVIEW');
      expect(assessment.items[0].licencesRequired).toEqual(['CN_EXIT_PERMIT']);
      expect(assessment.outcome).toBe('REVIEW');
    });

    it('says the lists are incomplete for an unlisted painter, and nothing for other objects', () => {
      const painting = exportFromChina({
        ...ink,
        artist: { name: 'Zhou Someone' },
        creationYear: 1985,
      });
      expect(effectOf(painting, 'CN-ARTIST-ALL')).toBe('INFO');
      expect(findingsOf(painting, 'CN-ARTIST-ALL')[0].message).toContain(
        'to be confirmed: the list of 41 artists',
      );
      expect(effectOf(painting, 'CN-ARTIST-REP')).toBe('INFO');
      const sculpture = exportFromChina({
        category: 'SCULPTURE',
        artist: { name: 'Zhou Someone' },
        creationYear: 1985,
      });
      expect(effectOf(sculpture, 'CN-ARTIST-ALL')).toBe('NONE');
    });

    it.each(['REPRODUCTION', 'PRINT'] as const)(
      'does not apply the lists to a printed copy of a listed artist (%s, not hand-executed)',
      (category) => {
        const assessment = exportFromChina({
          category,
          handExecuted: false,
          artist: { name: 'Qi Baishi' },
          creationYear: 2000,
        });
        expect(effectOf(assessment, 'CN-ARTIST-ALL')).toBe('NONE');
        expect(assessment.outcome).not.toBe('PROHIBITED');
      },
    );

    it('applies the 2023 lists only from their date', () => {
      const before = exportFromChina(
        { ...ink, artist: { name: 'Qi Baishi' }, creationYear: 1955 },
        { date: '2022-12-31' },
      );
      expect(effectOf(before, 'CN-ARTIST-ALL')).toBe('NONE');
    });
  });

  describe('CN-EXIT-REEXPORT: return of an item temporarily imported', () => {
    it('turns the exit prohibitions into a verification against the entry registration', () => {
      const assessment = exportFromChina(
        { ...oil, creationYear: 1850, originCountry: 'GB', artist: { name: 'J. M. W. Turner' } },
        { purpose: 'RETURN', importCountry: 'GB' },
      );
      expect(effectOf(assessment, 'CN-EXIT-REEXPORT')).toBe('INFO');
      expect(effectOf(assessment, 'CN-EXIT-1911')).toBe('REVIEW');
      expect(findingsOf(assessment, 'CN-EXIT-1911')[0].message).toContain(
        'prohibition lifted by CN-EXIT-REEXPORT',
      );
      expect(assessment.items[0].licencesRequired).toContain('CN_EXIT_PERMIT');
      expect(assessment.outcome).toBe('REVIEW');
    });

    it('does not fire for a sale', () => {
      const assessment = exportFromChina({ ...oil, creationYear: 1850 });
      expect(effectOf(assessment, 'CN-EXIT-REEXPORT')).toBe('NONE');
      expect(assessment.outcome).toBe('PROHIBITED');
    });
  });

  it('every finding carries rule id, version, effect, message and source', () => {
    const assessment = exportFromChina({ ...ink, creationYear: 1930 });
    for (const finding of assessment.items[0].findings) {
      expect(finding.ruleId).toMatch(/^[A-Z0-9-]+$/);
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.source.length).toBeGreaterThan(10);
      expect(finding.ruleVersion).toBeGreaterThanOrEqual(0);
    }
    expect(findingsOf(assessment, 'CN-EXIT-1949-REVIEW')[0]).toMatchObject({
      effect: 'REVIEW',
      licence: 'CN_EXIT_PERMIT',
      message:
        'created 1930: other cultural item of 1912-1949 (e.g. ink painting, calligraphy, sculpture), exit review by a designated institution',
    });
  });
});
