import { ApiError } from './api-error';

/**
 * Which of a refused request's messages a form shows next to which input. The services start a
 * field's message with its path (`value.amount has 3 decimals`), so a message belongs to the
 * field it starts with; FormErrors shows the rest, and every message shows once.
 */
export interface FieldErrors {
  /** Messages for the field and its children (`value` also collects `value.amount`). */
  at(path: string): string[];
  /** Messages for exactly this path (a list's own `materials must contain…`, not its rows'). */
  own(path: string): string[];
}

const NONE: string[] = [];

export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) {
    return { at: () => NONE, own: () => NONE };
  }
  return { at: (path) => error.forField(path), own: (path) => error.fields[path] ?? NONE };
}

/** The message is about `field` (or one of its children). */
function belongsTo(message: string, field: string): boolean {
  return (
    message.startsWith(`${field} `) ||
    message.startsWith(`${field}.`) ||
    message.startsWith(`${field}:`)
  );
}

/** Every message of the error except those that one of `fields` shows. */
export function messagesExcept(error: ApiError, fields: readonly string[]): string[] {
  return error.messages.filter((message) => !fields.some((field) => belongsTo(message, field)));
}

/**
 * A refusal with one of these statuses is about the one input of a form as a whole (a 409
 * "invoice … is PAID" is about the invoice chosen): the input shows all of its messages.
 */
export function isClaimed(error: unknown, statuses: readonly number[]): error is ApiError {
  return error instanceof ApiError && statuses.includes(error.status);
}

/**
 * The same refusal with its field paths renamed, for a request whose fields sit elsewhere on
 * the form (the pre-check's `exportCountry` is the shipment form's `origin.country`).
 */
export function renamedFields(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof ApiError)) return error;
  const rename = (path: string) => {
    for (const [from, to] of Object.entries(names)) {
      if (path === from) return to;
      if (path.startsWith(`${from}.`)) return `${to}${path.slice(from.length)}`;
    }
    return path;
  };
  const fields: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(error.fields)) {
    (fields[rename(path)] ??= []).push(...messages);
  }
  const messages = error.messages.map((message) => {
    const path = Object.keys(names).find((from) => belongsTo(message, from));
    return path ? `${rename(path)}${message.slice(path.length)}` : message;
  });
  return new ApiError(error.status, messages, fields, error.body);
}
