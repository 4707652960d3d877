import { parseMoney, type Money } from '@artbridge/money';
import { anArtwork, aRequest, eur } from '../testing/artwork-builder';
import { assessWithFixtures, effectOf, findingsOf } from '../testing/assessment-queries';
import { assess, InvalidAssessmentRequestError } from './assess';
import { bondedStorageRule } from './bonded-storage';
import type { AssessmentRequest, ComputedDutyLine, DutyLine } from './model';
import { activeRules, ruleBookProblems } from './rule-book';
import { CUSTOMS_RULE_BOOK } from './rules';
import { fixtureFx } from '../testing/fx-fixture';

const cny = (amount: string): Money => parseMoney(amount, 'CNY');

function computed(line: DutyLine | undefined): ComputedDutyLine {
  if (line?.status !== 'COMPUTED') throw new Error(`line not computed: ${JSON.stringify(line)}`);
  return line;
}

/** Works shipped from France into the Shanghai FTZ, released from bond into China. */
function releasedIntoChina(overrides: Partial<AssessmentRequest> = {}) {
  return assessWithFixtures(
    aRequest({
      exportCountry: 'FR',
      importCountry: 'CN',
      declarationKind: 'IMPORT',
      ftzReleased: true,
      items: [anArtwork({ originCountry: 'FR', value: cny('100000.00') })],
      ...overrides,
    }),
  );
}

describe('bonded storage rules (CN-FTZ-BONDED, CN-FTZ-RELEASE, CN-FTZ-REEXPORT)', () => {
  it('are in the book, with sources, in force since the Shanghai FTZ opened', () => {
    expect(ruleBookProblems(CUSTOMS_RULE_BOOK)).toEqual([]);
    const exits = activeRules(CUSTOMS_RULE_BOOK, '2026-04-13').FTZ_EXIT;
    expect(exits.map((rule) => [rule.id, rule.params.exit, rule.params.dutyDue])).toEqual([
      ['CN-FTZ-RELEASE', 'RELEASE', true],
      ['CN-FTZ-REEXPORT', 'RE_EXPORT', false],
    ]);
    expect(exits.every((rule) => rule.source.includes('Shanghai'))).toBe(true);
    expect(activeRules(CUSTOMS_RULE_BOOK, '2013-09-28').FTZ_EXIT).toEqual([]);
  });

  it.each([
    ['ENTRY', 'CN-FTZ-BONDED', false],
    ['RELEASE', 'CN-FTZ-RELEASE', true],
    ['RE_EXPORT', 'CN-FTZ-REEXPORT', false],
  ] as const)('cites the rule of a movement: %s → %s (duty due: %p)', (movement, id, due) => {
    expect(bondedStorageRule(CUSTOMS_RULE_BOOK, '2026-04-13', 'CN', movement)).toMatchObject({
      ruleId: id,
      ruleVersion: 1,
      dutyDue: due,
      source: expect.stringContaining('Shanghai'),
    });
  });

  it('has no rule for a zone in a country the book does not cover, or before it applied', () => {
    expect(bondedStorageRule(CUSTOMS_RULE_BOOK, '2026-04-13', 'AE', 'RE_EXPORT')).toBeUndefined();
    expect(bondedStorageRule(CUSTOMS_RULE_BOOK, '2012-01-01', 'CN', 'RELEASE')).toBeUndefined();
  });
});

