import { PUBLIC_ROUTE, REQUIRED_ROLES, type Role } from '@artbridge/platform-auth';
import {
  KeepHandlerErrorsFilter,
  MESSAGING_OPTIONS,
  type MessagingModuleOptions,
  MessagingTransport,
  OutboxRelay,
} from '@artbridge/platform-messaging';
import { AppMetrics, registerMessagingMetrics } from '@artbridge/platform-observability';
import { ensureDatabase, ensurePostgresServer } from '@artbridge/platform-persistence';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { NestMicroservice } from '@nestjs/microservices';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import {
  DocumentBuilder,
  type OpenAPIObject,
  type OperationObject,
  type PathItemObject,
  SwaggerModule,
} from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import {
  addErrorSchema,
  conflictOf,
  type ConflictDescription,
  describeErrors,
} from './openapi-errors';
import sharedOpenApiMetadata from './openapi-metadata';
import { commandsSent } from './commands-sent';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyKeys } from './idempotency/idempotency-keys';
import { describeIdempotency } from './idempotency/idempotency.openapi';
import { refuseInvalidHostHeaders } from './host-header';
import { JsonBodyGuard } from './json-body.guard';
import { readRequestBodies } from './request-bodies';
import { refuseUndecodablePaths } from './request-paths';
import type { ServiceConfig } from './service-config';
import { isMultipartFileSchema } from './upload';
import { requestValidationPipe } from './validation';

/**
 * The default export of an app's generated apps/<app>/src/openapi-metadata.ts (npm run
 * openapi:metadata): what @nestjs/swagger's plugin found in its DTOs and controllers.
 */
export type OpenApiMetadata = () => Promise<Record<string, unknown>>;

/**
 * Hands an app's generated plugin metadata to @nestjs/swagger, so that its OpenAPI document
 * describes request bodies and query parameters from the DTOs' types, class-validator
 * decorators and comments. Call it before the document is first built.
 */
export async function loadOpenApiMetadata(metadata: OpenApiMetadata): Promise<void> {
  await SwaggerModule.loadPluginMetadata(
    metadata as Parameters<typeof SwaggerModule.loadPluginMetadata>[0],
  );
}

/** The libraries' models (contracts, page query) that every app's DTOs nest, then the app's own. */
async function loadServiceOpenApiMetadata(openApi?: OpenApiMetadata): Promise<void> {
  await loadOpenApiMetadata(sharedOpenApiMetadata);
  if (openApi) await loadOpenApiMetadata(openApi);
}

/**
 * Starts a service: its database (created when missing, migrated), its topics, the outbox
 * relay, the message consumer and the HTTP API with its OpenAPI document (GET /docs-json, UI at
 * /docs, no token needed), described from `openApi`, the app's generated openapi-metadata.ts
 * (without it, request bodies and query parameters show no schema), and its metrics on the
 * management port (GET /metrics, unless config.metricsPort is null): process, HTTP requests
 * by route, and the outbox, dead letters, relay and consumer read at each scrape. A POST or
 * PATCH with an Idempotency-Key is carried out once (IdempotencyInterceptor); a request with
 * two Host lines or an invalid Host is a 400 (refuseInvalidHostHeaders). Stops cleanly on
 * SIGTERM/SIGINT.
 */
export async function startService(
  module: DynamicModule,
  config: ServiceConfig,
  openApi?: OpenApiMetadata,
): Promise<INestApplication> {
  await loadServiceOpenApiMetadata(openApi);
  await ensurePostgresServer(config.databaseUrl);
  await ensureDatabase(config.databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    bufferLogs: true,
    bodyParser: false,
  });
  // first, so that every answer is timed, the ones refused before the routes too
  // the port travels with them: there are metrics to serve exactly when there is a port
  const metrics =
    config.metricsPort === null
      ? undefined
      : { port: config.metricsPort, observed: AppMetrics.observe(app, config.service) };
  if (metrics)
    registerMessagingMetrics(metrics.observed.registry, {
      database: app.get(DataSource),
      relay: app.get(OutboxRelay),
      transport: app.get(MessagingTransport),
    });
  refuseInvalidHostHeaders(app);
  refuseUndecodablePaths(app);
  readRequestBodies(app);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(requestValidationPipe());
  app.useGlobalGuards(new JsonBodyGuard());
  // an interceptor, so after the AuthGuard: keys are kept per caller
  app.useGlobalInterceptors(new IdempotencyInterceptor(new IdempotencyKeys(app.get(DataSource))));
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
  if (metrics) {
    const url = await metrics.observed.serve(app, metrics.port, config.httpHost);
    app.get(Logger).log(`metrics at ${url}`, 'Metrics');
  }
  return app;
}

