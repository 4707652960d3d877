import type { BodyOf } from '@artbridge/public-api';
import { everyValue } from '../api/every-value';

/** What only the officers send: a decision on a declaration (its answers are in api/). */
export type DecisionBody = BodyOf<'customs_DeclarationsController_decide'>;

export type Decision = DecisionBody['decision'];
export const DECISIONS = everyValue<Decision>()(['APPROVE', 'REJECT', 'REQUEST_INFO']);
