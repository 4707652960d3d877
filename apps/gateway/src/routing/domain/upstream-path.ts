/**
 * The path a service sees for a request to the gateway: `/api/<service>` taken off the front,
 * the rest and the query string kept as sent (`/api/catalog/artworks?q=ink` → `/artworks?q=ink`,
 * `/api/catalog` → `/`). Undefined when the URL is not under `/api/<service>`.
 */
export function upstreamPath(originalUrl: string, service: string): string | undefined {
  const prefix = `/api/${service}`;
  if (!originalUrl.startsWith(prefix)) return undefined;
  const rest = originalUrl.slice(prefix.length);
  if (rest === '') return '/';
  if (rest.startsWith('?')) return `/${rest}`;
  return rest.startsWith('/') ? rest : undefined;
}
