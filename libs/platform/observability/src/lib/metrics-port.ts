/**
 * Where each app serves its metrics by default: a management port of its own, never the public
 * one (the gateway's public port routes /api/<service>/* to the services, so metrics there would
 * be anyone's to read). `<APP>_METRICS_PORT` overrides it; `0` takes a free port, `off` none.
 */
export const DEFAULT_METRICS_PORTS: Readonly<Record<string, number>> = {
  gateway: 9460,
  catalog: 9461,
  customs: 9462,
  payments: 9463,
  logistics: 9464,
};

/** The value of `<APP>_METRICS_PORT` that serves no metrics at all. */
export const METRICS_OFF = 'off';

/**
 * Reads `<APP>_METRICS_PORT` (e.g. CATALOG_METRICS_PORT): the app's default when unset, `0` for
 * a free port, `off` (any letter case) for none, which reads as null. A bad value is a problem
 * named in the one line of the app's ConfigError.
 */
export function readMetricsPort(
  env: NodeJS.ProcessEnv,
  app: string,
  problems: string[],
): number | null {
  const name = `${app.toUpperCase()}_METRICS_PORT`;
  const raw = (env[name] ?? '').trim();
  const fallback = DEFAULT_METRICS_PORTS[app] ?? null;
  if (raw === '') return fallback;
  if (raw.toLowerCase() === METRICS_OFF) return null;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port <= 65535)) {
    problems.push(`${name} must be an integer from 0 to 65535 or '${METRICS_OFF}', got '${raw}'`);
    return fallback;
  }
  return port;
}
