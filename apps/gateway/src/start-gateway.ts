import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApiDocument, requestValidationPipe, serveOpenApi } from '@artbridge/platform-service';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { UserDirectory } from './auth/domain/user-directory';
import { mergeOpenApi } from './docs/domain/merge-openapi';
import { ServiceDocuments } from './docs/service-documents';
import type { GatewayConfig } from './gateway-config';
import { GatewayModule } from './gateway.module';

/**
 * Starts the gateway: sign-in, the routes to the services, and the OpenAPI document of the
 * whole surface at /api/docs-json (Swagger UI at /api/docs), merged from the services' own
 * documents when asked for. Stops cleanly on SIGTERM/SIGINT.
 */
export async function startGateway(config: GatewayConfig): Promise<INestApplication> {
  const app = await NestFactory.create(GatewayModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.useGlobalPipes(requestValidationPipe());
  app.enableShutdownHooks();
  const services = app.get(ServiceDocuments);
  serveOpenApi(
    app,
    'api/docs',
    () => openApiDocument(app, 'artbridge gateway'),
    async (own) => mergeOpenApi(own, await services.fetchAll()),
  );
  await app.listen(config.httpPort, config.httpHost);
  const users = app.get(UserDirectory).size;
  logger.log(
    `routes ${Object.entries(config.services)
      .map(([service, url]) => `/api/${service} → ${url}`)
      .join(
        ', ',
      )}; web ${existsSync(join(config.webRoot, 'index.html')) ? `at / from ${config.webRoot}` : `not built (npm run web:build)`}; ${users > 0 ? `${users} demo users (ARTBRIDGE_DEMO_USERS=true)` : 'no users'}`,
    'Gateway',
  );
  return app;
}
