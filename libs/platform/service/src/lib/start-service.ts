import { MessagingTransport } from '@artbridge/platform-messaging';
import { ensureDatabase, ensurePostgresServer } from '@artbridge/platform-persistence';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { ServiceConfig } from './service-config';
import { requestValidationPipe } from './validation';

/**
 * Starts a service: its database (created when missing, migrated), its topics, the outbox
 * relay, the message consumer and the HTTP API. Stops cleanly on SIGTERM/SIGINT.
 */
export async function startService(
  module: DynamicModule,
  config: ServiceConfig,
): Promise<INestApplication> {
  await ensurePostgresServer(config.databaseUrl);
  await ensureDatabase(config.databaseUrl);
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(requestValidationPipe());
  app.enableShutdownHooks();
  app.connectMicroservice({ strategy: app.get(MessagingTransport) }, { inheritAppConfig: true });
  await app.init();
  await app.startAllMicroservices();
  await app.listen(config.httpPort, config.httpHost);
  return app;
}

/** For main.ts: a failure to start is one clear line and exit code 1, not a stack dump. */
export function runService(start: () => Promise<unknown>): void {
  start().catch((error: Error) => {
    process.stderr.write(`${error.name === 'Error' ? '' : error.name + ': '}${error.message}\n`);
    process.exit(1);
  });
}
