import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads something for a screen and loads it again when `deps` change or `reload()` is called;
 * an answer that arrives after a newer request started is ignored. With `everyMs` it also
 * polls (a timeline that follows the journey live), keeping the last data while it does.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  options: { everyMs?: number } = {},
): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    latest
      .current(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ data: previous.data, error, loading: false }));
      });
    return () => controller.abort();
  }, [...deps, tick]);

  useEffect(() => {
    if (!options.everyMs) return undefined;
    const timer = setInterval(reload, options.everyMs);
    return () => clearInterval(timer);
  }, [options.everyMs, reload]);

  return { ...state, reload };
}
