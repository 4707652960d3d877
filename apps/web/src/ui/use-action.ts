import { useCallback, useState } from 'react';

/** What the request answered, or why it failed (also kept as `error` for the form). */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * A request a button starts (save, upload, attach): busy while it runs, its error kept for
 * the form to show next to the fields, cleared when it is tried again.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<ActionResult<T>> => {
    setBusy(true);
    setError(undefined);
    try {
      const value = await action();
      return { ok: true, value };
    } catch (caught) {
      setError(caught);
      return { ok: false, error: caught };
    } finally {
      setBusy(false);
    }
  }, []);

  const clear = useCallback(() => setError(undefined), []);
  return { busy, error, run, clear };
}
