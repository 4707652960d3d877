import { databaseUrl, serverUrl } from '@artbridge/platform-persistence';

/** Everything a service reads from its environment, checked once at start. */
export interface ServiceConfig {
  service: string;
  httpHost: string;
  httpPort: number;
  /** URL of the service's own database (artbridge_<service> unless told otherwise). */
  databaseUrl: string;
  kafkaBrokers: string[];
  topicPrefix: string;
  topicPartitions: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Shared secret the bearer tokens are signed with (HS256). */
  jwtSecret: string;
}

/** For this machine only: production sets ARTBRIDGE_JWT_SECRET (and refuses to start without). */
export const DEVELOPMENT_JWT_SECRET = 'artbridge-development-secret-not-for-production';

export class ConfigError extends Error {
  constructor(service: string, problems: string[]) {
    super(`${service}: bad configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
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
 * Reads a service's settings: `<SERVICE>_PORT`, `<SERVICE>_DATABASE`, `DATABASE_URL` (the
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
  const jwtSecret =
    env['ARTBRIDGE_JWT_SECRET'] || (env['NODE_ENV'] === 'production' ? '' : DEVELOPMENT_JWT_SECRET);
  if (jwtSecret.length < 16)
    problems.push('ARTBRIDGE_JWT_SECRET must be set to at least 16 characters in production');
  if (problems.length > 0) throw new ConfigError(service, problems);
  return {
    service,
    httpHost: env['HOST'] || '127.0.0.1',
    httpPort,
    databaseUrl: url,
    kafkaBrokers,
    topicPrefix,
    topicPartitions,
    logLevel,
    jwtSecret,
  };
}
