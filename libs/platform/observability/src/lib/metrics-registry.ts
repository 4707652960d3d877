import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * A registry of an app's own (a process may run several apps, as the in-process tests do):
 * prom-client's process metrics (CPU, memory, event loop lag, GC, handles), every series
 * labelled `service="<app>"`.
 */
export function createMetricsRegistry(app: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: app });
  collectDefaultMetrics({ register: registry });
  return registry;
}
