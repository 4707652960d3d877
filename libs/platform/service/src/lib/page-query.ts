import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageLimits {
  /** The largest `pageSize` a caller may ask for. */
  maxPageSize: number;
  /** The `pageSize` when the caller gives none (documented; the service applies it). */
  defaultPageSize: number;
}

/**
 * A query parameter sent with nothing (`?yearFrom=&page=`, as a form with an empty field sends
 * it) is taken as not sent: read as a number it would be 0 (a year 0, a page 0 refused for a
 * reason the caller never wrote). Runs after @Type's conversion, so it looks at the raw value.
 */
export function EmptyQueryValueAsAbsent(): PropertyDecorator {
  return Transform(
    ({ value, obj, key }: { value: unknown; obj: Record<string, unknown>; key: string }) => {
      const raw = obj[key];
      return typeof raw === 'string' && raw.trim() === '' ? undefined : value;
    },
  );
}

/** The base of a list route's query: `?page=&pageSize=`, 1-based, within `limits`. */
export interface PageQuery {
  page?: number;
  pageSize?: number;
}

/**
 * A query DTO class with `page` and `pageSize` validated and documented, to extend:
 * `class ListThingsQuery extends PageQueryOf({ maxPageSize: 100, defaultPageSize: 20 }) { ... }`.
 * Every list route of every service then refuses a bad page the same way (400 naming the field).
 */
export function PageQueryOf(limits: PageLimits): new () => PageQuery {
  class PageQueryDto implements PageQuery {
    @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
    @IsOptional()
    @Type(() => Number)
    @EmptyQueryValueAsAbsent()
    @IsInt()
    @Min(1)
    @Max(1_000_000)
    page?: number;

    @ApiPropertyOptional({
      type: 'integer',
      minimum: 1,
      maximum: limits.maxPageSize,
      default: limits.defaultPageSize,
    })
    @IsOptional()
    @Type(() => Number)
    @EmptyQueryValueAsAbsent()
    @IsInt()
    @Min(1)
    @Max(limits.maxPageSize)
    pageSize?: number;
  }
  return PageQueryDto;
}
