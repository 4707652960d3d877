/** The artwork list's search, kept in the address (?q=&status=…) so back and links keep it. */
export interface ArtworkSearch {
  q: string;
  status: string;
  category: string;
  yearFrom: string;
  yearTo: string;
  page: number;
}

export const ARTWORK_PAGE_SIZE = 20;

export function searchFromParams(params: URLSearchParams): ArtworkSearch {
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    category: params.get('category') ?? '',
    yearFrom: params.get('yearFrom') ?? '',
    yearTo: params.get('yearTo') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function searchToParams(search: ArtworkSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'status', 'category', 'yearFrom', 'yearTo'] as const) {
    const value = search[key].trim();
    if (value) params.set(key, value);
  }
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** GET /api/catalog/artworks?q=&status=&category=&yearFrom=&yearTo=&page=&pageSize= */
export function searchQuery(search: ArtworkSearch): Record<string, string | number | undefined> {
  return {
    q: search.q.trim() || undefined,
    status: search.status || undefined,
    category: search.category || undefined,
    yearFrom: search.yearFrom.trim() || undefined,
    yearTo: search.yearTo.trim() || undefined,
    page: search.page,
    pageSize: ARTWORK_PAGE_SIZE,
  };
}
