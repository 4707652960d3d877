import { ApiError } from '../api/api-error';
import { messagesExcept } from '../api/field-errors';

/**
 * What a refused request said that no field on the form shows (a 409, a 502, a field the form
 * has no input for), so no error is ever silently dropped.
 */
export function FormErrors({ error, shown = [] }: { error?: unknown; shown?: string[] }) {
  if (!error) return null;
  const messages =
    error instanceof ApiError
      ? messagesExcept(error, shown)
      : [String((error as Error).message ?? error)];
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="form-error">
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
