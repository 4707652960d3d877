import type { Assessment } from '../../api/assessment.types';
import type { Declaration } from '../../api/declaration.types';

/** The declaration as customs assessed it, for the exporter it belongs to. */
export function assessmentOf(declaration: Declaration): Assessment {
  return {
    outcome: declaration.outcome,
    date: declaration.declarationDate,
    ruleBookVersion: declaration.ruleBookVersion,
    items: declaration.items.map((item) => ({
      hsCode: item.hsCode,
      outcome: item.outcome,
      findings: item.findings,
      licencesRequired: item.licencesRequired,
    })),
    duties: declaration.duties,
  };
}
