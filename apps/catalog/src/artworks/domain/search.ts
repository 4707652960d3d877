import type { ArtworkCategory } from '@artbridge/contracts';
import type { ArtworkStatus } from './artwork';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** More words than anyone types; bounds the work one query can ask of the index. */
export const MAX_SEARCH_WORDS = 10;

export interface SearchCriteria {
  readonly q?: string;
  readonly status?: ArtworkStatus;
  readonly category?: ArtworkCategory;
  readonly yearFrom?: number;
  readonly yearTo?: number;
  /** Only the products made under this IP licence. */
  readonly ipLicenceId?: string;
  readonly page?: number;
  readonly pageSize?: number;
}

/**
 * The words of a search as a PostgreSQL tsquery for the 'simple' configuration: every word must
 * match, each as a prefix ("fengm" finds "Fengmian", "林" finds "林风眠"). Words are runs of
 * letters, digits and marks in any script, so the query text can never carry tsquery syntax.
 * Returns undefined when there is nothing to search for.
 */
export function textSearchQuery(q: string | undefined): string | undefined {
  const words = (q ?? '').split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word.length > 0);
  if (words.length === 0) return undefined;
  return [...new Set(words.slice(0, MAX_SEARCH_WORDS).map((word) => word.toLowerCase()))]
    .map((word) => `'${word}':*`)
    .join(' & ');
}

/** What the shape of each parameter cannot say: 400 messages, one per problem. */
export function searchCriteriaProblems(criteria: SearchCriteria): string[] {
  const problems: string[] = [];
  if (criteria.q !== undefined && criteria.q.trim() !== '' && !textSearchQuery(criteria.q)) {
    problems.push('q must contain at least one letter or digit');
  }
  if (
    criteria.yearFrom !== undefined &&
    criteria.yearTo !== undefined &&
    criteria.yearTo < criteria.yearFrom
  ) {
    problems.push('yearTo must not be before yearFrom');
  }
  return problems;
}

/** Rows to skip and to take for a 1-based page. */
export function pageWindow(criteria: SearchCriteria): { offset: number; limit: number } {
  const limit = Math.min(criteria.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  return { offset: ((criteria.page ?? 1) - 1) * limit, limit };
}
