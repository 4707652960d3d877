import { parseMoney, type Money } from '@artbridge/money';
import { dutyLineView } from '../../assessment/assessment.view';
import type { AssessmentRequest, ComputedDutyLine, DutyLine } from '../../assessment/domain';
import { anArtwork, aRequest } from '../../assessment/testing/artwork-builder';
import { assessWithFixtures } from '../../assessment/testing/assessment-queries';
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
function exportDeclaration(overrides: Partial<AssessmentRequest> = {}): ExportDeclarationDuties {
  const assessed = assessWithFixtures(
    aRequest({ exportCountry: 'FR', importCountry: 'CN', items: works, ...overrides }),
  );
  return {
    id: EXPORT_ID,
    ftzBonded: overrides.ftzBonded === true,
    importCountry: 'CN',
    dutyLines: assessed.duties!.lines.map(dutyLineView),
  };
}

const releasedIntoChina = (items = works) =>
  assessWithFixtures(
    aRequest({
      exportCountry: 'FR',
      importCountry: 'CN',
      declarationKind: 'IMPORT',
      ftzReleased: true,
      items,
    }),
  );

describe('duty paid at the export declaration (a shipment not declared bonded, released from bond)', () => {
  it('reads what the export declaration charged per released work', () => {
    const charged = chargedAtExport(exportDeclaration(), 'CN', [1, 0]);
    // CNY 10,000: duty 1 % 100.00, VAT 13 % of 10,100.00; CNY 100,000: 1,000.00 and 13,130.00
    expect(charged).toEqual([
      { duty: cny('100.00'), vat: cny('1313.00') },
      { duty: cny('1000.00'), vat: cny('13130.00') },
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
    ).toEqual([undefined, { duty: cny('100.00'), vat: cny('1313.00') }]);
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
      [undefined, { duty: cny('100.00'), vat: cny('1313.00') }],
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

  it('changes nothing when nothing was charged at export', () => {
    const assessed = releasedIntoChina();
    expect(creditDutyPaidAtExport(assessed, [undefined, undefined], EXPORT_ID)).toBe(assessed);
  });
});