describe('an import declaration on release from bond (declarationKind IMPORT, ftzReleased)', () => {
  it('charges the duty and VAT the bond deferred: CN-DUTY-ART 1 %, CN-VAT 13 %, and says why', () => {
    const assessment = releasedIntoChina();
    const line = computed(assessment.duties!.lines[0]);
    expect(line).toMatchObject({
      dutyRate: { ruleId: 'CN-DUTY-ART', percent: '1' },
      vatRate: { ruleId: 'CN-VAT', percent: '13' },
      duty: cny('1000.00'),
      vat: cny('13130.00'),
      total: cny('14130.00'),
    });
    expect(line.relief).toBeUndefined();
    expect(assessment.duties!.total).toEqual(cny('14130.00'));
    const [release] = findingsOf(assessment, 'CN-FTZ-RELEASE');
    expect(release).toMatchObject({ effect: 'INFO', ruleVersion: 1 });
    expect(release.message).toContain('duty CNY 1000.00 and import VAT CNY 13130.00 due');
    expect(assessment.outcome).toBe('CLEAR');
  });

  it('converts a value in another currency at the rates of the declaration date', () => {
    // EUR 10,000 at 7.9827 CNY per EUR is CNY 79,827.00: duty 798.27, VAT 13 % of 80,625.27
    const line = computed(
      releasedIntoChina({ items: [anArtwork({ originCountry: 'FR', value: eur('10000.00') })] })
        .duties!.lines[0],
    );
    expect([line.customsValue, line.duty, line.vat]).toEqual([
      cny('79827.00'),
      cny('798.27'),
      cny('10481.29'),
    ]);
  });

  it('leaves out the export country’s controls: they were the export declaration’s', () => {
    const ancientPainting = anArtwork({
      originCountry: 'FR',
      creationYear: 1900,
      technique: 'OIL',
      value: eur('500000.00'),
    });
    const exported = assessWithFixtures(
      aRequest({ exportCountry: 'FR', importCountry: 'CN', items: [ancientPainting] }),
    );
    expect(effectOf(exported, 'EU-EXP-PAINTING')).toBe('LICENCE_REQUIRED');
    const imported = releasedIntoChina({ items: [ancientPainting] });
    expect(effectOf(imported, 'EU-EXP-PAINTING')).toBe('NONE');
    expect(imported.items[0].licencesRequired).toEqual([]);
    expect(imported.outcome).toBe('CLEAR');

    // a Chinese painting bought abroad and brought back is not leaving China on import
    const qiBaishi = anArtwork({ artist: { name: 'Qi Baishi' }, value: cny('1.00') });
    const back = assessWithFixtures(
      aRequest({
        exportCountry: 'CN',
        importCountry: 'US',
        declarationKind: 'IMPORT',
        items: [qiBaishi],
      }),
    );
    expect(effectOf(back, 'CN-ARTIST-ALL')).toBe('NONE');
  });

  it('keeps the import controls: CITES goes both ways, a prohibited import is PROHIBITED', () => {
    const ivory = anArtwork({
      originCountry: 'FR',
      category: 'SCULPTURE',
      creationYear: 1990,
      materials: [{ material: 'IVORY', acquiredYear: 1989 }],
      value: cny('1000.00'),
    });
    const assessment = releasedIntoChina({ items: [ivory] });
    expect(effectOf(assessment, 'CITES-IVORY')).toBe('PROHIBITED');
    expect(assessment.outcome).toBe('PROHIBITED');
  });

  it('deals into GB only on import: the UK ivory rules look at the import country', () => {
    const request = {
      exportCountry: 'GB',
      importCountry: 'US',
      items: [
        anArtwork({
          category: 'SCULPTURE',
          creationYear: 1900,
          materials: [{ material: 'IVORY', volumePercent: 50 }],
        }),
      ],
    };
    expect(effectOf(assessWithFixtures(aRequest(request)), 'UK-IVORY-EXEMPT')).toBe('PROHIBITED');
    expect(
      effectOf(
        assessWithFixtures(aRequest({ ...request, declarationKind: 'IMPORT' })),
        'UK-IVORY-EXEMPT',
      ),
    ).toBe('NONE');
  });

  it('ends a temporary admission: a work of an exhibition released to the domestic market pays duty and VAT', () => {
    const assessment = releasedIntoChina({ purpose: 'TEMPORARY_EXHIBITION' });
    const line = computed(assessment.duties!.lines[0]);
    expect(line.relief).toBeUndefined();
    expect([line.duty, line.vat, line.total]).toEqual([
      cny('1000.00'),
      cny('13130.00'),
      cny('14130.00'),
    ]);
    expect(effectOf(assessment, 'CN-TEMP-ADMISSION')).toBe('NONE');
    expect(findingsOf(assessment, 'CN-FTZ-RELEASE')[0].message).toContain(
      'duty CNY 1000.00 and import VAT CNY 13130.00 due',
    );
  });

  it('an exhibition declared for bond defers its duty under CN-FTZ-BONDED, not temporary admission', () => {
    const assessment = assessWithFixtures(
      aRequest({
        exportCountry: 'FR',
        importCountry: 'CN',
        purpose: 'TEMPORARY_EXHIBITION',
        ftzBonded: true,
        items: [anArtwork({ originCountry: 'FR', value: cny('100000.00') })],
      }),
    );
    const line = computed(assessment.duties!.lines[0]);
    expect(line.relief).toMatchObject({
      kind: 'FTZ_BONDED',
      ruleId: 'CN-FTZ-BONDED',
      suspendedDuty: cny('1000.00'),
      suspendedVat: cny('13130.00'),
    });
    expect(effectOf(assessment, 'CN-FTZ-BONDED')).toBe('INFO');
    expect(effectOf(assessment, 'CN-TEMP-ADMISSION')).toBe('NONE');
    expect(assessment.duties!.total).toEqual(cny('0.00'));
  });

  it('says so when a line cannot be computed', () => {
    const assessment = releasedIntoChina({
      items: [anArtwork({ category: 'ANTIQUE', creationYear: 1800, value: cny('10.00') })],
    });
    expect(findingsOf(assessment, 'CN-FTZ-RELEASE')[0].message).toMatch(
      /duty and import VAT not computed \(no duty rate for HS 9706\.\d+ into CN/,
    );
  });

  it('adds nothing on release into a country without an FTZ rule', () => {
    const assessment = releasedIntoChina({ importCountry: 'FR', exportCountry: 'US' });
    expect(effectOf(assessment, 'CN-FTZ-RELEASE')).toBe('NONE');
    expect(assessment.duties?.currency).toBe('EUR');
  });

  it('refuses works both in bond and released, or a kind it does not know', () => {
    const request = aRequest({
      ftzBonded: true,
      ftzReleased: true,
      declarationKind: 'TRANSIT' as never,
    });
    expect(() => assess(request, { rules: CUSTOMS_RULE_BOOK, fx: fixtureFx })).toThrow(
      InvalidAssessmentRequestError,
    );
    try {
      assess(request, { rules: CUSTOMS_RULE_BOOK, fx: fixtureFx });
    } catch (error) {
      expect((error as InvalidAssessmentRequestError).problems).toEqual([
        'declarationKind must be one of EXPORT, IMPORT',
        'ftzReleased: works released from bond to the domestic market are no longer in bond, so ftzBonded must not be true as well',
      ]);
    }
  });
});
