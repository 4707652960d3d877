import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AddressInfo, connect } from 'node:net';

/**
 * For this library's specs: a real Nest HTTP app of `module` (no database, no broker) on a free
 * port of 127.0.0.1, prepared by `prepare` before it listens as startService prepares a
 * service's; `base` is its origin. Close it with `app.close()`.
 */
export async function listeningApp(
  module: Type<unknown>,
  prepare: (app: NestExpressApplication) => void = () => undefined,
  options: { bodyParser?: boolean } = {},
): Promise<{ app: INestApplication; base: string }> {
  const app = await NestFactory.create<NestExpressApplication>(module, {
    ...options,
    logger: false,
  });
  prepare(app);
  await app.listen(0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}` };
}

/**
 * Sends a request exactly as written, `lines` being its request line and header lines (CRLF
 * and `Connection: close` added), over a plain socket to `base`: what no HTTP client sends,
 * such as two Host lines. Resolves with the answer's status and body once the server closes.
 */
export function rawExchange(
  base: string,
  lines: string[],
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${[...lines, 'Connection: close'].join('\r\n')}\r\n\r\n`),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      done({ status, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
  });
}
