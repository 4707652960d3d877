import { addErrorResponses, ERROR_SCHEMA } from '@artbridge/platform-service';
import type {
  ComponentsObject,
  OpenAPIObject,
  OperationObject,
  PathItemObject,
  SecuritySchemeObject,
  TagObject,
} from '@nestjs/swagger';

/** A service's own OpenAPI document as fetched from it, or why there is none. */
export interface ServiceDocument {
  service: string;
  document?: OpenAPIObject;
  problem?: string;
}

export const BEARER_SCHEME: SecuritySchemeObject = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: 'POST /api/auth/token, then `Authorization: Bearer <accessToken>`',
};

const OPERATIONS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
type ComponentType = Exclude<keyof ComponentsObject, 'securitySchemes'>;

/**
 * One OpenAPI 3 document for the whole public surface: the gateway's own routes as they are,
 * and every service's paths under /api/<service>, their operations tagged and their operation
 * ids and components prefixed with the service's name so that two services never collide (but
 * for the error body, the same everywhere), each documenting the gateway's own 502 and 504.
 * Services without a document are left out, and the description says which and why.
 * Pure: the inputs are not changed.
 */
export function mergeOpenApi(
  gateway: OpenAPIObject,
  services: readonly ServiceDocument[],
): OpenAPIObject {
  const merged = structuredClone(gateway);
  merged.openapi = '3.0.0';
  merged.info = {
    title: 'artbridge API',
    version: gateway.info.version,
    description: describe(services),
  };
  // relative: wherever the gateway that serves this document is (npm start: 127.0.0.1:3000)
  merged.servers = [{ url: '/', description: 'the gateway serving this document' }];
  const components: ComponentsObject = (merged.components ??= {});
  components.securitySchemes = { ...components.securitySchemes, bearer: BEARER_SCHEME };
  merged.security = [{ bearer: [] }];
  const tags: TagObject[] = (merged.tags ??= []);
  for (const { service, document } of services) {
    if (!document) continue;
    const own = renameComponentRefs(structuredClone(document), service);
    tags.push({ name: service, description: `the ${service} service, behind /api/${service}` });
    for (const [path, item] of Object.entries(own.paths ?? {})) {
      merged.paths[`/api/${service}${path === '/' ? '' : path}`] = operationsOf(
        item,
        service,
        document,
      );
    }
    for (const [type, entries] of Object.entries(own.components ?? {})) {
      if (type === 'securitySchemes') {
        for (const [name, scheme] of Object.entries(entries as object))
          components.securitySchemes[name] ??= scheme as SecuritySchemeObject;
        continue;
      }
      const target = (components[type as ComponentType] ??= {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(entries as object)) {
        if (isShared(type, name)) target[name] ??= value;
        else target[`${service}.${name}`] = value;
      }
    }
  }
  return merged;
}

function describe(services: readonly ServiceDocument[]): string {
  const present = services.filter((s) => s.document).map((s) => `${s.service} (/api/${s.service})`);
  const missing = services
    .filter((s) => !s.document)
    .map((s) => `${s.service} (${s.problem ?? 'no document'})`);
  return [
    'The public HTTP API of artbridge: one entry for every service.',
    'Sign in with `POST /api/auth/token`, then send `Authorization: Bearer <accessToken>`; ' +
      'every service checks the token itself.',
    present.length > 0 ? `Services in this document: ${present.join(', ')}.` : '',
    missing.length > 0
      ? `Not in this document, because they did not answer just now: ${missing.join(', ')}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function operationsOf(
  item: PathItemObject,
  service: string,
  document: OpenAPIObject,
): PathItemObject {
  for (const method of OPERATIONS) {
    const operation = item[method] as OperationObject | undefined;
    if (!operation) continue;
    if (operation.operationId) operation.operationId = `${service}_${operation.operationId}`;
    operation.tags = [service];
    // what the gateway itself answers when the service cannot
    addErrorResponses(operation, [502, 504]);
    // a service's document-wide requirement, made explicit before it loses its document
    operation.security ??= structuredClone(document.security ?? []);
  }
  return item;
}

/** The error body: one schema of the same name in every document, kept once, unprefixed. */
const isShared = (type: string, name: string) => type === 'schemas' && name === ERROR_SCHEMA;

/**
 * `#/components/schemas/X` → `#/components/schemas/<service>.X` wherever a reference sits, but
 * for the shared error body.
 */
function renameComponentRefs<T>(value: T, service: string): T {
  const rename = (ref: string) => {
    const [, type, name] = /^#\/components\/(?!securitySchemes\/)([^/]+)\/(.+)$/.exec(ref) ?? [];
    return type && name && !isShared(type, name) ? `#/components/${type}/${service}.${name}` : ref;
  };
  const walk = (node: unknown, key?: string): unknown => {
    if (Array.isArray(node)) return node.map((child) => walk(child));
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node).map(([name, child]) => {
      if (name === '$ref' && typeof child === 'string') return [name, rename(child)];
      if (key === 'discriminator' && name === 'mapping' && child && typeof child === 'object') {
        return [
          name,
          Object.fromEntries(
            Object.entries(child).map(([k, v]) => [k, typeof v === 'string' ? rename(v) : v]),
          ),
        ];
      }
      return [name, walk(child, name)];
    });
    return Object.fromEntries(entries);
  };
  return walk(value) as T;
}
