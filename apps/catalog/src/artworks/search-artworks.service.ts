import { hasRole, Principal } from '@artbridge/platform-auth';
import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { productFactsOf } from '../ip-licences/ip-licence-view';
import { ArtworkEntity } from './artwork.entity';
import { artworkView } from './artwork-view';
import type { ArtworkPageResponse } from './artwork.response';
import {
  pageWindow,
  searchCriteriaProblems,
  SearchCriteria,
  textSearchQuery,
} from './domain/search';

/** An exporter sees its own artworks only; every other role sees the whole catalog. */
export function seesOnlyOwn(caller: Principal): boolean {
  return hasRole(caller, 'EXPORTER') && !hasRole(caller, 'ADMIN');
}

@Injectable()
export class SearchArtworksService {
  constructor(private readonly dataSource: DataSource) {}

  async search(caller: Principal, criteria: SearchCriteria): Promise<ArtworkPageResponse> {
    const problems = searchCriteriaProblems(criteria);
    if (problems.length > 0) throw new BadRequestException(problems);

    const query = this.dataSource.getRepository(ArtworkEntity).createQueryBuilder('artwork');
    if (seesOnlyOwn(caller))
      query.andWhere('artwork.exporterId = :exporterId', { exporterId: caller.username });
    if (criteria.status) query.andWhere('artwork.status = :status', { status: criteria.status });
    if (criteria.category)
      query.andWhere('artwork.category = :category', { category: criteria.category });
    if (criteria.yearFrom !== undefined) {
      query.andWhere('coalesce(artwork.creationYearEnd, artwork.creationYear) >= :yearFrom', {
        yearFrom: criteria.yearFrom,
      });
    }
    if (criteria.yearTo !== undefined)
      query.andWhere('artwork.creationYear <= :yearTo', { yearTo: criteria.yearTo });
    if (criteria.ipLicenceId !== undefined) {
      query.andWhere(
        'artwork.id IN (SELECT artwork_id FROM ip_product WHERE licence_id = :ipLicenceId)',
        { ipLicenceId: criteria.ipLicenceId },
      );
    }
    const text = textSearchQuery(criteria.q);
    if (text !== undefined) {
      query
        .andWhere(`artwork.search_vector @@ to_tsquery('simple', :text)`, { text })
        .orderBy(`ts_rank(artwork.search_vector, to_tsquery('simple', :text))`, 'DESC')
        .addOrderBy('artwork.registeredAt', 'DESC');
    } else {
      query.orderBy('artwork.registeredAt', 'DESC');
    }
    const { offset, limit } = pageWindow(criteria);
    const [artworks, total] = await query
      .addOrderBy('artwork.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    // products made under an IP licence show it; one query for the page, none when it has none
    const reproductions = artworks.filter((artwork) => artwork.category === 'REPRODUCTION');
    const products = await productFactsOf(
      this.dataSource.manager,
      reproductions.map((artwork) => artwork.id),
    );
    return {
      items: artworks.map((artwork) => artworkView(artwork, products.get(artwork.id))),
      total,
    };
  }
}
