import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';

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
