import { ApiError } from '../../api/api-error';

/** What a form asks of a refused request: the messages for one field, or for a list itself. */
export interface FieldErrors {
  /** Messages for the field and its children (`value` also collects `value.amount`). */
  at(path: string): string[];
  /** Messages for exactly this path (a list's own `materials must contain…`, not its rows'). */
  own(path: string): string[];
}

const NONE: string[] = [];

/**
 * Reads a refusal the way FormErrors does (a message belongs to the field its text starts
 * with), so every message shows once: next to its field, or with the form's other errors.
 */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) {
    return { at: () => NONE, own: () => NONE };
  }
  return { at: (path) => error.forField(path), own: (path) => error.fields[path] ?? NONE };
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
    const path = Object.keys(names).find(
      (from) =>
        message.startsWith(`${from} `) ||
        message.startsWith(`${from}.`) ||
        message.startsWith(`${from}:`),
    );
    return path ? `${rename(path)}${message.slice(path.length)}` : message;
  });
  return new ApiError(error.status, messages, fields, error.body);
}
