import type { ArtworkAttributes } from '../model';
import { anArtwork, aRequest } from '../../testing/artwork-builder';
import { assessWithFixtures, findingsOf } from '../../testing/assessment-queries';

/** Declared 2026-04-13: age = 2026 - year, so 1926 is exactly 100 and 1776 exactly 250. */
function classify(overrides: Partial<ArtworkAttributes>, date = '2026-04-13') {
  const assessment = assessWithFixtures(
    aRequest({ exportCountry: 'GB', importCountry: 'US', date, items: [anArtwork(overrides)] }),
  );
  const item = assessment.items[0];
  const ruleIds = item.findings
    .filter((finding) => finding.ruleId.startsWith('HS-'))
    .map((finding) => finding.ruleId);
  return { hsCode: item.hsCode, ruleIds, assessment };
}

describe('HS 2022 Chapter 97 classification (RULES.md section 1)', () => {
  it.each<[string, Partial<ArtworkAttributes>, string | null, string]>([
    // HS-9701: the 100-year line
    ['painting aged 101', { category: 'PAINTING', creationYear: 1925 }, '9701.21', 'HS-9701'],
    [
      'painting aged exactly 100',
      { category: 'PAINTING', creationYear: 1926 },
      '9701.91',
      'HS-9701',
    ],
    ['painting aged 99', { category: 'PAINTING', creationYear: 1927 }, '9701.91', 'HS-9701'],
    ['watercolour aged 101', { category: 'WATERCOLOUR', creationYear: 1925 }, '9701.21', 'HS-9701'],
    ['calligraphy aged 100', { category: 'CALLIGRAPHY', creationYear: 1926 }, '9701.91', 'HS-9701'],
    ['pastel, drawing, gouache', { category: 'GOUACHE', creationYear: 2000 }, '9701.91', 'HS-9701'],
    // the age counts from the later year of a range
    [
      'painting 1920-1927 (later year 99)',
      { category: 'PAINTING', creationYear: 1920, creationYearEnd: 1927 },
      '9701.91',
      'HS-9701',
    ],
    [
      'an 1850 painting is 9701, not an antique',
      { category: 'PAINTING', creationYear: 1850 },
      '9701.21',
      'HS-9701',
    ],
    // HS-9701-MOSAIC, HS-9701-COLLAGE
    ['mosaic aged 101', { category: 'MOSAIC', creationYear: 1925 }, '9701.22', 'HS-9701-MOSAIC'],
    ['mosaic aged 100', { category: 'MOSAIC', creationYear: 1926 }, '9701.92', 'HS-9701-MOSAIC'],
    ['collage aged 101', { category: 'COLLAGE', creationYear: 1925 }, '9701.29', 'HS-9701-COLLAGE'],
    ['collage aged 100', { category: 'COLLAGE', creationYear: 1926 }, '9701.99', 'HS-9701-COLLAGE'],
    // HS-9702
    ['original print aged 101', { category: 'PRINT', creationYear: 1925 }, '9702.10', 'HS-9702'],
    ['original print aged 100', { category: 'PRINT', creationYear: 1926 }, '9702.90', 'HS-9702'],
    // HS-9703: an 18th-century sculpture is still 9703, not 9706
    ['sculpture aged 101', { category: 'SCULPTURE', creationYear: 1925 }, '9703.10', 'HS-9703'],
    ['sculpture aged 100', { category: 'SCULPTURE', creationYear: 1926 }, '9703.90', 'HS-9703'],
    ['sculpture aged 300', { category: 'SCULPTURE', creationYear: 1726 }, '9703.10', 'HS-9703'],
    // HS-9705: any age, BCE included
    [
      'archaeological object of 200 BC',
      { category: 'ARCHAEOLOGICAL', creationYear: -200 },
      '9705.10',
      'HS-9705',
    ],
    [
      "recent collectors' piece",
      { category: 'COLLECTORS_PIECE', creationYear: 2000 },
      '9705.10',
      'HS-9705',
    ],
    // HS-9706: 100 and 250-year lines
    ['antique aged 251', { category: 'ANTIQUE', creationYear: 1775 }, '9706.10', 'HS-9706'],
    ['antique aged exactly 250', { category: 'ANTIQUE', creationYear: 1776 }, '9706.90', 'HS-9706'],
    ['antique aged 249', { category: 'ANTIQUE', creationYear: 1777 }, '9706.90', 'HS-9706'],
    ['antique aged 101', { category: 'ANTIQUE', creationYear: 1925 }, '9706.90', 'HS-9706'],
    ['map aged 300', { category: 'MAP', creationYear: 1726 }, '9706.10', 'HS-9706'],
    [
      'an 1850 printed reproduction is an antique',
      { category: 'REPRODUCTION', handExecuted: false, creationYear: 1850 },
      '9706.90',
      'HS-9706',
    ],
    // HS-REPRO
    [
      'reproduction',
      { category: 'REPRODUCTION', handExecuted: false, creationYear: 2000 },
      '4911.91',
      'HS-REPRO',
    ],
    [
      'reproduction aged exactly 100',
      { category: 'REPRODUCTION', handExecuted: false, creationYear: 1926 },
      '4911.91',
      'HS-REPRO',
    ],
    [
      'painting not executed by hand',
      { category: 'PAINTING', handExecuted: false, creationYear: 2000 },
      '4911.91',
      'HS-REPRO',
    ],
    [
      'photomechanical print',
      { category: 'PRINT', handExecuted: false, creationYear: 1990 },
      '4911.91',
      'HS-REPRO',
    ],
    ['photograph', { category: 'PHOTOGRAPH', creationYear: 1990 }, '4911.91', 'HS-REPRO'],
  ])('%s → %s by %s', (_what, overrides, hsCode, ruleId) => {
    const result = classify(overrides);
    expect(result.hsCode).toBe(hsCode);
    expect(result.ruleIds).toEqual([ruleId]);
  });

  it.each<[string, Partial<ArtworkAttributes>, string]>([
    [
      'antique aged exactly 100 (not an antique)',
      { category: 'ANTIQUE', creationYear: 1926 },
      'over 100 years',
    ],
    ['book aged 50', { category: 'BOOK', creationYear: 1976 }, '4901'],
    ['map aged 100', { category: 'MAP', creationYear: 1926 }, '4905'],
    ['manuscript aged 20', { category: 'MANUSCRIPT', creationYear: 2006 }, '4906'],
    [
      'mass-produced sculpture',
      { category: 'SCULPTURE', handExecuted: false, creationYear: 2000 },
      'not an original',
    ],
  ])('%s gets no code and an explicit not-classifiable finding', (_what, overrides, reason) => {
    const result = classify(overrides);
    expect(result.hsCode).toBeNull();
    expect(result.ruleIds).toEqual(['HS-UNCLASSIFIED']);
    const [finding] = findingsOf(result.assessment, 'HS-UNCLASSIFIED');
    expect(finding).toMatchObject({ effect: 'INFO', ruleVersion: 0 });
    expect(finding.message).toContain(reason);
    expect(finding.message).toContain('not classifiable');
  });

  it('rules that must not fire: 9701 does not take a reproduction, 9706 does not take a young antique', () => {
    expect(classify({ category: 'PAINTING', handExecuted: false }).ruleIds).not.toContain(
      'HS-9701',
    );
    expect(classify({ category: 'ANTIQUE', creationYear: 1990 }).ruleIds).not.toContain('HS-9706');
    expect(classify({ category: 'SCULPTURE', creationYear: 1700 }).ruleIds).not.toContain(
      'HS-9706',
    );
    expect(classify({ category: 'PAINTING', creationYear: 2000 }).ruleIds).not.toContain(
      'HS-REPRO',
    );
  });

  it('applies no HS 2022 code before HS 2022 entered into force', () => {
    const result = classify({ category: 'PAINTING' }, '2021-12-31');
    expect(result.hsCode).toBeNull();
    expect(findingsOf(result.assessment, 'HS-UNCLASSIFIED')[0].message).toContain(
      'no HS 2022 classification rule was in force',
    );
    expect(classify({ category: 'PAINTING' }, '2022-01-01').hsCode).toBe('9701.91');
  });

  it('reports the code and the age in a plain message', () => {
    const [finding] = findingsOf(
      classify({ category: 'PAINTING', creationYear: 1850 }).assessment,
      'HS-9701',
    );
    expect(finding.message).toBe(
      'HS 9701.21: painting, drawing or pastel executed entirely by hand, 176 years old (over 100)',
    );
    expect(finding.source).toContain('HS 2022');
  });
});
