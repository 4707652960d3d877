import { PageQueryOf } from '@artbridge/platform-service';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../artworks/domain/search';

/** `?page=&pageSize=` of catalog's lists: 1-based pages of at most MAX_PAGE_SIZE. */
export class PageQuery extends PageQueryOf({
  maxPageSize: MAX_PAGE_SIZE,
  defaultPageSize: DEFAULT_PAGE_SIZE,
}) {}
