import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { useLoad } from '../../ui/use-load';
import type { Artwork } from '../shared/api-types';
import { ShipmentForm } from './shipment-form';

/** /exporter/shipments/new[?artwork=id]: a new shipment, the artwork already chosen if given. */
export function ShipmentNewPage() {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const artworkId = params.get('artwork');
  const preselected = useLoad(
    async (signal) =>
      artworkId
        ? [await api.request<Artwork>(`/catalog/artworks/${artworkId}`, { signal })].filter(
            (artwork) => artwork.status === 'AVAILABLE',
          )
        : [],
    [api, artworkId],
  );
  const ready = !preselected.loading || preselected.data !== undefined;

  return (
    <>
      <p>
        <Link to="/exporter/shipments">{t('shipments.backToList')}</Link>
      </p>
      <h1>{t('shipmentForm.title')}</h1>
      {!ready ? (
        <p role="status">{tc('states.loading')}</p>
      ) : (
        <ShipmentForm
          initialArtworks={preselected.data ?? []}
          onSubmitted={(id) =>
            navigate(`/exporter/shipments/${id}`, { state: { submitted: true } })
          }
        />
      )}
    </>
  );
}
