import {
  assess,
  CUSTOMS_RULE_BOOK,
  type Assessment,
  type AssessmentRequest,
  type Finding,
  type FxRateLookup,
} from '../domain';
import { fixtureFx } from './fx-fixture';

/** Assesses with the real rule book and the fixture FX table. */
export function assessWithFixtures(
  request: AssessmentRequest,
  fx: FxRateLookup = fixtureFx,
): Assessment {
  return assess(request, { rules: CUSTOMS_RULE_BOOK, fx });
}

export function findingsOf(
  assessment: Assessment,
  ruleId: string,
  itemIndex = 0,
): readonly Finding[] {
  return assessment.items[itemIndex].findings.filter((finding) => finding.ruleId === ruleId);
}

/** The effect a rule had on an item, or 'NONE' when it did not fire. */
export function effectOf(assessment: Assessment, ruleId: string, itemIndex = 0): string {
  const findings = findingsOf(assessment, ruleId, itemIndex);
  return findings.length === 0 ? 'NONE' : findings.map((finding) => finding.effect).join('+');
}
