import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { Logger, PinoLogger } from 'nestjs-pino';
import { storage } from 'nestjs-pino/storage';
import { HttpLoggingModule } from './http-logging';

const lines: Record<string, unknown>[] = [];
const destination = { write: (line: string) => void lines.push(JSON.parse(line)) };
const seenInHandler: { store?: unknown }[] = [];

@Controller()
class ProbeController {
  constructor(private readonly logger: PinoLogger) {}

  @Get('probe')
  probe() {
    seenInHandler.push({ store: storage.getStore() });
    this.logger.warn({ probe: true }, 'inside the handler');
    return { ok: true };
  }

  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

@Module({
  imports: [HttpLoggingModule.forRoot('probe-service', 'info', destination)],
  controllers: [ProbeController],
})
class ProbeModule {}

/** A real Nest HTTP app logging as every service and the gateway do. */
describe('HttpLoggingModule', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create(ProbeModule, { bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app?.close());
  beforeEach(() => {
    lines.length = 0;
    seenInHandler.length = 0;
  });

  const finished = () => lines.filter((line) => line['msg'] === 'request completed');

  it('logs each request once when it ends, without its credentials', async () => {
    const response = await fetch(`${base}/probe?x=1`, {
      headers: { authorization: 'Bearer secret-token', cookie: 'session=secret' },
    });
    expect(response.status).toBe(200);
    await response.json(); // the whole answer is out, so its line is written
    await new Promise((done) => setImmediate(done));
    expect(finished()).toEqual([
      expect.objectContaining({
        name: 'probe-service',
        level: 30,
        responseTime: expect.any(Number),
        req: expect.objectContaining({
          id: expect.anything(),
          method: 'GET',
          url: '/probe?x=1',
          headers: expect.objectContaining({ authorization: '[Redacted]', cookie: '[Redacted]' }),
        }),
        res: expect.objectContaining({ statusCode: 200 }),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('writes what the app logs through the same logger', async () => {
    await (await fetch(`${base}/probe`)).json();
    expect(lines).toContainEqual(
      expect.objectContaining({
        name: 'probe-service',
        level: 40,
        probe: true,
        msg: 'inside the handler',
      }),
    );
  });

  it('does not run requests inside an AsyncLocalStorage (on Node 20 it slows every promise)', async () => {
    await (await fetch(`${base}/probe`)).json();
    expect(seenInHandler).toEqual([{ store: undefined }]);
  });

  it('leaves the health checks out', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    await response.json();
    await new Promise((done) => setImmediate(done));
    expect(finished()).toEqual([]);
  });
});
