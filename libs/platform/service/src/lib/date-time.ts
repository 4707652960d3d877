import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { ApiPropertyOverride } from './api-property-override';

/**
 * RFC 3339's date-time (ISO 8601's extended calendar form): date, `T`, time to the second with
 * optional fractions, and `Z` or an offset. ISO 8601's other forms (week `2026-W48-1`, ordinal
 * `2026-328`, basic `20261124T100000Z`) are not taken: `new Date()` cannot read them.
 */
const RFC_3339_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The instants a date-time may name: years 0001 to 9999 (UTC). Before, PostgreSQL keeps a
 * `timestamptz` as a BC date (year 0 is 1 BC), which it writes back with a ` BC` suffix that
 * nothing reads; after, an ISO string needs six digits and a sign for its year.
 */
export const DATE_TIME_RANGE = {
  from: Date.parse('0001-01-01T00:00:00Z'),
  to: Date.parse('9999-12-31T23:59:59.999Z'),
} as const;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The instant of an RFC 3339 date-time naming a real day (not 30 February), else undefined. */
function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = RFC_3339_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : instant;
}

function inRange(instant: number): boolean {
  return instant >= DATE_TIME_RANGE.from && instant <= DATE_TIME_RANGE.to;
}

/**
 * Whether `value` is a date-time such as `2026-11-24T10:00:00Z` or `2026-11-24T18:00:00.250+08:00`
 * that names a real day (not 30 February), that `Date.parse` reads, in years 0001 to 9999: what a
 * time check, a deadline or a `timestamptz` column can take as it is.
 */
export function isDateTime(value: unknown): value is string {
  const instant = instantOf(value);
  return instant !== undefined && inRange(instant);
}

/**
 * A date-time in a request (`at`, when something happened): RFC 3339, read by `Date.parse`
 * (isDateTime). Refused, it is a 400 naming the field: `at must be an ISO 8601 date-time such as
 * 2026-11-24T10:00:00Z`. Documented as `format: date-time`.
 */
export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  const documented = ApiPropertyOverride({ format: 'date-time' });
  return (target, propertyKey) => {
    documented(target, propertyKey);
    registerDecorator({
      name: 'isDateTime',
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: {
        validate: (value: unknown) => isDateTime(value),
        defaultMessage: (args: ValidationArguments) => {
          const instant = instantOf(args.value);
          return instant !== undefined && !inRange(instant)
            ? `${args.property} must be a date-time from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z`
            : `${args.property} must be an ISO 8601 date-time such as 2026-11-24T10:00:00Z`;
        },
      },
    });
  };
}