/**
 * The first argument that makes an app's main.ts print its OpenAPI document instead of starting
 * (`npm run openapi:document`, which writes the published document and its types).
 */
export const OPENAPI_COMMAND = 'openapi';

/**
 * The first argument that makes a service's main.ts print the message types it consumes and the
 * commands it sends (`npm run asyncapi:document`, which names each message's consumers and each
 * command's senders).
 */
export const MESSAGES_COMMAND = 'messages';

/** Whether this process was started to print its OpenAPI document rather than to serve. */
export const describesOpenApi = (): boolean => process.argv[2] === OPENAPI_COMMAND;

/**
 * A service's main.ts: starts it, or, started with `openapi`, prints the OpenAPI document it
 * would serve at /docs-json, or, with `messages`, the message types its handlers take and the
 * commands it sends, and exits, touching no database, broker or port.
 */
export async function startOrDescribeService(
  module: DynamicModule,
  config: ServiceConfig,
  openApi: OpenApiMetadata,
): Promise<void> {
  if (process.argv[2] === MESSAGES_COMMAND) {
    await printJson({ service: config.service, ...(await messageTypesOf(module)) });
  } else if (describesOpenApi()) {
    await loadServiceOpenApiMetadata(openApi);
    await printJson(await previewOpenApiDocument(module, `artbridge ${config.service}`));
  } else {
    await startService(module, config, openApi);
  }
}

/**
 * The message types the `@EventPattern` handlers of a module take, and the commands it sends
 * (`commandsSent`: those of the messages it declares that it does not take), from Nest's preview.
 */
async function messageTypesOf(
  module: DynamicModule,
): Promise<{ consumes: string[]; sends: string[] }> {
  const app = await NestFactory.create(module, { preview: true, logger: false });
  try {
    const types = new Set<string>();
    for (const { prototype } of controllerTypes(app)) {
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
        if (typeof handler !== 'function') continue;
        const patterns = Reflect.getMetadata(PATTERN_METADATA, handler) as unknown;
        for (const pattern of Array.isArray(patterns) ? patterns : [])
          if (typeof pattern === 'string') types.add(pattern);
      }
    }
    const consumes = [...types].sort();
    const { definitions } = app.get<symbol, MessagingModuleOptions>(MESSAGING_OPTIONS, {
      strict: false,
    });
    return { consumes, sends: commandsSent(definitions, consumes) };
  } finally {
    await app.close();
  }
}

/**
 * An app's OpenAPI document without running it: Nest's preview mode builds the module graph and
 * its routes' metadata but instantiates no provider, so nothing connects anywhere. The same
 * document the running app serves (the bad-input sweep, e2e/, compares them).
 */
export async function previewOpenApiDocument(
  module: DynamicModule,
  title: string,
): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, { preview: true, logger: false });
  try {
    return openApiDocument(app, title);
  } finally {
    await app.close();
  }
}

/** Writes `value` to stdout as JSON and resolves once it is flushed (a pipe may take a while). */
export function printJson(value: unknown): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(`${JSON.stringify(value)}\n`, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}

