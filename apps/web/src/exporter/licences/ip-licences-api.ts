import type { ApiClient } from '../../api/client';
import type { Artwork, ArtworkPage, IpLicence, IpLicencePage } from '../shared/api-types';
import type { RegisterIpLicenceBody } from './ip-licence-form-state';
import type { RegisterProductBody } from './product-form-state';

/** /catalog/ip-licences: creative cultural products' licences (apps/catalog README, API.md). */
const LICENCES = '/catalog/ip-licences';

export function licencePath(id: string): string {
  return `${LICENCES}/${encodeURIComponent(id)}`;
}

/** GET /catalog/ip-licences?page=&pageSize=: the exporter's own, newest first. */
export function fetchIpLicences(
  api: ApiClient,
  query: { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<IpLicencePage> {
  return api.request<IpLicencePage>(LICENCES, { query, signal });
}

/** GET /catalog/ip-licences/{id}: another exporter's licence is 404. */
export function fetchIpLicence(api: ApiClient, id: string, signal?: AbortSignal) {
  return api.request<IpLicence>(licencePath(id), { signal });
}

/** POST /catalog/ip-licences: the calling exporter is the licensee. */
export function registerIpLicence(api: ApiClient, body: RegisterIpLicenceBody) {
  return api.post<IpLicence>(LICENCES, body);
}

/**
 * POST /catalog/ip-licences/{id}/products: the SKU as a catalog entry (REPRODUCTION) with its
 * `sku`, `ipLicence` and `royaltyPerUnit`; 409 outside the licence's period or for a SKU taken.
 */
export function registerIpProduct(api: ApiClient, licenceId: string, body: RegisterProductBody) {
  return api.post<Artwork>(`${licencePath(licenceId)}/products`, body);
}

/** GET /catalog/artworks?ipLicenceId=: the products (SKUs) registered under the licence. */
export function fetchLicenceProducts(api: ApiClient, licenceId: string, signal?: AbortSignal) {
  return api.request<ArtworkPage>('/catalog/artworks', {
    query: { ipLicenceId: licenceId, pageSize: 100 },
    signal,
  });
}
