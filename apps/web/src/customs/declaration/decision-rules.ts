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

/** The duty and VAT an officer assessed, as typed (amounts only: the currency is the duties'). */
export interface AssessedAmounts {
  duty: string;
  vat: string;
}

/**
 * The request body: the reason trimmed, and left out when there is none (an approval); the
 * officer's assessed duties, in the duties' currency, with an APPROVE only (the service refuses
 * them with the other decisions).
 */
export function decisionBody(
  decision: Decision,
  reason: string,
  assessed?: { amounts: AssessedAmounts; currency: string },
): DecisionBody {
  const text = reason.trim();
  const body: DecisionBody = text ? { decision, reason: text } : { decision };
  if (decision !== 'APPROVE' || !assessed) return body;
  const { amounts, currency } = assessed;
  return {
    ...body,
    duties: {
      duty: { amount: amounts.duty.trim(), currency },
      vat: { amount: amounts.vat.trim(), currency },
    },
  };
}

export type AmountProblem = 'required' | 'notAnAmount';

/** A decimal amount, not negative: `1250`, `1250.00` (the service checks the currency's digits). */
const AMOUNT = /^\d+(\.\d+)?$/;

/**
 * What is wrong with the assessed duties before an APPROVE is sent: both amounts are needed
 * while the duties are incomplete (else the service answers 409), each a decimal amount.
 */
export function assessedAmountProblems(
  amounts: AssessedAmounts,
): Partial<Record<keyof AssessedAmounts, AmountProblem>> {
  const problems: Partial<Record<keyof AssessedAmounts, AmountProblem>> = {};
  for (const field of ['duty', 'vat'] as const) {
    const amount = amounts[field].trim();
    if (amount === '') problems[field] = 'required';
    else if (!AMOUNT.test(amount)) problems[field] = 'notAnAmount';
  }
  return problems;
}

/**
 * A 409 that refused this decision itself, the declaration still in review (an approval without
 * the duties the service needs): not a change someone else made, nothing to reload.
 */
export function isRefusalInReview(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    error.body['currentStatus'] === 'PENDING_REVIEW' &&
    !missingLicencesOf(error)
  );
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
