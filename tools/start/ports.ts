/** The ports `npm start` gives each app when its `<APP>_PORT` is not set (README, Configuration). */
export const DEFAULT_PORTS = {
  gateway: 3000,
  catalog: 3001,
  customs: 3002,
  payments: 3003,
  logistics: 3004,
} as const;

export type StartedApp = keyof typeof DEFAULT_PORTS;

/**
 * Each app's HTTP port for `npm start`: `<APP>_PORT` (GATEWAY_PORT, CATALOG_PORT, ...) or its
 * default, so that two platforms can run side by side. `0` (a free port, which a service takes
 * when started on its own) is refused here: the gateway must be told its services' ports before
 * they start. Problems are collected so that one error names them all.
 */
export function readStartPorts(env: NodeJS.ProcessEnv): Record<StartedApp, number> {
  const problems: string[] = [];
  const ports = {} as Record<StartedApp, number>;
  for (const [app, fallback] of Object.entries(DEFAULT_PORTS) as [StartedApp, number][]) {
    const name = `${app.toUpperCase()}_PORT`;
    const raw = (env[name] ?? '').trim();
    const port = raw === '' ? fallback : /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
    if (!(port >= 1 && port <= 65535))
      problems.push(`${name} must be an integer from 1 to 65535, got '${raw}'`);
    ports[app] = port;
  }
  const byPort = new Map<number, StartedApp[]>();
  for (const [app, port] of Object.entries(ports) as [StartedApp, number][])
    if (!Number.isNaN(port)) byPort.set(port, [...(byPort.get(port) ?? []), app]);
  for (const [port, apps] of byPort)
    if (apps.length > 1) problems.push(`${apps.join(' and ')} cannot both listen on port ${port}`);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return ports;
}
