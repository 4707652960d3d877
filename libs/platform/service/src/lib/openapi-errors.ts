import type { OpenAPIObject, OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

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
    '`location`), the status that refused a step (`currentStatus`, with a 409), and what is ' +
    'missing for it (`missingLicences`, a customs decision).',
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
    missingLicences: {
      type: 'array',
      items: { type: 'object', additionalProperties: true },
      description: 'The licences a refused customs decision still needs.',
    },
  },
  additionalProperties: true,
};

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } },
};

/** What each error status means wherever it is documented. */
const ERROR_STATUSES = {
  400: 'Bad input: the message names each field and what is wrong with it.',
  401: 'No bearer token, or not a valid one (POST /api/auth/token gives one).',
  403: 'Signed in, but with none of the roles this operation needs.',
  404: 'Nothing by that id, or nothing the caller may see (an exporter sees only its own).',
  502: 'The service behind the gateway is not reachable.',
  504: 'The service behind the gateway did not answer in time.',
} as const;

export type ErrorStatus = keyof typeof ERROR_STATUSES;

/**
 * Documents the error answers an operation can give, each with the error body: 400 when it
 * takes parameters or a body, 401 unless it is public, 403 when it names roles, 404 when its
 * path names something by id. A status the controller documented keeps its description.
 */
export function describeErrors(
  operation: OperationObject,
  template: string,
  access: { public: boolean; roles: readonly string[] },
): void {
  const statuses: ErrorStatus[] = [];
  if (operation.parameters?.length || operation.requestBody) statuses.push(400);
  if (!access.public) statuses.push(401);
  if (access.roles.length) statuses.push(403);
  if (/\{[^}]+\}/.test(template)) statuses.push(404);
  addErrorResponses(operation, statuses);
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
