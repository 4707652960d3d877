import { readMetricsPort } from '@artbridge/platform-observability';
import { databaseUrl, serverUrl } from '@artbridge/platform-persistence';
import { isIPv4, isIPv6 } from 'node:net';

/** Everything a service reads from its environment, checked once at start. */
export interface ServiceConfig {
  service: string;
  httpHost: string;
  httpPort: number;
  /** The management port GET /metrics answers on, at httpHost (0: a free one); null: none. */
  metricsPort: number | null;
  /** URL of the service's own database (artbridge_<service> unless told otherwise). */
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix: string;
  topicPartitions: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Shared secret the bearer tokens are signed with (HS256). */
  jwtSecret: string;
}

/**
 * For this machine only: it is published in this repository, so anything not clearly local
 * (see isLocalDeployment) must set ARTBRIDGE_JWT_SECRET to something else.
 */
export const DEVELOPMENT_JWT_SECRET = 'artbridge-development-secret-not-for-production';

/** The address a service or the gateway listens on when HOST is not set. */
export const DEFAULT_HTTP_HOST = '127.0.0.1';

/** True for an address only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase();
  if (name === 'localhost') return true;
  if (isIPv4(name)) return name.startsWith('127.');
  if (isIPv6(name)) {
    if (/^(0{0,4}:){2,7}0{0,3}1$/.test(name)) return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name);
    return mapped !== null && mapped[1].startsWith('127.');
  }
  return false;
}

/**
 * Whether this is clearly a developer's machine or a test run: NODE_ENV unset, development or
 * test, and listening on loopback only. Anything else (staging, 'Production', HOST=0.0.0.0,
 * a typo) counts as a deployment: the published development secret and the demo users would
 * let anyone who can reach it sign tokens or sign in.
 */
export function isLocalDeployment(env: NodeJS.ProcessEnv): boolean {
  const nodeEnv = (env['NODE_ENV'] ?? '').trim().toLowerCase();
  return (
    ['', 'development', 'test'].includes(nodeEnv) &&
    isLoopbackHost(env['HOST'] || DEFAULT_HTTP_HOST)
  );
}

/** How a config problem names the deployment it refuses something in. */
export function describeDeployment(env: NodeJS.ProcessEnv): string {
  return `NODE_ENV=${env['NODE_ENV'] || '(unset)'}, HOST=${env['HOST'] || DEFAULT_HTTP_HOST}`;
}

/**
 * Reads ARTBRIDGE_JWT_SECRET: the development secret when unset on a local machine; outside
 * one it must be set, and to something other than the published development secret.
 */
export function readJwtSecret(env: NodeJS.ProcessEnv, problems: string[]): string {
  const local = isLocalDeployment(env);
  const secret = env['ARTBRIDGE_JWT_SECRET'] || (local ? DEVELOPMENT_JWT_SECRET : '');
  if (secret.length < 16)
    problems.push(
      `ARTBRIDGE_JWT_SECRET must be set to at least 16 characters unless NODE_ENV is unset, development or test and HOST is a loopback address (${describeDeployment(env)})`,
    );
  else if (!local && secret === DEVELOPMENT_JWT_SECRET)
    problems.push(
      `ARTBRIDGE_JWT_SECRET must not be the published development secret outside a local machine (${describeDeployment(env)})`,
    );
  return secret;
}

export class ConfigError extends Error {
  constructor(
    service: string,
    readonly problems: readonly string[],
  ) {
    super(`${service}: bad configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The platform's settings of a service and its own (`loadOwn`, which throws ConfigError), read
 * together: one line names every bad setting of both, not just the first reader's.
 */
export function loadServiceConfigWith<T>(
  service: string,
  defaultPort: number,
  loadOwn: (env: NodeJS.ProcessEnv) => T,
  env: NodeJS.ProcessEnv = process.env,
): [ServiceConfig, T] {
  const problems: string[] = [];
  const collect = <R>(load: () => R): R | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const config = collect(() => loadServiceConfig(service, defaultPort, env));
  const own = collect(() => loadOwn(env));
  if (problems.length > 0) throw new ConfigError(service, problems);
  return [config!, own!];
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const BROKER = /^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/;

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
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
 * Reads a service's settings: `<SERVICE>_PORT`, `<SERVICE>_METRICS_PORT`, `<SERVICE>_DATABASE`, `DATABASE_URL` (the
 * server), `ARTBRIDGE_JWT_SECRET`, `KAFKA_BROKERS`, `ARTBRIDGE_TOPIC_PREFIX`, `ARTBRIDGE_TOPIC_PARTITIONS`, `LOG_LEVEL`,
 * `HOST`. Every problem is reported at once, in one line.
 */
export function loadServiceConfig(
  service: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  const problems: string[] = [];
  const upper = service.toUpperCase();
  const httpPort = integer(env, `${upper}_PORT`, defaultPort, 0, 65535, problems);
  const metricsPort = readMetricsPort(env, service, problems);
  // One service instance reads all of a topic, so more partitions buy no parallelism, and
  // on two cores they made a journey's hops slower (docs/PERFORMANCE.md, stop 15). Raise it
  // before running several instances of a service: partitions bound how many share the work.
  const topicPartitions = integer(env, 'ARTBRIDGE_TOPIC_PARTITIONS', 1, 1, 1000, problems);
  const kafkaBrokers = (env['KAFKA_BROKERS'] || '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  for (const broker of kafkaBrokers) {
    if (!BROKER.test(broker)) problems.push(`KAFKA_BROKERS entry '${broker}' must be host:port`);
  }
  const topicPrefix = env['ARTBRIDGE_TOPIC_PREFIX'] ?? '';
  if (!/^[A-Za-z0-9._-]*$/.test(topicPrefix))
    problems.push('ARTBRIDGE_TOPIC_PREFIX may hold only letters, digits, . _ -');
  const logLevel = (env['LOG_LEVEL'] || 'info') as ServiceConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  let url = '';
  try {
    url = databaseUrl(serverUrl(env), env[`${upper}_DATABASE`] || `artbridge_${service}`);
  } catch {
    problems.push(
      `DATABASE_URL '${env['DATABASE_URL']}' is not a URL such as postgres://user@host:5432/db`,
    );
  }
  const jwtSecret = readJwtSecret(env, problems);
  if (problems.length > 0) throw new ConfigError(service, problems);
  return {
    service,
    httpHost: env['HOST'] || DEFAULT_HTTP_HOST,
    httpPort,
    metricsPort,
    databaseUrl: url,
    kafkaBrokers,
    topicPrefix,
    topicPartitions,
    logLevel,
    jwtSecret,
  };
}
