import { addMoney, parseMoney, type Money } from '@artbridge/money';
import {
  itemOutcome,
  moneyText,
  notice,
  strictestOutcome,
  type Assessment,
  type ComputedDutyLine,
  type Duties,
  type DutyLine,
  type Finding,
  type ItemAssessment,
} from '../../assessment/domain';
import { dutyLinesToAssess, type ItemFindings } from '../../declarations/domain/review';

/**
 * A shipment into China that was NOT declared for bonded storage (no CN-FTZ-BONDED at
 * submission) had the destination's import duty and VAT assessed on its export declaration,
 * and invoiced at clearance. If its works enter the zone's bonded warehouse all the same and
 * are later released to the domestic market, customs still files the import declaration (the
 * works enter the domestic market: import controls are checked again at the release date) but
 * does not charge that duty and VAT a second time: each work whose duty was paid at the export
 * declaration is declared with zero duty and VAT, relief PAID_AT_EXPORT, and an INFO finding
 * DUTY-PAID-AT-EXPORT naming the export declaration and what was paid there. That holds for a
 * work whose duty the engine could not compute there too (an antique outside China's table):
 * the officer who approved the export declaration assessed its duty and VAT, charged at
 * clearance with the declaration's, so the release neither charges it nor asks an officer for it
 * again, whether or not the engine can compute it now. A work whose duty was deferred there
 * (declared bonded) or relieved (e.g. temporary admission) was not charged, so its duty is due
 * now as CN-FTZ-RELEASE says.
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

/** A duty line of the export declaration as stored; a NOT_COMPUTED one names its rule. */
export type RecordedExportDutyLine = RecordedDutyLine & {
  readonly ruleId?: string;
  readonly reason?: string;
};

export interface ExportDeclarationDuties {
  readonly id: string;
  /** Declared for bonded storage at submission: its duty and VAT were deferred, not charged. */
  readonly ftzBonded: boolean;
  /** Whose duty it assessed: the destination's. */
  readonly importCountry: string;
  readonly dutyLines: readonly RecordedExportDutyLine[] | null;
  /** Its items' findings, by position: which lines the engine left for the officer. */
  readonly items: readonly ItemFindings[];
  /**
   * The duty and VAT the approving officer assessed for the whole declaration where the engine
   * left them incomplete (what its clearance charged), or null.
   */
  readonly assessedDuties: { readonly duty: Money; readonly vat: Money } | null;
}

/**
 * What the export declaration charged for one work: the engine's figures for its computed line
 * (ENGINE), or, for a line the engine could not compute, the officer's assessment of the whole
 * declaration, which covered it (OFFICER; no share of it is the work's alone).
 */
export type ExportCharge =
  | { readonly by: 'ENGINE'; readonly duty: Money; readonly vat: Money }
  | { readonly by: 'OFFICER'; readonly declarationDuty: Money; readonly declarationVat: Money };

/**
 * For each released work, given by its position on the export declaration (in the import
 * declaration's order): what the export declaration charged for it, or undefined when it
 * charged none. Only an export declaration not declared bonded, assessing the zone's country,
 * charged any: on lines it computed without a relief, and on lines the engine left to the
 * officer, whose assessed duties the approval charged.
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
  const { assessedDuties } = exported;
  // not deferred: the declaration is not bonded
  const assessedByOfficer = assessedDuties
    ? dutyLinesToAssess(lines, exported.items, false).map((line) => line.itemIndex)
    : [];
  return positions.map((position): ExportCharge | undefined => {
    if (assessedDuties && assessedByOfficer.includes(position)) {
      return {
        by: 'OFFICER',
        declarationDuty: assessedDuties.duty,
        declarationVat: assessedDuties.vat,
      };
    }
    const line = lines.find((candidate) => candidate.itemIndex === position);
    if (!line || line.status !== 'COMPUTED' || line.relief || !line.duty || !line.vat) {
      return undefined;
    }
    return {
      by: 'ENGINE',
      duty: parseMoney(line.duty.amount, line.duty.currency),
      vat: parseMoney(line.vat.amount, line.vat.currency),
    };
  });
}

function chargeCurrency(charge: ExportCharge): string {
  return charge.by === 'ENGINE' ? charge.duty.currency : charge.declarationDuty.currency;
}

function paidAtExportMessage(charge: ExportCharge, exportDeclarationId: string): string {
  const paid = 'paid at its clearance, they are not charged again on release';
  return charge.by === 'ENGINE'
    ? `duty ${moneyText(charge.duty)} and VAT ${moneyText(charge.vat)} were charged on export declaration ${exportDeclarationId}, which was not declared for bonded storage: ${paid}`
    : `duty and VAT of this work, which the engine could not compute, were assessed by the officer who approved export declaration ${exportDeclarationId} (duty ${moneyText(charge.declarationDuty)} and VAT ${moneyText(charge.declarationVat)} for the whole declaration), which was not declared for bonded storage: ${paid}`;
}

/**
 * The finding that sent a line the engine could not compute to review (its duties incomplete):
 * of the line's rule, REVIEW, about that line. Paid at export, there is nothing left to assess.
 */
function isIncompleteDutyFinding(finding: Finding, line: DutyLine | undefined): boolean {
  return (
    line?.status === 'NOT_COMPUTED' &&
    finding.ruleId === line.ruleId &&
    finding.effect === 'REVIEW' &&
    finding.message.includes(line.reason)
  );
}

/**
 * The import declaration's assessment with the duty and VAT already paid at the export
 * declaration taken off: those works' computed lines carry zero duty, VAT and total (what
 * would have been due kept in the relief), their CN-FTZ-RELEASE finding ("duty due") is
 * replaced by a DUTY-PAID-AT-EXPORT one, and the totals are summed again. A paid work's line the
 * engine cannot compute now stays NOT_COMPUTED, but its REVIEW finding goes with the "duty due":
 * nothing of it is left for an officer to assess, so it no longer holds the item (or the
 * declaration) in review. Works not charged at export are left as assessed. `releaseRuleId` is
 * the rule whose "due" finding is superseded.
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
    if (!charge || line.status !== 'COMPUTED' || line.duty.currency !== chargeCurrency(charge)) {
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
  const items = assessment.items.map((item, index): ItemAssessment => {
    const charge = charged[index];
    if (!charge) return item;
    const line = duties?.lines.find((candidate) => candidate.itemIndex === index);
    const finding: Finding = notice(
      DUTY_PAID_AT_EXPORT,
      'INFO',
      paidAtExportMessage(charge, exportDeclarationId),
    );
    const findings = [
      ...item.findings.filter(
        (existing) => existing.ruleId !== releaseRuleId && !isIncompleteDutyFinding(existing, line),
      ),
      finding,
    ];
    return { ...item, findings, outcome: itemOutcome(findings) };
  });
  return {
    ...assessment,
    outcome: strictestOutcome(items.map((item) => item.outcome)),
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
