import { PUBLIC_ROUTE } from '@artbridge/platform-auth';
import { KeepHandlerErrorsFilter, MessagingTransport } from '@artbridge/platform-messaging';
import { ensureDatabase, ensurePostgresServer } from '@artbridge/platform-persistence';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { NestMicroservice } from '@nestjs/microservices';
import {
  DocumentBuilder,
  type OpenAPIObject,
  type OperationObject,
  type PathItemObject,
  SwaggerModule,
} from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { readRequestBodies } from './request-bodies';
import { refuseUndecodablePaths } from './request-paths';
import type { ServiceConfig } from './service-config';
import { requestValidationPipe } from './validation';

/**
 * Starts a service: its database (created when missing, migrated), its topics, the outbox
 * relay, the message consumer and the HTTP API with its OpenAPI document (GET /docs-json, UI at
 * /docs, no token needed). Stops cleanly on SIGTERM/SIGINT.
 */
export async function startService(
  module: DynamicModule,
  config: ServiceConfig,
): Promise<INestApplication> {
  await ensurePostgresServer(config.databaseUrl);
  await ensureDatabase(config.databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bufferLogs: true,
    bodyParser: false,
  });
  refuseUndecodablePaths(app);
  readRequestBodies(app);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(requestValidationPipe());
  app.enableShutdownHooks();
  serveOpenApi(app, 'docs', () => openApiDocument(app, `artbridge ${config.service}`));
  // The message side has its own config (HTTP's pipes and filters do not apply to messages) and
  // lets handlers' errors reach the consumer as thrown (PermanentMessageError, dead-letter
  // reasons). Listeners are registered once that filter is in place, and the app's lifecycle
  // hooks are marked done so they do not run a second time for the microservice.
  const messages = app.connectMicroservice(
    { strategy: app.get(MessagingTransport) },
    { deferInitialization: true },
  ) as unknown as NestMicroservice;
  messages.useGlobalFilters(new KeepHandlerErrorsFilter());
  messages.registerListeners();
  messages.setIsInitialized(true);
  messages.setIsInitHookCalled(true);
  await app.init();
  await app.startAllMicroservices();
  await app.listen(config.httpPort, config.httpHost);
  return app;
}

/** The name of the bearer scheme in every OpenAPI document of the platform. */
export const OPENAPI_BEARER = 'bearer';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The OpenAPI 3 document of an app, built from its controllers: bearer auth required everywhere
 * except on the routes marked @Public() (`security: []`). Operation ids are
 * `<Controller>_<method>`.
 */
export function openApiDocument(
  app: INestApplication,
  title: string,
  description = '',
): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setDescription(description)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, OPENAPI_BEARER)
    .addSecurityRequirements(OPENAPI_BEARER)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller}_${method}`,
  });
  const open = publicOperationIds(app);
  for (const item of Object.values(document.paths) as PathItemObject[]) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (operation && open.has(operation.operationId ?? '')) operation.security = [];
    }
  }
  return document;
}

/**
 * Serves `document` at /<path>-json (and -yaml) and the Swagger UI at /<path>. The document is
 * built on the first request, not at start-up; `patch` may rework it on every request. These
 * routes sit outside the controllers, so no token is asked for.
 */
export function serveOpenApi(
  app: INestApplication,
  path: string,
  document: () => OpenAPIObject,
  patch?: (document: OpenAPIObject) => Promise<OpenAPIObject>,
): void {
  SwaggerModule.setup(path, app, document, {
    ...(patch && { patchDocumentOnRequest: (_req, _res, built) => patch(built) }),
    swaggerOptions: { persistAuthorization: true },
  });
}

/** `<Controller>_<method>` of every route marked @Public(), on its class or its method. */
function publicOperationIds(app: INestApplication): Set<string> {
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
      const type = wrapper.metatype as Function | null;
      if (!type?.prototype) continue;
      const classPublic = Reflect.getMetadata(PUBLIC_ROUTE, type) === true;
      for (const key of Object.getOwnPropertyNames(type.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(type.prototype, key)?.value as unknown;
        if (key === 'constructor' || typeof handler !== 'function') continue;
        if (classPublic || Reflect.getMetadata(PUBLIC_ROUTE, handler) === true)
          ids.add(`${type.name}_${key}`);
      }
    }
  }
  return ids;
}

/** For main.ts: a failure to start is one clear line and exit code 1, not a stack dump. */
export function runService(start: () => Promise<unknown>): void {
  start().catch((error: Error) => {
    process.stderr.write(`${error.name === 'Error' ? '' : error.name + ': '}${error.message}\n`);
    // a broker's refusal names no place in our code: say where it came from, briefly
    if (error.name.startsWith('KafkaJS') && error.stack) {
      process.stderr.write(`${error.stack.split('\n').slice(1, 9).join('\n')}\n`);
    }
    process.exit(1);
  });
}
