import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { type MessageDefinition, prototypeMemberKeys } from '@artbridge/contracts';
import { cacheValidationMetadata } from './validation-metadata-cache';

cacheValidationMetadata(); // every message is validated: the rules per class are worked out once

export class PayloadValidationError extends Error {
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`invalid ${type} payload: ${problems.join('; ')}`);
    this.name = 'PayloadValidationError';
  }
}

/** "artist.name must be a string", with the path of nested fields. */
export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      text.startsWith(error.property)
        ? `${path}${text.slice(error.property.length)}`
        : `${path}: ${text}`,
    );
    return [...own, ...describeValidationErrors(error.children ?? [], path)];
  });
}

/**
 * Turns a plain payload into an instance of the definition's class and validates it; fields
 * the contract does not name are refused, so a typo never passes silently.
 */
export function validatePayload<T extends object>(
  definition: MessageDefinition<T>,
  payload: unknown,
): T {
  if (typeof payload !== 'object' || payload === null) {
    throw new PayloadValidationError(definition.type, ['payload must be an object']);
  }
  if (!(payload instanceof definition.payload)) {
    // as it came: the whitelist would take `toString` as declared (see prototypeMemberKeys)
    const inherited = prototypeMemberKeys(payload);
    if (inherited.length > 0)
      throw new PayloadValidationError(definition.type, describeValidationErrors(inherited));
  }
  const instance =
    payload instanceof definition.payload ? payload : plainToInstance(definition.payload, payload);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0)
    throw new PayloadValidationError(definition.type, describeValidationErrors(errors));
  return instance;
}
