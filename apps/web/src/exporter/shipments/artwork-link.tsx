import { Link } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { shortId } from '../../ui/format';
import { useLoad } from '../../ui/use-load';
import type { Artwork } from '../shared/api-types';

/** An artwork of a shipment, by its title once the catalog has answered (else by its id). */
export function ArtworkLink({ artworkId }: { artworkId: string }) {
  const api = useApi();
  const loaded = useLoad(
    (signal) => api.request<Artwork>(`/catalog/artworks/${artworkId}`, { signal }),
    [api, artworkId],
  );
  return (
    <Link to={`/exporter/artworks/${artworkId}`}>{loaded.data?.title ?? shortId(artworkId)}</Link>
  );
}
