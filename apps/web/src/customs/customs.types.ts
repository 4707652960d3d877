/** What only the officers send: a decision on a declaration (its answers are in api/). */
export const DECISIONS = ['APPROVE', 'REJECT', 'REQUEST_INFO'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DecisionBody {
  decision: Decision;
  reason?: string;
}
