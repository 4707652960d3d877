/** A request target split into its path and its query string (`?…`, or empty). */
export interface RequestTarget {
  pathname: string;
  search: string;
}

const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;

/**
 * The path and query of a request target as the client sent it (RFC 9112 §3.2): origin-form
 * (`/api/catalog/artworks?q=ink`) or absolute-form (`http://host/api/catalog/artworks?q=ink`,
 * which an HTTP/1.1 server must accept, and which the router reads as its path). Nothing is
 * decoded or normalised: the service gets the bytes the client sent. Undefined for anything
 * else (`*`, garbage).
 */
export function requestTarget(url: string): RequestTarget | undefined {
  let rest = url;
  if (!rest.startsWith('/')) {
    const authority = ABSOLUTE_FORM.exec(rest);
    if (!authority) return undefined;
    rest = rest.slice(authority[0].length);
    if (rest.startsWith('#')) rest = '';
    if (!rest.startsWith('/')) rest = `/${rest}`; // http://host and http://host?q=1 are `/`
  }
  rest = rest.split('#', 1)[0];
  const query = rest.indexOf('?');
  return query < 0
    ? { pathname: rest, search: '' }
    : { pathname: rest.slice(0, query), search: rest.slice(query) };
}

/**
 * What follows `prefix` in the request target's path, query kept (`/api/catalog/a?q=1` under
 * `/api/catalog` → `/a?q=1`), or undefined when the path is not `prefix` or under it. The prefix
 * matches in any letter case, as the router's routes do (Express matches case-insensitively):
 * whatever the router sends here is found here, never taken for another path.
 */
export function pathUnder(url: string, prefix: string): string | undefined {
  const target = requestTarget(url);
  if (!target) return undefined;
  const head = target.pathname.slice(0, prefix.length);
  if (head.toLowerCase() !== prefix.toLowerCase()) return undefined;
  const rest = target.pathname.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('/')) return undefined; // /api/catalogue is not /api/catalog
  return `${rest}${target.search}`;
}
