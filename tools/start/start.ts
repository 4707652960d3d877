// `npm start`: the whole platform on this machine. PostgreSQL and Kafka are brought up when
// they are not running (and Kafka stopped again on exit if this script started it), every
// service runs as its own process, then the gateway in front of them; their logs are printed
// one line each. The demo users of docs/API.md exist (ARTBRIDGE_DEMO_USERS=true), and the demo
// data is put in through the gateway on the first start.
import 'reflect-metadata';
import { readMetricsPort } from '@artbridge/platform-observability';
import {
  ensureKafka,
  ensurePostgres,
  kafkaScript,
  portAnswers,
  ServiceProcess,
  ensureWebBuilt,
  webBuildIsStale,
} from '@artbridge/platform-testing';
import { seedDemoData, SeedOutcome } from './demo-seed';
import { readStartPorts } from './ports';

/** Each app's management port, GET /metrics (the gateway does not route it): <APP>_METRICS_PORT. */
function metricsPort(app: string): number | 'off' {
  const problems: string[] = [];
  const port = readMetricsPort(process.env, app, problems);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return port ?? 'off';
}
function metricsUrl(app: string): string {
  const port = metricsPort(app);
  if (port === 'off') return 'off';
  return port === 0 ? 'on a free port (see its log)' : `http://127.0.0.1:${port}/metrics`;
}

const DEMO_USERS = [
  'exporter1, exporter2 (EXPORTER)',
  'officer1 (CUSTOMS_OFFICER)',
  'finance1 (FINANCE)',
  'operator1 (LOGISTICS_OPERATOR)',
  'admin (ADMIN)',
];

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** pino JSON → "catalog   INFO  [RoutesResolver] msg"; anything else as it is. */
function printLine(app: string, line: string): void {
  if (!line.trim()) return;
  let text = line;
  try {
    const entry = JSON.parse(line) as {
      level?: number;
      msg?: string;
      context?: string;
      req?: { method: string; url: string };
      res?: { statusCode: number };
    };
    const request =
      entry.req && entry.res
        ? ` ${entry.req.method} ${entry.req.url} → ${entry.res.statusCode}`
        : '';
    text = `${(LEVELS[entry.level ?? 30] ?? 'INFO').padEnd(5)} ${entry.context ? `[${entry.context}] ` : ''}${entry.msg ?? ''}${request}`;
  } catch {
    /* not JSON: print as is */
  }
  process.stdout.write(`${app.padEnd(10)} ${text}\n`);
}

async function main(): Promise<void> {
  const ports = readStartPorts(process.env);
  const serviceApps = (['catalog', 'customs', 'payments', 'logistics'] as const).map((app) => ({
    app,
    port: ports[app],
  }));
  const gatewayApp = { app: 'gateway', port: ports.gateway };
  const taken = [];
  for (const { app, port } of [...serviceApps, gatewayApp])
    for (const used of [port, metricsPort(app)].filter((p) => typeof p === 'number' && p > 0))
      if (await portAnswers(`127.0.0.1:${used}`)) taken.push(`${app} ${used}`);
  if (taken.length > 0)
    throw new Error(`ports already in use (${taken.join(', ')}): is artbridge already running?`);

  if (webBuildIsStale()) {
    process.stdout.write('Building the web (apps/web) ...\n');
    await ensureWebBuilt();
  }
  process.stdout.write('Starting PostgreSQL and Kafka when they are not running ...\n');
  const database = await ensurePostgres();
  const kafka = await ensureKafka();
  const env = {
    DATABASE_URL: database,
    KAFKA_BROKERS: kafka.brokers,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
    ARTBRIDGE_DEMO_USERS: 'true',
  };

  const started: ServiceProcess[] = [];
  const launch = async (app: string, port: number, extra: NodeJS.ProcessEnv = {}) => {
    const service = await ServiceProcess.start({
      app,
      port,
      metricsPort: metricsPort(app),
      env: { ...env, ...extra },
      onLine: (line) => printLine(app, line),
    });
    started.push(service);
    return service;
  };
  let services: ServiceProcess[];
  let gateway: ServiceProcess;
  try {
    const launched = await Promise.allSettled(
      serviceApps.map(({ app, port }) => launch(app, port)),
    );
    services = launched.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
    gateway = await launch(
      gatewayApp.app,
      gatewayApp.port,
      Object.fromEntries(
        serviceApps.map(({ app, port }) => [
          `${app.toUpperCase()}_URL`,
          `http://127.0.0.1:${port}`,
        ]),
      ),
    );
  } catch (error) {
    // one did not come up: the others must not stay behind without us
    await Promise.all(started.map((service) => service.stop()));
    if (kafka.started && !process.env['ARTBRIDGE_KEEP_KAFKA']) await kafkaScript('stop');
    throw error;
  }
  const everything = [...services, gateway];

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the services ...\n');
    await Promise.all(everything.map((service) => service.stop()));
    if (kafka.started && !process.env['ARTBRIDGE_KEEP_KAFKA']) await kafkaScript('stop');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  for (const service of everything) {
    void service.ended.then(({ code }) => {
      if (!stopping) {
        process.stderr.write(
          `${service.app} stopped unexpectedly (exit code ${code}); stopping the platform\n`,
        );
        void stop(1);
      }
    });
  }

  let seed: SeedOutcome;
  try {
    seed = await seedDemoData(gateway.baseUrl);
  } catch (error) {
    seed = { seeded: false, reason: `failed: ${(error as Error).message}`, artworkIds: [] };
  }
  if (!stopping) process.stdout.write(banner(services, gateway, kafka, database, seed));
}

function banner(
  services: ServiceProcess[],
  gateway: ServiceProcess,
  kafka: { brokers: string; started: boolean },
  database: string,
  seed: SeedOutcome,
): string {
  const api = `${gateway.baseUrl}/api`;
  const artwork = seed.artworkIds[0] ?? '<id>';
  return `
artbridge is running (Ctrl-C stops it).

  web        ${gateway.baseUrl}/   sign in as a demo user below
  gateway    ${api}   the public API, one entry for every service
  OpenAPI    ${api}/docs   (JSON: ${api}/docs-json; also libs/public-api/src/openapi.json)
  AsyncAPI   libs/contracts/asyncapi.json   the messages on Kafka
  ${services.map((s) => `${s.app.padEnd(10)} ${s.baseUrl}   health: ${s.baseUrl}/health   metrics: ${metricsUrl(s.app)}`).join('\n  ')}
  metrics    ${metricsUrl(gateway.app)}   the gateway's (Prometheus text; each service's above)
  Kafka      ${kafka.brokers}${kafka.started ? ' (started by npm start)' : ''}
  PostgreSQL ${database.replace(/\/[^/]*$/, '')} (databases artbridge_<service>)

Demo users, password "demo": ${DEMO_USERS.join(', ')}.
Demo data: ${seed.seeded ? seed.lines.join('; ') : seed.reason}.

Sign in, then go through the gateway:

  TOKEN=$(curl -s -X POST ${api}/auth/token -H 'content-type: application/json' \\
    -d '{"username":"exporter1","password":"demo"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')
  curl -s '${api}/catalog/artworks?pageSize=10' -H "authorization: Bearer $TOKEN"
  curl -s ${api}/catalog/artworks/${artwork} -H "authorization: Bearer $TOKEN"
  curl -s ${api}/logistics/artworks/${artwork} -H "authorization: Bearer $TOKEN"   # logistics' copy, over Kafka

`;
}

main().catch((error: Error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  process.exit(1);
});
