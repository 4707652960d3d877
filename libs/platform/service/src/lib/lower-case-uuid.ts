import { Transform } from 'class-transformer';

/**
 * A UUID in the canonical lower case (RFC 9562 reads either case, and writes lower case): what a
 * string is, lower-cased; an array, each of its strings; anything else as it is, for validation
 * to refuse. Stores keep UUIDs as text in events and JSON columns and compare them as text, so
 * `0190A1B2-...` and `0190a1b2-...` would be two different works downstream.
 */
export function lowerCaseUuids(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) {
    return value.map((item: unknown) => (typeof item === 'string' ? item.toLowerCase() : item));
  }
  return value;
}

/**
 * A request field holding a UUID, or an array of them, taken in lower case (lowerCaseUuids)
 * before it is validated (with IsUUID) and used. For DTOs read by the request validation pipe,
 * which transforms.
 */
export function LowerCaseUuid(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => lowerCaseUuids(value));
}
