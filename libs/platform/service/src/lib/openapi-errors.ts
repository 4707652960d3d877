import { applyDecorators, SetMetadata, type Type } from '@nestjs/common';
import {
  ApiExtraModels,
  type OpenAPIObject,
  type OperationObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';

/**
 * The name of the error body's schema. The same in every service's document, so the gateway's
 * merged document keeps one of it instead of one per service.
 */
export const ERROR_SCHEMA = 'ErrorResponse';

/** The body of every error answer (API.md, "Errors"), Nest's own shape. */
const ERROR_SCHEMA_OBJECT: SchemaObject = {
  type: 'object',
  description:
    'An error. Some add context beside these fields: where a refused file is wrong (`line`, ' +
    '`location`), the status that refused a step (`currentStatus`, with a 409), and the rule ' +
    'that refused it (`ruleId`).',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', description: 'The HTTP status, again.' },
    error: { type: 'string', description: "The status's name: Bad Request, Not Found ..." },
    message: {
      description: 'What is wrong. For a 400, one line for each field, each naming its field.',
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    line: {
      type: 'integer',
      description: 'The line of a refused file (ECB rates) that is wrong, counted from 1.',
    },
    location: {
      type: 'object',
      description:
        'Where a refused bank statement is wrong, as far as is known: its format, and the ' +
        'statement, entry and transaction (counted from 1), the line and column, or the XML path.',
      required: ['format'],
      properties: {
        format: { type: 'string', enum: ['camt.053', 'csv'] },
        path: { type: 'string', example: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[3]/Amt' },
        statement: { type: 'integer' },
        entry: { type: 'integer' },
        transaction: { type: 'integer' },
        line: { type: 'integer' },
        column: { type: 'integer' },
      },
    },
    currentStatus: {
      type: 'string',
      description: 'The status of what a 409 refused to change, as it is now.',
    },
    ruleId: {
      type: 'string',
      description:
        'The rule of RULES.md that refused the request, where one rule did: e.g. ' +
        'CN-TEMP-ADMISSION for a fourth extension of a temporary admission (409).',
      example: 'CN-TEMP-ADMISSION',
    },
  },
  additionalProperties: true,
};

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } },
};

/** What each error status means wherever it is documented. */
export const ERROR_STATUSES = {
  400: 'Bad input: the message names each field and what is wrong with it.',
  401: 'No bearer token, or not a valid one (POST /api/auth/token gives one).',
  403: 'Signed in, but with none of the roles this operation needs.',
  404: 'Nothing by that id, or nothing the caller may see (an exporter sees only its own).',
  413: 'The body is larger than this operation takes.',
  409: 'A request with this Idempotency-Key is in progress: send it again once that one is answered.',
  415: 'The body is of a media type this operation does not take.',
  422: 'The Idempotency-Key was already used for another request (another method, path or body).',
  502: 'The service behind the gateway is not reachable.',
  504: 'The service behind the gateway did not answer in time.',
} as const;

export type ErrorStatus = keyof typeof ERROR_STATUSES;

const CONFLICT_METADATA = 'artbridge:openapi-conflict';

/** A 409 as `@ApiConflict` documents it: when it happens, and its body's schema if not the error body. */
export interface ConflictDescription {
  readonly description: string;
  readonly schema?: string;
}

/**
 * Documents that the operation answers 409 when the state of what it acts on refuses it, and
 * when that is; `schema` for a body that says more than the error body does. Not
 * `@ApiConflictResponse`: any response decorator on a route keeps the swagger plugin from
 * documenting the success answer it reads from the handler's return type.
 */
export function ApiConflict(description: string, schema?: Type<unknown>): MethodDecorator {
  const conflict: ConflictDescription = { description, ...(schema && { schema: schema.name }) };
  return applyDecorators(
    SetMetadata(CONFLICT_METADATA, conflict),
    ...(schema ? [ApiExtraModels(schema)] : []),
  );
}

/** What `@ApiConflict` says of a handler, if anything. */
export function conflictOf(handler: object): ConflictDescription | undefined {
  return Reflect.getMetadata(CONFLICT_METADATA, handler) as ConflictDescription | undefined;
}

/** The methods whose requests may carry a body, so meet the body parser's limits. */
const WITH_BODY = new Set(['post', 'put', 'patch']);

/**
 * Documents the error answers an operation can give, each with the error body: 400 when it
 * takes parameters or a body, 401 unless it is public, 403 when it names roles, 404 when its
 * path names something by id, 409 where the handler says when (`@ApiConflict`: only it knows
 * whether a state can refuse it), and 413 and 415 for a method that takes a body (any request's
 * body meets the size limit and the media types taken). A status the controller documented
 * keeps its description; every error response has the error body unless it names another.
 */
export function describeErrors(
  operation: OperationObject,
  template: string,
  route: { public: boolean; roles: readonly string[]; conflict?: ConflictDescription },
  method: string,
): void {
  const statuses: ErrorStatus[] = [];
  if (operation.parameters?.length || operation.requestBody) statuses.push(400);
  if (!route.public) statuses.push(401);
  if (route.roles.length) statuses.push(403);
  if (/\{[^}]+\}/.test(template)) statuses.push(404);
  if (route.conflict) {
    const { description, schema } = route.conflict;
    // with no schema of its own, it gets the error body below, as any documented error does
    (operation.responses ??= {})[409] = {
      description,
      ...(schema && {
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
      }),
    };
  }
  if (WITH_BODY.has(method)) statuses.push(413, 415);
  addErrorResponses(operation, statuses);
  // an error the controller documented itself (the sign-in's 401, a 409) comes in the error body
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (response && Number(status) >= 400 && !('$ref' in response) && !response.content)
      response.content = ERROR_CONTENT;
  }
}

/** Adds the error responses `statuses`, with the error body, where not documented with one. */
export function addErrorResponses(
  operation: OperationObject,
  statuses: readonly ErrorStatus[],
): void {
  const responses = (operation.responses ??= {});
  for (const status of statuses) {
    const documented = responses[status] as ResponseObject | undefined;
    responses[status] = {
      description: documented?.description || ERROR_STATUSES[status],
      content: documented?.content ?? ERROR_CONTENT,
    };
  }
}

/** Puts the error body's schema in the document's components. */
export function addErrorSchema(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  (components.schemas ??= {})[ERROR_SCHEMA] = ERROR_SCHEMA_OBJECT;
}