/** The name of the bearer scheme in every OpenAPI document of the platform. */
export const OPENAPI_BEARER = 'bearer';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The OpenAPI 3 document of an app, built from its controllers: bearer auth required everywhere
 * except on the routes marked @Public() (`security: []`). Operation ids are
 * `<Controller>_<method>`; schemas no operation uses are left out. Every operation says who may
 * call it, from the same metadata the AuthGuard reads: `x-roles` (the roles of its @Roles(), on
 * the method or else the class; none for any signed-in caller or a public route) and a line of
 * its description. An upload's media types other than multipart take the file itself as the
 * body (a string). The error answers it can give are documented with the one error body
 * (openapi-errors.ts). A POST or PATCH that needs a token takes an optional Idempotency-Key.
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
    // relative: wherever the app serving this document is (OpenAPI wants a server named)
    .addServer('/', 'the app serving this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, OPENAPI_BEARER)
    .addSecurityRequirements(OPENAPI_BEARER)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller}_${method}`,
  });
  const access = routeAccess(app);
  for (const [template, item] of Object.entries(document.paths) as [string, PathItemObject][]) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      const route = access.get(operation.operationId ?? '');
      if (route?.public) operation.security = [];
      describeAccess(operation, route);
      describeRawUploads(operation);
      describeErrors(
        operation,
        template,
        { public: route?.public ?? false, roles: route?.roles ?? [], conflict: route?.conflict },
        method,
      );
      describeIdempotency(operation, method, { public: route?.public ?? false });
    }
  }
  addErrorSchema(document);
  dropUnusedSchemas(document);
  return document;
}

/**
 * Leaves out the schemas no operation reaches: the explorer also describes the payloads of the
 * message handlers (controllers too, but no HTTP route), which are not part of the HTTP API.
 */
function dropUnusedSchemas(document: OpenAPIObject): void {
  const schemas = document.components?.schemas;
  if (!schemas) return;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    for (const [, name] of JSON.stringify(node).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (used.has(name)) continue;
      used.add(name);
      visit(schemas[name]);
    }
  };
  visit(document.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

/** Who may call a route, as the AuthGuard decides it. */
interface RouteAccess {
  public: boolean;
  /** The roles of its @Roles() (the method's, else the class's); undefined: any signed-in caller. */
  roles?: Role[];
  /** Its @ApiConflict(), if a state of what it acts on can refuse it. */
  conflict?: ConflictDescription;
}

/** `x-roles` and a line in the description saying who may call the operation. */
function describeAccess(operation: OperationObject, route: RouteAccess | undefined): void {
  const roles = route?.public ? [] : (route?.roles ?? []);
  const who = route?.public
    ? 'Roles: none, no token needed.'
    : roles.length
      ? `Roles: ${roles.join(', ')} (a signed-in caller with another role gets 403).`
      : 'Roles: any signed-in caller.';
  (operation as OperationObject & { 'x-roles': Role[] })['x-roles'] = roles;
  operation.description = operation.description ? `${operation.description}\n\n${who}` : who;
}

/**
 * An upload (ApiUpload) documents one schema for all its media types, the multipart one; the
 * other media types take the file itself as the body.
 */
function describeRawUploads(operation: OperationObject): void {
  const content = (operation.requestBody as { content?: Record<string, { schema?: unknown }> })
    ?.content;
  if (!content?.['multipart/form-data']) return;
  for (const [type, media] of Object.entries(content)) {
    if (type !== 'multipart/form-data' && isMultipartFileSchema(media.schema))
      media.schema = { type: 'string', format: 'binary' };
  }
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

/**
 * Who may call each route, by `<Controller>_<method>`: public when marked @Public() on its
 * class or its method, else the roles of its @Roles() (the method's override the class's, as in
 * the AuthGuard's getAllAndOverride).
 */
function routeAccess(app: INestApplication): Map<string, RouteAccess> {
  const routes = new Map<string, RouteAccess>();
  for (const type of controllerTypes(app)) {
    const classPublic = Reflect.getMetadata(PUBLIC_ROUTE, type) === true;
    const classRoles = Reflect.getMetadata(REQUIRED_ROLES, type) as Role[] | undefined;
    for (const key of Object.getOwnPropertyNames(type.prototype)) {
      const handler = Object.getOwnPropertyDescriptor(type.prototype, key)?.value as unknown;
      if (key === 'constructor' || typeof handler !== 'function') continue;
      const roles = (Reflect.getMetadata(REQUIRED_ROLES, handler) ?? classRoles) as
        Role[] | undefined;
      routes.set(`${type.name}_${key}`, {
        public: classPublic || Reflect.getMetadata(PUBLIC_ROUTE, handler) === true,
        roles,
        conflict: conflictOf(handler),
      });
    }
  }
  return routes;
}

/** A controller's class: what Nest keeps of it, with the prototype its handlers are on. */
type ControllerType = { readonly name: string; readonly prototype: object };

/** The classes of every controller of an app's modules. */
function controllerTypes(app: INestApplication): ControllerType[] {
  return [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()]
      .map((wrapper) => wrapper.metatype as ControllerType | null)
      .filter((type): type is ControllerType => Boolean(type?.prototype)),
  );
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
