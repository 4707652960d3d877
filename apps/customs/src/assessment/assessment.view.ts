import type { MoneyDto } from '@artbridge/contracts';
import { toMoneyJson, type Money } from '@artbridge/money';
import type {
  AssessmentResponse,
  DutiesResponse,
  DutyLineResponse,
  FindingResponse,
  ItemAssessmentResponse,
} from './assessment.response';
import type { Assessment, Duties, DutyLine, Finding, ItemAssessment } from './domain';

/** Money as it travels: `{ "amount": "1250.00", "currency": "EUR" }`. */
const money = (value: Money): MoneyDto => toMoneyJson(value);

export function findingView(finding: Finding): FindingResponse {
  return {
    ruleId: finding.ruleId,
    ruleVersion: finding.ruleVersion,
    effect: finding.effect,
    message: finding.message,
    source: finding.source,
    ...(finding.licence !== undefined && { licence: finding.licence }),
  };
}

export function itemAssessmentView(item: ItemAssessment): ItemAssessmentResponse {
  return {
    hsCode: item.hsCode,
    outcome: item.outcome,
    findings: item.findings.map(findingView),
    licencesRequired: [...item.licencesRequired],
  };
}

export function dutyLineView(line: DutyLine): DutyLineResponse {
  if (line.status === 'NOT_COMPUTED') return { ...line };
  return {
    status: line.status,
    itemIndex: line.itemIndex,
    hsCode: line.hsCode,
    customsValue: money(line.customsValue),
    ...(line.conversion && {
      conversion: {
        from: money(line.conversion.from),
        rates: line.conversion.rates.map((rate) => ({ ...rate })),
      },
    }),
    dutyRate: { ...line.dutyRate },
    vatRate: { ...line.vatRate },
    duty: money(line.duty),
    vat: money(line.vat),
    total: money(line.total),
    ...(line.relief && {
      relief: {
        kind: line.relief.kind,
        ruleId: line.relief.ruleId,
        suspendedDuty: money(line.relief.suspendedDuty),
        suspendedVat: money(line.relief.suspendedVat),
      },
    }),
  };
}

export function dutiesView(duties: Duties): DutiesResponse {
  return {
    currency: duties.currency,
    customsValue: money(duties.customsValue),
    duty: money(duties.duty),
    vat: money(duties.vat),
    total: money(duties.total),
    complete: duties.complete,
    lines: duties.lines.map(dutyLineView),
  };
}

/** The response of POST /assessments (API.md), money as decimal strings. */
export function assessmentView(assessment: Assessment): AssessmentResponse {
  return {
    outcome: assessment.outcome,
    date: assessment.date,
    ruleBookVersion: assessment.ruleBookVersion,
    items: assessment.items.map(itemAssessmentView),
    duties: assessment.duties && dutiesView(assessment.duties),
  };
}
