import { readMetricsPort } from '@artbridge/platform-observability';
import { resolve } from 'node:path';
import {
  ConfigError,
  DEFAULT_HTTP_HOST,
  describeDeployment,
  isLocalDeployment,
  readJwtSecret,
  type ServiceConfig,
} from '@artbridge/platform-service';

/** The services behind the gateway: `/api/<name>/...` goes to `<NAME>_URL`. */
export const ROUTED_SERVICES = [
  { name: 'catalog', port: 3001 },
  { name: 'customs', port: 3002 },
  { name: 'payments', port: 3003 },
  { name: 'logistics', port: 3004 },
] as const;
export type RoutedService = (typeof ROUTED_SERVICES)[number]['name'];

export const GATEWAY_PORT = 3000;

/** Everything the gateway reads from its environment, checked once at start. */
export interface GatewayConfig {
  httpHost: string;
  httpPort: number;
  /** The management port GET /metrics answers on, at httpHost (0: a free one); null: none. */
  metricsPort: number | null;
  logLevel: ServiceConfig['logLevel'];
  /** Shared secret the bearer tokens are signed with (HS256), the services' own. */
  jwtSecret: string;
  /** The demo users of API.md: only when ARTBRIDGE_DEMO_USERS=true, on a local machine only. */
  demoUsers: boolean;
  /** Base URL of each service, e.g. catalog → http://127.0.0.1:3001. */
  services: Record<RoutedService, string>;
  /** How long a service may take to answer before the caller gets 504. */
  proxyTimeoutMs: number;
  /** How long /api/docs-json waits for a service's document before leaving it out. */
  docsTimeoutMs: number;
  /** The built web (apps/web/dist), served at / with every other path falling back to it. */
  webRoot: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
    return fallback;
  }
  return value;
}

/**
 * Reads `GATEWAY_PORT`, `GATEWAY_METRICS_PORT`, `HOST`, `LOG_LEVEL`, `ARTBRIDGE_JWT_SECRET`, `ARTBRIDGE_DEMO_USERS`,
 * `<SERVICE>_URL` (CATALOG_URL ...), `GATEWAY_PROXY_TIMEOUT_MS`, `GATEWAY_DOCS_TIMEOUT_MS`,
 * `ARTBRIDGE_WEB_ROOT` (default apps/web/dist).
 * Every problem is reported at once, in one line. No database, no Kafka.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  const httpPort = integer(env, 'GATEWAY_PORT', GATEWAY_PORT, [0, 65535], problems);
  const metricsPort = readMetricsPort(env, 'gateway', problems);
  const proxyTimeoutMs = integer(env, 'GATEWAY_PROXY_TIMEOUT_MS', 60_000, [1, 3_600_000], problems);
  const docsTimeoutMs = integer(env, 'GATEWAY_DOCS_TIMEOUT_MS', 3_000, [1, 60_000], problems);
  const logLevel = (env['LOG_LEVEL'] || 'info') as GatewayConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const jwtSecret = readJwtSecret(env, problems);
  const demo = env['ARTBRIDGE_DEMO_USERS'] ?? '';
  if (!['', 'true', 'false'].includes(demo))
    problems.push(`ARTBRIDGE_DEMO_USERS must be true or false, got '${demo}'`);
  const demoUsers = demo === 'true';
  // password `demo` for everyone: only where nobody else can reach the gateway
  if (demoUsers && !isLocalDeployment(env))
    problems.push(
      `ARTBRIDGE_DEMO_USERS=true is refused unless NODE_ENV is unset, development or test and HOST is a loopback address (${describeDeployment(env)})`,
    );
  const services = {} as Record<RoutedService, string>;
  for (const { name, port } of ROUTED_SERVICES) {
    const variable = `${name.toUpperCase()}_URL`;
    const raw = env[variable] || `http://127.0.0.1:${port}`;
    services[name] = raw.replace(/\/+$/, '');
    try {
      const url = new URL(raw);
      if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash) throw new Error();
    } catch {
      problems.push(
        `${variable} must be an http(s) URL such as http://127.0.0.1:${port}, got '${raw}'`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError('gateway', problems);
  return {
    httpHost: env['HOST'] || DEFAULT_HTTP_HOST,
    httpPort,
    metricsPort,
    logLevel,
    jwtSecret,
    demoUsers,
    services,
    proxyTimeoutMs,
    docsTimeoutMs,
    webRoot: env['ARTBRIDGE_WEB_ROOT'] || resolve(__dirname, '../../web/dist'),
  };
}
