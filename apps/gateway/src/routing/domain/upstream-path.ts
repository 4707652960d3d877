import { pathUnder } from './request-target';

/**
 * The path a service sees for a request to the gateway: `/api/<service>` taken off the front
 * (in any letter case, as the router matched it), the rest and the query string kept as sent
 * (`/api/catalog/artworks?q=ink` → `/artworks?q=ink`, `/api/catalog` → `/`), from an
 * origin-form or absolute-form target. Undefined when the URL is not under `/api/<service>`.
 */
export function upstreamPath(originalUrl: string, service: string): string | undefined {
  const rest = pathUnder(originalUrl, `/api/${service}`);
  if (rest === undefined) return undefined;
  return rest.startsWith('/') ? rest : `/${rest}`;
}
