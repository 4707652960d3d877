import { ARTWORK_CATEGORIES, ARTWORK_LIMITS, ArtworkCategory } from '@artbridge/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ARTWORK_STATUSES, ArtworkStatus } from './domain/artwork';
import { PageQuery } from '../shared/page-query.dto';
import { SearchCriteria } from './domain/search';

const YEAR = ARTWORK_LIMITS.year;

/**
 * GET /artworks?q=&status=&category=&yearFrom=&yearTo=&page=&pageSize=. A filter sent empty
 * (`yearFrom=`, as a search form with a blank field sends it) is no filter, not year 0.
 */
export class SearchArtworksQuery extends PageQuery implements SearchCriteria {
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

  @ApiPropertyOptional({ description: 'only the products made under this IP licence' })
  @IsOptional()
  @IsUUID()
  ipLicenceId?: string;
}
