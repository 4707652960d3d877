/**
 * The public HTTP API as types, for the platform's clients: generated from the OpenAPI document
 * the gateway serves (openapi.json beside this file, `npm run openapi:document`). A client that
 * names its answers by these cannot drift from what the services answer: a changed response
 * class changes the document, and the client no longer compiles.
 */
import type { components, operations } from './openapi';

export type { components, operations, paths } from './openapi';

/** A schema of the document by name, e.g. `Schema<'logistics.ShipmentResponse'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The JSON body an operation answers with `status` (200 unless said), by operation id. */
export type AnswerOf<
  Operation extends keyof operations,
  Status extends keyof operations[Operation]['responses'] = 200 &
    keyof operations[Operation]['responses'],
> = operations[Operation]['responses'][Status] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : never;

/** The JSON body an operation takes, by operation id. */
export type BodyOf<Operation extends keyof operations> = operations[Operation] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;
