import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import type { Artwork } from '../shared/api-types';
import { ArtworkForm } from './artwork-form';

/** /exporter/artworks/new: register one artwork, then see it. */
export function ArtworkRegisterPage() {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const navigate = useNavigate();
  return (
    <>
      <p>
        <Link to="/exporter/artworks">{t('artworks.backToList')}</Link>
      </p>
      <h1>{t('artworkForm.title')}</h1>
      <ArtworkForm
        onSubmit={async (body) => {
          const artwork = await api.post<Artwork>('/catalog/artworks', body);
          navigate(`/exporter/artworks/${artwork.id}`, { state: { registered: true } });
        }}
      />
    </>
  );
}
