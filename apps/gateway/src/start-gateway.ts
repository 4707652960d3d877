import { AppMetrics } from '@artbridge/platform-observability';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  loadOpenApiMetadata,
  openApiDocument,
  previewOpenApiDocument,
  readRequestBodies,
  refuseInvalidHostHeaders,
  refuseUndecodablePaths,
  requestValidationPipe,
  serveOpenApi,
} from '@artbridge/platform-service';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';
import { UserDirectory } from './auth/domain/user-directory';
import { mergeOpenApi, type ServiceDocument } from './docs/domain/merge-openapi';
import { pathUnder } from './routing/domain/request-target';
import { ServiceDocuments } from './docs/service-documents';
import { type GatewayConfig, ROUTED_SERVICES } from './gateway-config';
import { GatewayModule } from './gateway.module';
import openApiMetadata from './openapi-metadata';

/**
 * Starts the gateway: sign-in, the routes to the services, and the OpenAPI document of the
 * whole surface at /api/docs-json (Swagger UI at /api/docs), merged from the services' own
 * documents when asked for. Stops cleanly on SIGTERM/SIGINT.
 */
export async function startGateway(config: GatewayConfig): Promise<INestApplication> {
  await loadOpenApiMetadata(openApiMetadata);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  // first, so that every answer is timed; served on the management port, never this one
  const metrics = config.metricsPort === null ? undefined : AppMetrics.observe(app, 'gateway');
  // two Host lines or an invalid one: a 400 here, as at every service (RFC 9112 §3.2)
  refuseInvalidHostHeaders(app);
  // before the router, which answers it with a bare "Failed to decode param"
  refuseUndecodablePaths(app);
  // The gateway reads the bodies of its own routes only (sign-in). A service's request passes
  // through as sent, byte for byte, instead of being parsed here and written out again.
  readRequestBodies(app, { json: ownJson, form: ownForm });
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
  if (metrics && config.metricsPort !== null)
    logger.log(
      `metrics at ${await metrics.serve(app, config.metricsPort, config.httpHost)}`,
      'Metrics',
    );
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

/**
 * The document /api/docs-json serves, without running anything (`main.ts openapi`, for npm run
 * openapi:document): the gateway's own routes from Nest's preview mode, merged with the
 * services' documents as each service's `main.ts openapi` printed it, keyed by service.
 */
export async function describeGateway(
  config: GatewayConfig,
  documents: Readonly<Record<string, OpenAPIObject>>,
): Promise<OpenAPIObject> {
  await loadOpenApiMetadata(openApiMetadata);
  const own = await previewOpenApiDocument(GatewayModule.forRoot(config), 'artbridge gateway');
  const services: ServiceDocument[] = ROUTED_SERVICES.map(({ name }) =>
    documents[name] ? { service: name, document: documents[name] } : { service: name },
  );
  return mergeOpenApi(own, services);
}

// as the router matches /api/auth/...: in any letter case, origin- or absolute-form
const OWN_BODIES = '/api/auth';
const isOwn = (req: IncomingMessage) =>
  pathUnder(req.url ?? '', OWN_BODIES)?.startsWith('/') ?? false;
const contentType = (req: IncomingMessage) => (req.headers['content-type'] ?? '').toLowerCase();
const ownJson = (req: IncomingMessage) => isOwn(req) && /\bjson\b/.test(contentType(req));
const ownForm = (req: IncomingMessage) =>
  isOwn(req) && contentType(req).startsWith('application/x-www-form-urlencoded');
