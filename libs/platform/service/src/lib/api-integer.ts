import { DECORATORS } from '@nestjs/swagger';

/**
 * A whole number in an answer (a count, a year, a position), documented as `integer`: the
 * swagger plugin reads a TypeScript `number` as `number`, which tells a client generated from
 * the document to expect fractions. Requests need no such mark: their `@IsInt()` says it.
 *
 * Only the property's own metadata is set, where `@ApiProperty` would also list the property
 * ahead of the others: the plugin's metadata, applied when the document is built, lists every
 * property in declaration order and keeps this type over its own.
 */
export const ApiInteger =
  (): PropertyDecorator =>
  (target, propertyKey): void => {
    const existing = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target, propertyKey) as
      object | undefined;
    Reflect.defineMetadata(
      DECORATORS.API_MODEL_PROPERTIES,
      { ...existing, type: 'integer' },
      target,
      propertyKey,
    );
  };
