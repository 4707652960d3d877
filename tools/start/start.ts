// `npm start`: the whole platform on this machine. PostgreSQL and Kafka are brought up when
// they are not running (and Kafka stopped again on exit if this script started it), every
// service runs as its own process, and their logs are printed one line each.
import 'reflect-metadata';
import {
  ensureKafka,
  ensurePostgres,
  kafkaScript,
  portAnswers,
  ServiceProcess,
} from '@artbridge/platform-testing';

const SERVICES = [
  { app: 'catalog', port: 3001 },
  { app: 'customs', port: 3002 },
  { app: 'payments', port: 3003 },
  { app: 'logistics', port: 3004 },
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
  const taken = [];
  for (const { app, port } of SERVICES)
    if (await portAnswers(`127.0.0.1:${port}`)) taken.push(`${app} ${port}`);
  if (taken.length > 0)
    throw new Error(`ports already in use (${taken.join(', ')}): is artbridge already running?`);

  process.stdout.write('Starting PostgreSQL and Kafka when they are not running ...\n');
  const database = await ensurePostgres();
  const kafka = await ensureKafka();
  const env = {
    DATABASE_URL: database,
    KAFKA_BROKERS: kafka.brokers,
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
  };

  const services = await Promise.all(
    SERVICES.map(({ app, port }) =>
      ServiceProcess.start({ app, port, env, onLine: (line) => printLine(app, line) }),
    ),
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the services ...\n');
    await Promise.all(services.map((service) => service.stop()));
    if (kafka.started && !process.env['ARTBRIDGE_KEEP_KAFKA']) await kafkaScript('stop');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  for (const service of services) {
    void service.ended.then(({ code }) => {
      if (!stopping) {
        process.stderr.write(
          `${service.app} stopped unexpectedly (exit code ${code}); stopping the platform\n`,
        );
        void stop(1);
      }
    });
  }

  process.stdout.write(`
artbridge is running (Ctrl-C stops it).

  ${services.map((s) => `${s.app.padEnd(10)} ${s.baseUrl}   health: ${s.baseUrl}/health`).join('\n  ')}
  Kafka      ${kafka.brokers}${kafka.started ? ' (started by npm start)' : ''}
  PostgreSQL ${database.replace(/\/[^/]*$/, '')} (databases artbridge_<service>)

Try the walking skeleton: register an artwork in catalog, then read logistics' copy of it.

  TOKEN=$(npm run -s token -- exporter1 EXPORTER)
  curl -s -X POST http://127.0.0.1:3001/artworks -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"title":"Spring in Jiangnan","artist":{"name":"Lin Fengmian"},"creationYear":1962,"category":"PAINTING",
         "value":{"amount":"880000.00","currency":"CNY"},"ownedByCreator":false,"originCountry":"CN"}'
  curl -s http://127.0.0.1:3004/artworks/<id from the answer> -H "authorization: Bearer $TOKEN"

`);
}

main().catch((error: Error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  process.exit(1);
});
