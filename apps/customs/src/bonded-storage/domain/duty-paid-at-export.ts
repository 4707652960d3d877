import { addMoney, parseMoney, type Money } from '@artbridge/money';
import {
  moneyText,
  notice,
  type Assessment,
  type ComputedDutyLine,
  type Duties,
  type DutyLine,
  type Finding,
} from '../../assessment/domain';

/**
 * A shipment into China that was NOT declared for bonded storage (no CN-FTZ-BONDED at
 * submission) had the destination's import duty and VAT assessed on its export declaration,
 * and invoiced at clearance. If its works enter the zone's bonded warehouse all the same and
 * are later released to the domestic market, customs still files the import declaration (the
 * works enter the domestic market: import controls are checked again at the release date) but
 * does not charge that duty and VAT a second time: each work whose duty was paid at the export
 * declaration is declared with zero duty and VAT, relief PAID_AT_EXPORT, and an INFO finding
 * DUTY-PAID-AT-EXPORT naming the export declaration and what was paid there. A work whose duty
 * was deferred there (declared bonded), relieved (e.g. temporary admission) or could not be
 * computed was not charged, so its duty is due now as CN-FTZ-RELEASE says.
 */

export const DUTY_PAID_AT_EXPORT = 'DUTY-PAID-AT-EXPORT' as const;

/** A duty line of the export declaration as stored (money as decimal strings). */
export interface RecordedDutyLine {
  readonly status: string;
  readonly itemIndex: number;
  readonly duty?: { readonly amount: string; readonly currency: string };
  readonly vat?: { readonly amount: string; readonly currency: string };
  readonly relief?: object;
}

export interface ExportDeclarationDuties {
  readonly id: string;
  /** Declared for bonded storage at submission: its duty and VAT were deferred, not charged. */
  readonly ftzBonded: boolean;
  /** Whose duty it assessed: the destination's. */
  readonly importCountry: string;
  readonly dutyLines: readonly RecordedDutyLine[] | null;
}

/** What the export declaration charged for one work. */
export interface ExportCharge {
  readonly duty: Money;
  readonly vat: Money;
}

/**
 * For each released work, given by its position on the export declaration (in the import
 * declaration's order): the duty and VAT the export declaration charged for it, or undefined
 * when it charged none. Only an export declaration not declared bonded, assessing the zone's
 * country, charged any, and only on lines it computed without a relief.
 */
export function chargedAtExport(
  exported: ExportDeclarationDuties,
  zoneCountry: string,
  positions: readonly number[],
): (ExportCharge | undefined)[] {
  if (exported.ftzBonded || exported.importCountry !== zoneCountry) {
    return positions.map(() => undefined);
  }
  const lines = exported.dutyLines ?? [];
  return positions.map((position) => {
    const line = lines.find((candidate) => candidate.itemIndex === position);
    if (!line || line.status !== 'COMPUTED' || line.relief || !line.duty || !line.vat) {
      return undefined;
    }
    return {
      duty: parseMoney(line.duty.amount, line.duty.currency),
      vat: parseMoney(line.vat.amount, line.vat.currency),
    };
  });
}

/**
 * The import declaration's assessment with the duty and VAT already paid at the export
 * declaration taken off: those works' computed lines carry zero duty, VAT and total (what
 * would have been due kept in the relief), their CN-FTZ-RELEASE finding ("duty due") is
 * replaced by a DUTY-PAID-AT-EXPORT one, and the totals are summed again. Works not charged at
 * export are left as assessed. `releaseRuleId` is the rule whose "due" finding is superseded.
 */
export function creditDutyPaidAtExport(
  assessment: Assessment,
  charged: readonly (ExportCharge | undefined)[],
  exportDeclarationId: string,
  releaseRuleId?: string,
): Assessment {
  if (charged.every((charge) => charge === undefined)) return assessment;
  const duties = assessment.duties;
  const lines: DutyLine[] | undefined = duties?.lines.map((line) => {
    const charge = charged[line.itemIndex];
    if (!charge || line.status !== 'COMPUTED' || line.duty.currency !== charge.duty.currency) {
      return line;
    }
    const zero: Money = { minor: 0n, currency: line.duty.currency };
    return {
      ...line,
      duty: zero,
      vat: zero,
      total: zero,
      relief: {
        kind: 'PAID_AT_EXPORT',
        ruleId: DUTY_PAID_AT_EXPORT,
        suspendedDuty: line.duty,
        suspendedVat: line.vat,
      },
    } satisfies ComputedDutyLine;
  });
  const items = assessment.items.map((item, index) => {
    const charge = charged[index];
    if (!charge) return item;
    const finding: Finding = notice(
      DUTY_PAID_AT_EXPORT,
      'INFO',
      `duty ${moneyText(charge.duty)} and VAT ${moneyText(charge.vat)} were charged on export declaration ${exportDeclarationId}, which was not declared for bonded storage: paid at its clearance, they are not charged again on release`,
    );
    return {
      ...item,
      findings: [...item.findings.filter((existing) => existing.ruleId !== releaseRuleId), finding],
    };
  });
  return {
    ...assessment,
    items,
    duties: duties && lines ? totalsOf(duties, lines) : duties,
  };
}

function totalsOf(duties: Duties, lines: readonly DutyLine[]): Duties {
  let customsValue: Money = { minor: 0n, currency: duties.currency };
  let duty = customsValue;
  let vat = customsValue;
  for (const line of lines) {
    if (line.status !== 'COMPUTED') continue;
    customsValue = addMoney(customsValue, line.customsValue);
    duty = addMoney(duty, line.duty);
    vat = addMoney(vat, line.vat);
  }
  return { ...duties, customsValue, duty, vat, total: addMoney(duty, vat), lines };
}

/** How many released works had their duty paid at the export declaration. */
export function paidAtExportCount(charged: readonly (ExportCharge | undefined)[]): number {
  return charged.filter((charge) => charge !== undefined).length;
}
