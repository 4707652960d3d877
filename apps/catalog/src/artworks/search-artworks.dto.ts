import { ARTWORK_CATEGORIES, ArtworkCategory } from '@artbridge/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ARTWORK_STATUSES, ArtworkStatus } from './domain/artwork';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SearchCriteria } from './domain/search';

const YEAR = { min: -10000, max: 9999 } as const;

/** GET /artworks?q=&status=&category=&yearFrom=&yearTo=&page=&pageSize= */
export class SearchArtworksQuery implements SearchCriteria {
  @ApiPropertyOptional({ description: 'words looked up in title, artist and medium, as prefixes' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ARTWORK_STATUSES })
  @IsOptional()
  @IsIn(ARTWORK_STATUSES, { message: `status must be one of ${ARTWORK_STATUSES.join(', ')}` })
  status?: ArtworkStatus;

  @ApiPropertyOptional({ enum: ARTWORK_CATEGORIES })
  @IsOptional()
  @IsIn(ARTWORK_CATEGORIES, { message: `category must be one of ${ARTWORK_CATEGORIES.join(', ')}` })
  category?: ArtworkCategory;

  @ApiPropertyOptional({
    type: 'integer',
    description:
      'works whose creation (or its range) reaches into [yearFrom, yearTo]; negative for BCE',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  yearFrom?: number;

  @ApiPropertyOptional({ type: 'integer' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  yearTo?: number;

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
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}
