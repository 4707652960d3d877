import { parseMoney, type Money } from '@artbridge/money';
import { dutyLineView } from '../../assessment/assessment.view';
import type {
  AssessmentRequest,
  ComputedDutyLine,
  DutyLine,
  FxRateLookup,
} from '../../assessment/domain';
import { anArtwork, aRequest } from '../../assessment/testing/artwork-builder';
import { assessWithFixtures } from '../../assessment/testing/assessment-queries';
import { fixtureFx, noFx } from '../../assessment/testing/fx-fixture';
import {
  chargedAtExport,
  creditDutyPaidAtExport,
  DUTY_PAID_AT_EXPORT,
  paidAtExportCount,
  type ExportDeclarationDuties,
} from './duty-paid-at-export';

const cny = (amount: string): Money => parseMoney(amount, 'CNY');
const EXPORT_ID = '0190a4d6-0000-7000-8000-0000000000e1';

function computed(line: DutyLine | undefined): ComputedDutyLine {
  if (line?.status !== 'COMPUTED') throw new Error(`line not computed: ${JSON.stringify(line)}`);
  return line;
}

/** Two works from France into China: CNY 100,000 and CNY 10,000. */
const works = [
  anArtwork({ originCountry: 'FR', value: cny('100000.00') }),
  anArtwork({ originCountry: 'FR', value: cny('10000.00'), title: 'Second' }),
];

/** The export declaration as customs stored it (money as decimal strings). */
function exportDeclaration(
  overrides: Partial<AssessmentRequest> = {},
  assessedDuties: ExportDeclarationDuties['assessedDuties'] = null,
  fx: FxRateLookup = fixtureFx,
): ExportDeclarationDuties {
  const assessed = assessWithFixtures(
    aRequest({ exportCountry: 'FR', importCountry: 'CN', items: works, ...overrides }),
    fx,
  );
  return {
    id: EXPORT_ID,
    ftzBonded: overrides.ftzBonded === true,
    importCountry: 'CN',
    dutyLines: assessed.duties!.lines.map(dutyLineView),
    items: assessed.items.map((item, position) => ({ position, findings: item.findings })),
    assessedDuties,
  };
}

const releasedIntoChina = (items = works, fx: FxRateLookup = fixtureFx) =>
  assessWithFixtures(
    aRequest({
      exportCountry: 'FR',
      importCountry: 'CN',
      declarationKind: 'IMPORT',
      ftzReleased: true,
      items,
    }),
    fx,
  );

/** An 1800 antique: no duty rate for 9706 in China's table (TARIFF-NOT-IN-TABLE), CN-VAT due. */
const antique = anArtwork({
  originCountry: 'FR',
  category: 'ANTIQUE',
  technique: undefined,
  creationYear: 1800,
  value: cny('10000.00'),
  title: 'Lacquer cabinet',
});
/** What the officer approving the export declaration assessed for all of it. */
const officerAssessed = { duty: cny('100.00'), vat: cny('2626.00') };

