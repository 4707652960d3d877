// The real Tate extract (../shared/data/tate-artworks.jsonl, 4,902 records): every distinct
// dimensions text through parseDimensions, every line through parseImportLine. The file lives
// outside the repository; when it is absent the tests say why and pass without checking.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ARTWORK_CATEGORIES } from '@artbridge/contracts';
import type { Money } from '@artbridge/money';
import { artworkRuleViolations } from '../../artworks/domain/artwork';
import { parseDimensions } from './dimensions';
import { parseImportLine } from './import-line';

const SAMPLE_FILE = 'tate-artworks.jsonl';

function repositoryRoot(from: string): string {
  let directory = from;
  while (!existsSync(join(directory, 'nx.json')) && dirname(directory) !== directory)
    directory = dirname(directory);
  return directory;
}

function loadSample(): { lines: string[] } | { missing: string } {
  const dataDirectory =
    process.env['ARTBRIDGE_SAMPLE_DATA'] ?? join(repositoryRoot(__dirname), '..', 'shared', 'data');
  const path = join(dataDirectory, SAMPLE_FILE);
  if (!existsSync(path)) {
    return {
      missing: `${path} not found (set ARTBRIDGE_SAMPLE_DATA to the folder holding ${SAMPLE_FILE}): real-data checks not run`,
    };
  }
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // the file ends with a newline
  return { lines };
}

const sample = loadSample();
const defaultValue: Money = { minor: 100_000n, currency: 'GBP' };
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('the real Tate extract', () => {
  it('parses every distinct dimensions text without throwing', () => {
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    const texts = new Set<string>();
    let nullTexts = 0;
    for (const line of sample.lines) {
      const dimensions = (JSON.parse(line) as { dimensions: string | null }).dimensions;
      if (dimensions === null) nullTexts += 1;
      else texts.add(dimensions);
    }
    const counts = {
      parsed: 0,
      withMainPart: 0,
      variableOnly: 0,
      durationOnly: 0,
      weightOnly: 0,
      empty: 0,
    };
    const unparsed: string[] = [];
    for (const text of texts) {
      const result = parseDimensions(text);
      if (result.empty) counts.empty += 1;
      else if (result.unparsed) unparsed.push(text);
      else counts.parsed += 1;
      if (result.main) counts.withMainPart += 1;
      else if (result.variable) counts.variableOnly += 1;
      else if (result.durationSeconds !== undefined) counts.durationOnly += 1;
      else if (result.weightGrams !== undefined) counts.weightOnly += 1;
    }
    const readable = texts.size - counts.empty;
    console.log(
      [
        `dimensions: ${texts.size} distinct texts (${nullTexts} records without one)`,
        `  parsed: ${counts.parsed} (${percent(counts.parsed, readable)})`,
        `  with a main height x width: ${counts.withMainPart} (${percent(counts.withMainPart, readable)})`,
        `  only "dimensions variable": ${counts.variableOnly}; only a duration: ${counts.durationOnly}; only a weight: ${counts.weightOnly}`,
        `  unparsed: ${unparsed.length} ${JSON.stringify(unparsed)}`,
      ].join('\n'),
    );
    expect(counts.parsed + unparsed.length + counts.empty).toBe(texts.size);
    expect(counts.parsed / readable).toBeGreaterThan(0.99);
  });

  it('imports or rejects with a reason each of the 4,902 lines', () => {
    if ('missing' in sample) {
      console.warn(sample.missing);
      return;
    }
    expect(sample.lines).toHaveLength(4902);
    const started = Date.now();
    const results = sample.lines.map((text, index) =>
      parseImportLine(text, index + 1, { defaultValue }),
    );
    const elapsedMs = Date.now() - started;

    const perCategory = new Map<string, number>();
    const reasons = new Map<string, number>();
    const sourceIds = new Set<string>();
    const inconsistent: string[] = [];
    const today = new Date('2026-11-24T00:00:00Z');
    results.forEach((result, index) => {
      if (result.ok) {
        const { attributes } = result;
        perCategory.set(attributes.category, (perCategory.get(attributes.category) ?? 0) + 1);
        sourceIds.add(result.sourceId);
        expect(ARTWORK_CATEGORIES).toContain(attributes.category);
        expect(attributes.value).toBe(defaultValue);
        const violations = artworkRuleViolations(attributes, today);
        if (violations.length > 0)
          inconsistent.push(`${result.sourceId}: ${violations.map((v) => v.message).join(', ')}`);
      } else {
        expect(result.line).toBe(index + 1);
        expect(result.message.length).toBeGreaterThan(10);
        // Group reasons by their shape: quoted values (medium, dateText) vary.
        const reason = result.message.replace(/'[^']*'/g, "'…'");
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    });
    const imported = results.filter((result) => result.ok).length;
    const rejected = results.length - imported;
    const byCount = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .map(([key, count]) => `    ${String(count).padStart(5)}  ${key}`);
    console.log(
      [
        `Tate import: ${results.length} lines, ${imported} imported, ${rejected} rejected, ${elapsedMs} ms`,
        '  per category:',
        ...byCount(perCategory),
        '  rejection reasons:',
        ...byCount(reasons),
      ].join('\n'),
    );

    expect(imported + rejected).toBe(4902);
    expect(sourceIds.size).toBe(imported); // accession numbers are unique: one artwork per record
    expect(inconsistent).toEqual([]);
    // The data quality notes of the README: 244 rows without a year are rejected, not guessed.
    expect(reasons.get("startYear is missing (dateText '…'): creationYear is required")).toBe(244);
  });
});
