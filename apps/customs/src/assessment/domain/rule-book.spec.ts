import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NOTICES } from './evaluate/notices';
import { activeRules, ruleBookProblems, type RuleBook, type RuleDefinition } from './rule-book';
import { CUSTOMS_RULE_BOOK } from './rules';

const RULES_MD = readFileSync(resolve(__dirname, '../../../../../docs/RULES.md'), 'utf8');

/**
 * The ids RULES.md documents: the first cell of its tables' rows ("EU-EXP-BOOK / MAP /
 * COLLECTION" is three) and the items of its lists that start with an id ("- FX-RATE: ...").
 */
function documentedIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const [, cell] of markdown.matchAll(/^\| ([A-Z][A-Z0-9 /-]*[A-Z0-9]) +\|/gm)) {
    const [first, ...others] = cell.split(' / ');
    ids.add(first);
    for (const other of others) ids.add(first.slice(0, first.lastIndexOf('-') + 1) + other);
  }
  for (const [, id] of markdown.matchAll(/^- ([A-Z][A-Z0-9-]*[A-Z0-9]): /gm)) ids.add(id);
  return ids;
}

/** Every rule id of RULES.md sections 1-6. */
const RULES_MD_IDS = [
  'HS-9701',
  'HS-9701-MOSAIC',
  'HS-9701-COLLAGE',
  'HS-9702',
  'HS-9703',
  'HS-9705',
  'HS-9706',
  'HS-REPRO',
  'CN-EXIT-1911',
  'CN-EXIT-1949',
  'CN-EXIT-1949-REVIEW',
  'CN-EXIT-1966',
  'CN-ARTIST-ALL',
  'CN-ARTIST-REP',
  'CN-EXIT-PERMIT',
  'CN-DUTY-ART',
  'CN-VAT',
  'CN-TEMP-ADMISSION',
  'CN-FTZ-BONDED',
  'EU-EXP-ARCH',
  'EU-EXP-PAINTING',
  'EU-EXP-WATERCOLOUR',
  'EU-EXP-DRAWING',
  'EU-EXP-SCULPTURE',
  'EU-EXP-BOOK',
  'EU-EXP-MAP',
  'EU-EXP-COLLECTION',
  'EU-EXP-MANUSCRIPT',
  'EU-EXP-ANTIQUE',
  'EU-IMP-LICENCE',
  'EU-IMP-STATEMENT',
  'UK-EXP-PAINTING',
  'UK-EXP-PORTRAIT',
  'UK-EXP-OTHER',
  'CITES-IVORY',
  'CITES-TORTOISESHELL',
  'CITES-ROSEWOOD',
  'CITES-DALBERGIA-NIGRA',
  'CITES-CORAL',
  'UK-IVORY-EXEMPT',
];

describe('the customs rule book', () => {
  it('is consistent: dates, sources, one version in force per rule id', () => {
    expect(ruleBookProblems(CUSTOMS_RULE_BOOK)).toEqual([]);
  });

  it('holds every rule id of RULES.md sections 1-6 (EU-VALUE is the engine’s conversion notice)', () => {
    const ids = new Set(CUSTOMS_RULE_BOOK.rules.map((rule) => rule.id));
    expect(RULES_MD_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(NOTICES)).toContain('EU-VALUE');
  });

  it('has every id it reports documented in RULES.md: each rule of the book, each notice', () => {
    const documented = documentedIds(RULES_MD);
    const reported = [...CUSTOMS_RULE_BOOK.rules.map((rule) => rule.id), ...Object.keys(NOTICES)];
    expect([...new Set(reported)].filter((id) => !documented.has(id))).toEqual([]);
  });

  it('applies the EU licence thresholds to the categories and with the comparison RULES.md states', () => {
    const thresholdRules = CUSTOMS_RULE_BOOK.rules.flatMap((rule) =>
      rule.kind === 'VALUE_THRESHOLD_LICENCE' && rule.params.territory === 'EU' ? [rule] : [],
    );
    expect(thresholdRules.map((rule) => rule.id)).toContain('EU-IMP-STATEMENT');
    for (const { id, params } of thresholdRules) {
      const row = new RegExp(`^\\| ${id} +\\|.*$`, 'm').exec(RULES_MD)?.[0];
      if (!row) continue; // a shared row (EU-EXP-BOOK / MAP / COLLECTION) gives figures only
      const categories = params.selection.flatMap((selector) => selector.categories ?? []);
      for (const category of categories)
        expect([id, row]).toEqual([id, expect.stringContaining(category.toLowerCase())]);
      if (params.threshold) {
        const { amount, currency, comparison } = params.threshold;
        const figure = `${comparison === 'GTE' ? '>=' : '>'} ${currency} ${Number(amount).toLocaleString('en-GB')}`;
        expect([id, row]).toEqual([id, expect.stringContaining(figure)]);
      }
    }
  });

  it('selects the rules in force on a date, validFrom and validTo inclusive', () => {
    const ids = (date: string) =>
      Object.values(activeRules(CUSTOMS_RULE_BOOK, date))
        .flat()
        .map((rule: RuleDefinition) => `${rule.id} v${rule.version}`);
    expect(ids('2025-06-27')).not.toContain('EU-IMP-LICENCE v1');
    expect(ids('2025-06-28')).toContain('EU-IMP-LICENCE v1');
    expect(ids('2023-12-31')).toEqual(
      expect.arrayContaining(['SG-IMPORT-GST v2', 'CH-IMPORT-VAT v1']),
    );
    expect(ids('2023-12-31')).not.toContain('SG-IMPORT-GST v3');
    expect(ids('2024-01-01')).toEqual(
      expect.arrayContaining(['SG-IMPORT-GST v3', 'CH-IMPORT-VAT v2', 'CH-DUTY-CH97 v1']),
    );
    expect(ids('2021-12-31').filter((id) => id.startsWith('HS-'))).toEqual([]);
  });

  it('finds what makes a book unusable', () => {
    const base = CUSTOMS_RULE_BOOK.rules.find((rule) => rule.id === 'CN-VAT')!;
    const broken: RuleBook = {
      ...CUSTOMS_RULE_BOOK,
      rules: [
        { ...base, version: 1, validTo: '2030-01-01' },
        { ...base, version: 2, validFrom: '2029-01-01' },
        { ...base, id: 'X', validFrom: '2026-13-01', source: ' ' },
        { ...base, id: 'Y', validFrom: '2026-01-02', validTo: '2026-01-01' },
      ],
    };
    expect(ruleBookProblems(broken)).toEqual([
      "X v1: validFrom '2026-13-01' is not yyyy-mm-dd",
      'X v1: no source',
      'Y v1: validTo is before validFrom',
      'CN-VAT: v1 and v2 are both in force on 2029-01-01',
    ]);
  });

  it('names a figure to be confirmed for every *check* of RULES.md', () => {
    const toConfirm = (id: string) =>
      CUSTOMS_RULE_BOOK.rules.find((rule) => rule.id === id)?.toConfirm;
    for (const id of [
      'CN-DUTY-ART-MFN',
      'EU-EXP-BOOK',
      'EU-EXP-MAP',
      'EU-EXP-COLLECTION',
      'UK-EXP-OTHER',
    ])
      expect(toConfirm(id)).toBeTruthy();
  });
});
