import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageLimits {
  /** The largest `pageSize` a caller may ask for. */
  maxPageSize: number;
  /** The `pageSize` when the caller gives none (documented; the service applies it). */
  defaultPageSize: number;
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
    @IsInt()
    @Min(1)
    @Max(limits.maxPageSize)
    pageSize?: number;
  }
  return PageQueryDto;
}
