import { ApiError } from '../../api/api-error';

/**
 * Which of a refused request's messages belong next to which input. The services prefix field
 * errors with the field's path (`reason must be longer…`); some refusals concern the one input
 * of a form as a whole (a 409 "invoice … is PAID" is about the invoice chosen), so a form can
 * claim every message of those statuses for that input.
 */
export function fieldErrors(
  error: unknown,
  field: string,
  claim: readonly number[] = [],
): string[] {
  if (!(error instanceof ApiError)) return [];
  if (claim.includes(error.status)) return messagesExcept(error, []);
  return error.forField(field);
}

/** Every message of the error except those that start with one of `fields` (shown elsewhere). */
export function messagesExcept(error: ApiError, fields: readonly string[]): string[] {
  return error.messages.filter((message) => !fields.some((field) => belongsTo(message, field)));
}

/** True when the error's messages are all shown next to inputs (nothing left for FormErrors). */
export function isClaimed(error: unknown, claim: readonly number[]): boolean {
  return error instanceof ApiError && claim.includes(error.status);
}

function belongsTo(message: string, field: string): boolean {
  return (
    message.startsWith(`${field} `) ||
    message.startsWith(`${field}.`) ||
    message.startsWith(`${field}:`)
  );
}