describe('duty paid at the export declaration (a shipment not declared bonded, released from bond)', () => {
  it('reads what the export declaration charged per released work', () => {
    const charged = chargedAtExport(exportDeclaration(), 'CN', [1, 0]);
    // CNY 10,000: duty 1 % 100.00, VAT 13 % of 10,100.00; CNY 100,000: 1,000.00 and 13,130.00
    expect(charged).toEqual([
      { by: 'ENGINE', duty: cny('100.00'), vat: cny('1313.00') },
      { by: 'ENGINE', duty: cny('1000.00'), vat: cny('13130.00') },
    ]);
    expect(paidAtExportCount(charged)).toBe(2);
  });

  it('finds nothing charged when the export declaration was declared bonded (CN-FTZ-BONDED deferred it)', () => {
    const bonded = exportDeclaration({ ftzBonded: true });
    expect(chargedAtExport(bonded, 'CN', [0, 1])).toEqual([undefined, undefined]);
    // even read line by line: those lines carry the FTZ_BONDED relief
    expect(chargedAtExport({ ...bonded, ftzBonded: false }, 'CN', [0, 1])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('finds nothing charged for a zone in another country, a work it did not compute, or no duties', () => {
    const declared = exportDeclaration();
    expect(chargedAtExport(declared, 'AE', [0])).toEqual([undefined]);
    expect(
      chargedAtExport(
        {
          ...declared,
          dutyLines: [{ status: 'NOT_COMPUTED', itemIndex: 0 }, ...declared.dutyLines!.slice(1)],
        },
        'CN',
        [0, 1],
      ),
    ).toEqual([undefined, { by: 'ENGINE', duty: cny('100.00'), vat: cny('1313.00') }]);
    expect(chargedAtExport({ ...declared, dutyLines: null }, 'CN', [0])).toEqual([undefined]);
  });

  it('takes the paid duty and VAT off the import declaration, says why, and keeps what would be due', () => {
    const assessed = releasedIntoChina();
    expect(assessed.duties!.total).toEqual(cny('15543.00'));
    const charged = chargedAtExport(exportDeclaration(), 'CN', [0, 1]);
    const credited = creditDutyPaidAtExport(assessed, charged, EXPORT_ID, 'CN-FTZ-RELEASE');

    expect(credited.outcome).toBe(assessed.outcome);
    expect(credited.duties).toMatchObject({
      currency: 'CNY',
      customsValue: cny('110000.00'),
      duty: cny('0.00'),
      vat: cny('0.00'),
      total: cny('0.00'),
      complete: true,
    });
    const line = computed(credited.duties!.lines[0]);
    expect(line).toMatchObject({
      dutyRate: { ruleId: 'CN-DUTY-ART' },
      duty: cny('0.00'),
      total: cny('0.00'),
      relief: {
        kind: 'PAID_AT_EXPORT',
        ruleId: DUTY_PAID_AT_EXPORT,
        suspendedDuty: cny('1000.00'),
        suspendedVat: cny('13130.00'),
      },
    });
    const findings = credited.items[0].findings;
    // the release's "duty due" gives way to the reason it is not
    expect(findings.map((finding) => finding.ruleId)).not.toContain('CN-FTZ-RELEASE');
    expect(findings.find((finding) => finding.ruleId === DUTY_PAID_AT_EXPORT)).toMatchObject({
      effect: 'INFO',
      ruleVersion: 0,
      message: `duty CNY 1000.00 and VAT CNY 13130.00 were charged on export declaration ${EXPORT_ID}, which was not declared for bonded storage: paid at its clearance, they are not charged again on release`,
    });
  });

  it('charges on release what the export declaration did not charge', () => {
    const assessed = releasedIntoChina();
    const credited = creditDutyPaidAtExport(
      assessed,
      [undefined, { by: 'ENGINE', duty: cny('100.00'), vat: cny('1313.00') }],
      EXPORT_ID,
      'CN-FTZ-RELEASE',
    );
    expect(credited.duties).toMatchObject({
      duty: cny('1000.00'),
      vat: cny('13130.00'),
      total: cny('14130.00'),
    });
    expect(credited.items[0]).toBe(assessed.items[0]);
    expect(computed(credited.duties!.lines[0])).toBe(assessed.duties!.lines[0]);
    expect(credited.items[1].findings.map((finding) => finding.ruleId)).toContain(
      DUTY_PAID_AT_EXPORT,
    );
  });

  it('reads a work whose duty the engine could not compute as charged by the officer’s assessment', () => {
    const declared = exportDeclaration({ items: [antique, works[1]] }, officerAssessed);
    expect(declared.dutyLines![0]).toMatchObject({
      status: 'NOT_COMPUTED',
      ruleId: 'TARIFF-NOT-IN-TABLE',
    });
    expect(chargedAtExport(declared, 'CN', [0, 1])).toEqual([
      { by: 'OFFICER', declarationDuty: cny('100.00'), declarationVat: cny('2626.00') },
      { by: 'ENGINE', duty: cny('100.00'), vat: cny('1313.00') },
    ]);
    // no officer's assessment, nothing charged for it; declared bonded, everything deferred
    expect(chargedAtExport({ ...declared, assessedDuties: null }, 'CN', [0])).toEqual([undefined]);
    const bonded = exportDeclaration({ items: [antique], ftzBonded: true }, officerAssessed);
    expect(chargedAtExport(bonded, 'CN', [0])).toEqual([undefined]);
  });

  it('does not charge again, nor ask an officer for, a work the officer assessed at export', () => {
    const assessed = releasedIntoChina([antique, works[1]]);
    expect(assessed.outcome).toBe('REVIEW');
    const charged = chargedAtExport(
      exportDeclaration({ items: [antique, works[1]] }, officerAssessed),
      'CN',
      [0, 1],
    );
    const credited = creditDutyPaidAtExport(assessed, charged, EXPORT_ID, 'CN-FTZ-RELEASE');

    // nothing left to assess: the antique no longer holds the declaration in review
    expect(credited.outcome).toBe('CLEAR');
    expect(credited.items[0].outcome).toBe('CLEAR');
    expect(credited.duties).toMatchObject({ total: cny('0.00'), complete: false });
    expect(credited.duties!.lines[0]).toEqual(assessed.duties!.lines[0]);
    const findings = credited.items[0].findings;
    expect(findings.filter((finding) => finding.effect !== 'INFO')).toEqual([]);
    expect(findings.map((finding) => finding.ruleId)).not.toContain('CN-FTZ-RELEASE');
    expect(findings.find((finding) => finding.ruleId === DUTY_PAID_AT_EXPORT)).toMatchObject({
      effect: 'INFO',
      message: `duty and VAT of this work, which the engine could not compute, were assessed by the officer who approved export declaration ${EXPORT_ID} (duty CNY 100.00 and VAT CNY 2626.00 for the whole declaration), which was not declared for bonded storage: paid at its clearance, they are not charged again on release`,
    });
    expect(computed(credited.duties!.lines[1])).toMatchObject({
      total: cny('0.00'),
      relief: { kind: 'PAID_AT_EXPORT' },
    });
  });

  it('takes off a line the officer assessed at export that the engine computes on release', () => {
    // no rate at export: the EUR work's duty was the officer's; on release the rate is known
    const inEuros = [anArtwork({ originCountry: 'FR' })];
    const declared = exportDeclaration({ items: inEuros }, officerAssessed, noFx);
    expect(declared.dutyLines![0]).toMatchObject({ status: 'NOT_COMPUTED', ruleId: 'FX-RATE' });
    const assessed = releasedIntoChina(inEuros);
    const credited = creditDutyPaidAtExport(
      assessed,
      chargedAtExport(declared, 'CN', [0]),
      EXPORT_ID,
      'CN-FTZ-RELEASE',
    );
    const line = computed(credited.duties!.lines[0]);
    expect(line).toMatchObject({
      duty: cny('0.00'),
      total: cny('0.00'),
      relief: {
        kind: 'PAID_AT_EXPORT',
        suspendedDuty: computed(assessed.duties!.lines[0]).duty,
        suspendedVat: computed(assessed.duties!.lines[0]).vat,
      },
    });
    expect(credited.duties!.total).toEqual(cny('0.00'));
  });

  it('does not send to review a work charged at export that the engine cannot compute on release', () => {
    const inEuros = [anArtwork({ originCountry: 'FR' })];
    const assessed = releasedIntoChina(inEuros, noFx);
    expect(assessed.outcome).toBe('REVIEW');
    const credited = creditDutyPaidAtExport(
      assessed,
      [{ by: 'ENGINE', duty: cny('780.00'), vat: cny('10241.40') }],
      EXPORT_ID,
      'CN-FTZ-RELEASE',
    );
    expect(credited.outcome).toBe('CLEAR');
    expect(credited.items[0].findings.map((finding) => finding.ruleId)).not.toContain('FX-RATE');
  });

  it('changes nothing when nothing was charged at export', () => {
    const assessed = releasedIntoChina();
    expect(creditDutyPaidAtExport(assessed, [undefined, undefined], EXPORT_ID)).toBe(assessed);
  });
});
