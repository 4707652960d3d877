import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { WORKSPACE_ROOT } from './infrastructure';
import { httpRequest, JsonRequestInit } from './http';
import { DocumentedAnswers } from './response-schemas';
import { waitFor } from './wait-for';

export interface ServiceProcessOptions {
  /** The app under apps/, e.g. catalog. */
  app: string;
  port?: number;
  /**
   * Its management port, GET /metrics (`<APP>_METRICS_PORT`): a free one unless told, so that
   * suites and a running `npm start` never collide on the defaults; 'off' for none.
   */
  metricsPort?: number | 'off';
  /** Extra environment: DATABASE_URL, KAFKA_BROKERS, ARTBRIDGE_TOPIC_PREFIX, <APP>_DATABASE ... */
  env?: NodeJS.ProcessEnv;
  /** Each line the service writes (pino JSON on stdout, errors on stderr). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  startTimeoutMs?: number;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * A service run as its own process, exactly as `npm start` runs it (apps/<app>/src/main.ts),
 * for end-to-end tests and the start script. Ready when GET /health answers 200.
 */
export class ServiceProcess {
  /**
   * Every process started in this suite and not yet ended, so a suite whose set-up failed
   * half-way still stops them all (a leftover child keeps jest from exiting).
   */
  private static readonly running = new Set<ServiceProcess>();
  private exited?: { code: number | null; signal: NodeJS.Signals | null };
  private readonly stderrTail: string[] = [];
  private readonly answers: DocumentedAnswers;
  /** Resolves when the process ends, however it ends. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly app: string,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {
    ServiceProcess.running.add(this);
    this.answers = new DocumentedAnswers(
      `${this.baseUrl}${app === 'gateway' ? '/api' : ''}/docs-json`,
    );
    this.ended = new Promise((done) =>
      child.once('exit', (code, signal) => {
        ServiceProcess.running.delete(this);
        done({ code, signal });
      }),
    );
  }

  /** Stops every service process this suite started that is still running. */
  static async stopAll(): Promise<void> {
    await Promise.all([...ServiceProcess.running].map((service) => service.stop()));
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(options: ServiceProcessOptions): Promise<ServiceProcess> {
    const port = options.port ?? (await freePort());
    const child = spawn(
      process.execPath,
      [
        // e.g. --cpu-prof --cpu-prof-dir=/tmp/prof, to see where a bench's CPU goes
        ...(process.env['ARTBRIDGE_SERVICE_NODE_ARGS']?.split(' ').filter(Boolean) ?? []),
        '-r',
        '@swc-node/register',
        resolve(WORKSPACE_ROOT, `apps/${options.app}/src/main.ts`),
      ],
      {
        cwd: WORKSPACE_ROOT,
        env: {
          ...process.env,
          ...options.env,
          [`${options.app.toUpperCase()}_PORT`]: String(port),
          [`${options.app.toUpperCase()}_METRICS_PORT`]: String(options.metricsPort ?? 0),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const service = new ServiceProcess(options.app, port, child);
    service.follow(options.onLine);
    await service.waitUntilHealthy(options.startTimeoutMs ?? 60_000);
    return service;
  }

  private follow(onLine?: ServiceProcessOptions['onLine']): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      let partial = '';
      this.child[stream]!.on('data', (chunk: Buffer) => {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          if (stream === 'stderr') this.keepStderr(line);
          onLine?.(line, stream);
        }
      });
    }
    this.child.once('exit', (code, signal) => (this.exited = { code, signal }));
  }

  /** The last lines of stderr, to say why a service failed to start. */
  private keepStderr(line: string): void {
    this.stderrTail.push(line);
    if (this.stderrTail.length > 20) this.stderrTail.shift();
  }

  private async waitUntilHealthy(timeoutMs: number): Promise<void> {
    await waitFor(
      `${this.app} to answer GET /health`,
      async () => {
        if (this.exited) {
          throw new Error(
            `${this.app} exited with code ${this.exited.code}: ${this.stderrTail.join(' | ')}`,
          );
        }
        const response = await fetch(`${this.baseUrl}/health`).catch(() => undefined);
        return response?.status === 200;
      },
      { timeoutMs, intervalMs: 200 },
    ).catch((error: Error) => {
      this.child.kill('SIGKILL');
      throw new Error(
        `${error.message}${this.stderrTail.length ? ` | ${this.stderrTail.join(' | ')}` : ''}`,
      );
    });
  }

  /**
   * A request to the app; a JSON 2xx answer must be what its OpenAPI document says (the gateway's
   * is the merged document of the whole API).
   */
  async request(path: string, init?: JsonRequestInit): Promise<Response> {
    const response = await httpRequest(this.baseUrl, path, init);
    await this.answers.check(init?.method ?? 'GET', path, response);
    return response;
  }

  /** SIGTERM, as an orchestrator would: the service finishes what it holds and exits. */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (this.exited) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.ended;
    clearTimeout(timer);
  }
}
