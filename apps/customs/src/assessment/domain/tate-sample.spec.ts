import { parseMoney } from '@artbridge/money';
import { readTateRecords, tateSampleFile } from '../testing/tate-sample';
import { assessWithFixtures } from '../testing/assessment-queries';
import type { Assessment, AssessmentRequest } from './model';
import { tateToAttributes, type TateRecord } from './tate-to-attributes';

const file = tateSampleFile();
const records = readTateRecords(file);
const value = parseMoney('20000.00', 'GBP');

function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const entry of values) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${String(count).padStart(6)}  ${key}`)
    .join('\n');
}

function assessAll(
  route: Pick<AssessmentRequest, 'exportCountry' | 'importCountry'>,
  tate: readonly TateRecord[],
): Assessment[] {
  return tate.map((record) =>
    assessWithFixtures({
      ...route,
      purpose: 'SALE',
      date: '2026-04-13',
      items: [tateToAttributes(record, { value })],
    }),
  );
}

describe('the real Tate sample (../shared/data/tate-artworks.jsonl)', () => {
  it('maps and assesses all 4,902 records for GB→CN and CN→FR without an error', () => {
    if (!records) {
      console.warn(
        `Tate sample not assessed: ${file} does not exist (set ARTBRIDGE_SAMPLE_DATA to the shared data folder)`,
      );
      return;
    }
    expect(records).toHaveLength(4902);
    for (const route of [
      { exportCountry: 'GB', importCountry: 'CN' },
      { exportCountry: 'CN', importCountry: 'FR' },
    ]) {
      const started = performance.now();
      const assessments = assessAll(route, records);
      const elapsed = performance.now() - started;
      const items = assessments.map((assessment) => assessment.items[0]);
      expect(items).toHaveLength(4902);
      for (const item of items) {
        expect(
          item.hsCode !== null ||
            item.findings.some((finding) => finding.ruleId === 'HS-UNCLASSIFIED'),
        ).toBe(true);
      }
      const duties = assessments.map((assessment) => assessment.duties!);
      expect(duties.every((entry) => entry !== null)).toBe(true);
      console.log(
        [
          `Tate ${route.exportCountry}→${route.importCountry}: ${items.length} items in ${elapsed.toFixed(0)} ms`,
          'outcome:',
          tally(assessments.map((assessment) => assessment.outcome)),
          'HS code:',
          tally(items.map((item) => item.hsCode ?? 'not classifiable')),
          'findings (rule id and effect):',
          tally(
            items.flatMap((item) =>
              item.findings.map((finding) => `${finding.ruleId} ${finding.effect}`),
            ),
          ),
        ].join('\n'),
      );
    }
  });

  it('maps a record with no dates to the range up to its acquisition', () => {
    const attributes = tateToAttributes(
      {
        acno: 'T00001',
        title: 'Self-Portrait',
        contributors: [
          { fc: 'Someone', role: 'after' },
          { fc: 'Jane Painter', role: 'artist', birthYear: 1900 },
        ],
        startYear: null,
        endYear: null,
        acquisitionYear: 1950,
        classification: 'on paper, unique',
        medium: 'Watercolour and graphite on paper',
      },
      { value },
    );
    expect(attributes).toMatchObject({
      artist: { name: 'Jane Painter', birthYear: 1900 },
      creationYear: 1900,
      creationYearEnd: 1950,
      category: 'WATERCOLOUR',
      technique: 'WATERCOLOUR',
      portrait: true,
      handExecuted: true,
    });
  });

  it.each([
    ['painting', 'Oil paint on canvas', 'PAINTING', 'OIL', true],
    ['on paper, print', 'Photolithograph on paper', 'PRINT', 'PRINTMAKING', false],
    ['on paper, print', 'Etching on paper', 'PRINT', 'PRINTMAKING', true],
    ['on paper, unique', 'Graphite on paper', 'DRAWING', 'GRAPHITE', true],
    ['on paper, unique', 'Gouache on paper', 'GOUACHE', 'GOUACHE', true],
    ['sculpture', 'Bronze', 'SCULPTURE', 'BRONZE', true],
    ['installation', 'Video, monitor, colour and sound (stereo)', 'PHOTOGRAPH', 'FILM', true],
    ['installation', 'Wood, glass, felt, oil paint and paper', 'SCULPTURE', 'OIL', true],
    [null, null, 'ANTIQUE', undefined, true],
  ])('maps %s / %s to %s (%s)', (classification, medium, category, technique, handExecuted) => {
    const record: TateRecord = {
      acno: 'X',
      title: 'x',
      contributors: [],
      startYear: 1990,
      endYear: 1990,
      classification,
      medium,
    };
    expect(tateToAttributes(record, { value })).toMatchObject({
      category,
      technique,
      handExecuted,
    });
  });
});
