import type { BodyOf } from '@artbridge/public-api';
import { everyValue } from '../api/every-value';

/** What only the officers send: a decision on a declaration (its answers are in api/). */
export type DecisionBody = BodyOf<'customs_DeclarationsController_decide'>;

export type Decision = DecisionBody['decision'];
export const DECISIONS = everyValue<Decision>()(['APPROVE', 'REJECT', 'REQUEST_INFO']);

/** Each decision's text in customs.messages.ts: its button, and its value on the audit trail. */
export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  APPROVE: 'declaration.decision.approve',
  REJECT: 'declaration.decision.reject',
  REQUEST_INFO: 'declaration.decision.requestInfo',
};
