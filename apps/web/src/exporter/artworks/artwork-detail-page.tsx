import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useApi, useAuth } from '../../auth/auth-context';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useLoad } from '../../ui/use-load';
import type { Artwork } from '../shared/api-types';
import { useRoles } from '../shared/use-roles';
import { ArtworkFacts } from './artwork-facts';
import { ArtworkValueForm, isZeroValue } from './artwork-value-form';
import { ProductFacts } from './product-facts';

/**
 * /exporter/artworks/:artworkId: one artwork, its status, the shipment holding it; for its
 * owner while it is AVAILABLE, a form to change its value.
 */
export function ArtworkDetailPage() {
  const { t } = useTranslation('exporter');
  const { artworkId = '' } = useParams();
  const api = useApi();
  const location = useLocation();
  const { exporter } = useRoles();
  const { session } = useAuth();
  const registered = (location.state as { registered?: boolean } | null)?.registered;
  const loaded = useLoad(
    (signal) => api.request<Artwork>(`/catalog/artworks/${artworkId}`, { signal }),
    [api, artworkId],
  );
  const artwork = loaded.data;
  const mayRevalue =
    exporter && artwork?.status === 'AVAILABLE' && artwork.exporterId === session?.username;

  return (
    <>
      <p>
        <Link to="/exporter/artworks">{t('artworks.backToList')}</Link>
      </p>
      {registered && <p role="status">{t('artworks.registered')}</p>}
      <LoadState loaded={loaded} />
      {artwork && (
        <article aria-labelledby="artwork-title">
          <h1 id="artwork-title">{artwork.title}</h1>
          <p>
            {t('artworks.status')}:{' '}
            <StatusBadge status={artwork.status} label={t(`artworkStatuses.${artwork.status}`)} />
            {artwork.shipmentId && (
              <>
                {' — '}
                <Link to={`/exporter/shipments/${artwork.shipmentId}`}>{t('artworks.heldBy')}</Link>
              </>
            )}
          </p>
          {isZeroValue(artwork.value) &&
            // the warning is for who can act on it; anyone else is only told
            (mayRevalue ? (
              <p className="form-error">{t('artworkValue.zero')}</p>
            ) : (
              <p className="hint">{t('artworkValue.zeroNoted')}</p>
            ))}
          {exporter && artwork.status === 'AVAILABLE' && (
            <p className="actions">
              <Link to={`/exporter/shipments/new?artwork=${artwork.id}`}>{t('artworks.ship')}</Link>
            </p>
          )}
          <ProductFacts artwork={artwork} />
          <ArtworkFacts artwork={artwork} />
          {mayRevalue && (
            <ArtworkValueForm key={artwork.id} artwork={artwork} onSaved={loaded.reload} />
          )}
        </article>
      )}
    </>
  );
}
