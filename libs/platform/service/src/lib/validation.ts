import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { prototypeMemberKeys, unstorableContent } from '@artbridge/contracts';
import { cacheValidationMetadata, describeValidationErrors } from '@artbridge/platform-messaging';
import { normalizeQuery, queryFieldsOf } from './query-parameters';

/**
 * Bad input is a 400 naming every field and why (`value.amount has 3 decimals but EUR has 2`),
 * never a 500; fields nobody declared are refused rather than silently dropped, those named after
 * Object.prototype's members too (`toString`, `__proto__`: see prototypeMemberKeys). What no
 * field can take is refused first, whatever the DTO (see unstorableContent).
 */
export function requestValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException(describeValidationErrors(errors)),
  });
}

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'body' && metadata.type !== 'query') {
      return super.transform(value, metadata);
    }
    // read as they came: the query's normalizing and class-transformer drop `__proto__`
    const undeclared = this.toValidate(metadata) ? prototypeMemberKeys(value) : [];
    if (metadata.type === 'query') value = queryAsDeclared(value, metadata);
    const problems = unstorableContent(value, metadata.data ?? metadata.type);
    if (problems.length > 0) throw new BadRequestException(problems);
    if (undeclared.length > 0) {
      throw new BadRequestException(describeValidationErrors(undeclared));
    }
    return super.transform(value, metadata);
  }
}

/** Types a `@Query()` may be read as that are not a DTO (the whole query as it came). */
const NOT_DTOS: readonly unknown[] = [Object, String, Number, Boolean, Array];

/**
 * A whole query read into a DTO (`@Query() query: ListThingsQuery`), with blank parameters left
 * out and one given twice refused (normalizeQuery), the same for every route of every service.
 */
function queryAsDeclared(value: unknown, { data, metatype }: ArgumentMetadata): unknown {
  if (data !== undefined || !metatype || NOT_DTOS.includes(metatype)) return value;
  if (typeof value !== 'object' || value === null) return value;
  const { query, problems } = normalizeQuery(
    value as Record<string, unknown>,
    queryFieldsOf(metatype as new () => unknown),
  );
  if (problems.length > 0) throw new BadRequestException(problems);
  return query;
}
