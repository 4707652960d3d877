import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { ensurePostgresServer, serverUrl } from '@artbridge/platform-persistence';

const run = promisify(execFile);

export const WORKSPACE_ROOT = resolve(__dirname, '../../../../..');
export const LOCAL_KAFKA = '127.0.0.1:9092';

export function portAnswers(hostPort: string, timeoutMs = 1000): Promise<boolean> {
  const [host, port] = [
    hostPort.slice(0, hostPort.lastIndexOf(':')),
    Number(hostPort.slice(hostPort.lastIndexOf(':') + 1)),
  ];
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
    socket.once('timeout', () => finish(false));
  });
}

/**
 * Kafka for this run: KAFKA_BROKERS when set, else the local broker of tools/kafka, started
 * when it is not running. Returns whether this call started it (so the caller may stop it).
 */
export async function ensureKafka(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ brokers: string; started: boolean }> {
  if (env['KAFKA_BROKERS']) {
    const first = env['KAFKA_BROKERS'].split(',')[0].trim();
    if (!(await portAnswers(first, 3000)))
      throw new Error(`KAFKA_BROKERS is set but ${first} does not answer`);
    return { brokers: env['KAFKA_BROKERS'], started: false };
  }
  if (await portAnswers(LOCAL_KAFKA)) return { brokers: LOCAL_KAFKA, started: false };
  await kafkaScript('start');
  return { brokers: LOCAL_KAFKA, started: true };
}

export async function kafkaScript(command: 'start' | 'stop'): Promise<void> {
  try {
    const { stdout } = await run(
      'bash',
      [resolve(WORKSPACE_ROOT, 'tools/kafka/kafka.sh'), command],
      {
        cwd: WORKSPACE_ROOT,
        maxBuffer: 16 * 1024 * 1024,
        // The global set-up points the suites at the broker through KAFKA_BROKERS; the script
        // takes that as "an external cluster" and would refuse to stop the one this run started.
        env: { ...process.env, KAFKA_BROKERS: '' },
      },
    );
    if (stdout.trim()) process.stderr.write(`${stdout.trim()}\n`);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `tools/kafka/kafka.sh ${command} failed: ${failure.stderr || failure.stdout || failure.message}`,
    );
  }
}

export async function ensurePostgres(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const url = serverUrl(env);
  await ensurePostgresServer(url);
  return url;
}
