import type { OperationObject, ParameterObject, ResponseObject } from '@nestjs/swagger';
import { addErrorResponses, ERROR_STATUSES } from '../openapi-errors';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENT_METHODS,
  IDEMPOTENT_REPLAYED_HEADER,
} from './idempotency';

const IDEMPOTENCY_KEY_PARAMETER: ParameterObject = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    'Makes the request safe to send again (draft-ietf-httpapi-idempotency-key-header): a ' +
    "unique value of the caller's, such as a UUID. The first request with it is carried out " +
    'and its answer kept 24 hours; the same request sent again with it (same method, path and ' +
    `body) gets that answer again, with \`${IDEMPOTENT_REPLAYED_HEADER}: true\`, and is not ` +
    'carried out twice. A request answered 5xx, 409 or 429 keeps no answer and may be sent ' +
    'again with the key. Keys are per signed-in caller.',
  schema: {
    type: 'string',
    minLength: 1,
    maxLength: IDEMPOTENCY_KEY_MAX_LENGTH,
    pattern: '^[\\x20-\\x7E]+$',
  },
};

/**
 * The optional Idempotency-Key header of a POST or PATCH that needs a token (a public one has no
 * caller to keep keys for), its 422 for a key used for another request, and its 409 while the
 * first request with the key runs (beside any other 409 of the operation). After
 * describeErrors, which sets the operation's own 409.
 */
export function describeIdempotency(
  operation: OperationObject,
  method: string,
  route: { public: boolean },
): void {
  if (route.public || !IDEMPOTENT_METHODS.has(method.toUpperCase())) return;
  (operation.parameters ??= []).push(IDEMPOTENCY_KEY_PARAMETER);
  const conflict = operation.responses?.[409] as ResponseObject | undefined;
  if (conflict) conflict.description = `${conflict.description}\n\nOr: ${ERROR_STATUSES[409]}`;
  addErrorResponses(operation, [400, 409, 422]);
}
