import { type ApiPropertyOptions, DECORATORS } from '@nestjs/swagger';

/**
 * Documents a property as `options` say, over what the swagger plugin found in the code.
 * Only the property's own metadata is set, where `@ApiProperty` would also list the property
 * ahead of the others: the plugin's metadata, applied when the document is built, lists every
 * property in declaration order and keeps these options over its own (also on a subclass that
 * redeclares a property, where the plugin's would lose to the parent's).
 */
export const ApiPropertyOverride =
  (options: ApiPropertyOptions): PropertyDecorator =>
  (target, propertyKey): void => {
    const existing = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target, propertyKey) as
      object | undefined;
    Reflect.defineMetadata(
      DECORATORS.API_MODEL_PROPERTIES,
      { ...existing, ...options },
      target,
      propertyKey,
    );
  };

/**
 * A whole number in an answer (a count, a year, a position), documented as `integer`: the
 * swagger plugin reads a TypeScript `number` as `number`, which tells a client generated from
 * the document to expect fractions. Requests need no such mark: their `@IsInt()` says it.
 */
export const ApiInteger = (): PropertyDecorator => ApiPropertyOverride({ type: 'integer' });
