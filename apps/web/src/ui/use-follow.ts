import { useEffect, useState, type DependencyList } from 'react';
import { useLoad, type Loaded } from './use-load';

/**
 * useLoad that polls every `everyMs` until what it loaded says it is done (an import that
 * finished, a shipment in a final status), then stops asking.
 */
export function useFollow<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  everyMs: number,
  isDone: (data: T) => boolean,
): Loaded<T> & { following: boolean } {
  const [done, setDone] = useState(false);
  const loaded = useLoad(load, deps, { everyMs: done ? undefined : everyMs });
  const nowDone = loaded.data !== undefined && isDone(loaded.data);
  useEffect(() => setDone(nowDone), [nowDone]);
  return { ...loaded, following: !nowDone };
}
