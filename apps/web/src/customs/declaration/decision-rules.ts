import { ApiError } from '../../api/api-error';
import type { DeclarationItem, MissingLicence } from '../../api/declaration.types';
import type { Decision, DecisionBody } from '../customs.types';

/** The service's bound on a decision's reason (REASON_MAX_LENGTH). */
export const REASON_MAX_LENGTH = 2000;

const NEEDS_REASON: readonly Decision[] = ['REJECT', 'REQUEST_INFO'];

export function needsReason(decision: Decision): boolean {
  return NEEDS_REASON.includes(decision);
}

export type ReasonProblem = 'required' | 'tooLong';

/** What is wrong with a decision before it is sent, as the service would judge it. */
export function reasonProblem(decision: Decision, reason: string): ReasonProblem | undefined {
  if (reason.length > REASON_MAX_LENGTH) return 'tooLong';
  if (needsReason(decision) && reason.trim() === '') return 'required';
  return undefined;
}

/** The request body: the reason trimmed, and left out when there is none (an approval). */
export function decisionBody(decision: Decision, reason: string): DecisionBody {
  const text = reason.trim();
  return text ? { decision, reason: text } : { decision };
}

/** The licences a 409 to APPROVE names, or undefined for any other refusal. */
export function missingLicencesOf(error: unknown): MissingLicence[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const missing = error.body['missingLicences'];
  return Array.isArray(missing) && missing.length > 0 ? (missing as MissingLicence[]) : undefined;
}

/** A missing licence with the item it is for, by its position in the declaration. */
export function withItems(
  missing: readonly MissingLicence[],
  items: readonly Pick<DeclarationItem, 'position' | 'title'>[],
): { type: string; itemNumber: number; title?: string }[] {
  return missing.map(({ type, position }) => ({
    type,
    itemNumber: position + 1,
    title: items.find((item) => item.position === position)?.title,
  }));
}
