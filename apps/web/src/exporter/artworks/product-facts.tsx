import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MoneyText } from '../../ui/money-text';
import type { Artwork } from '../shared/api-types';

/** A licensed product's SKU and the licence it is made under, in a list's cell. */
export function ProductCell({ artwork }: { artwork: Artwork }) {
  const { t } = useTranslation('exporter');
  if (!artwork.sku) return <>—</>;
  return (
    <>
      <code>{artwork.sku}</code>
      {artwork.ipLicence && (
        <>
          <br />
          <Link to={`/exporter/licences/${artwork.ipLicence.id}`}>
            {t('artworks.licenceOf', {
              licensor: artwork.ipLicence.licensor,
              rate: artwork.ipLicence.royaltyRate,
            })}
          </Link>
        </>
      )}
    </>
  );
}

/** A licensed product's facts on its page: SKU, type, licence, royalty due per unit. */
export function ProductFacts({ artwork }: { artwork: Artwork }) {
  const { t } = useTranslation('exporter');
  if (!artwork.sku) return null;
  return (
    <dl className="facts" aria-label={t('artworks.product')}>
      <dt>{t('artworks.sku')}</dt>
      <dd>
        <code>{artwork.sku}</code>
      </dd>
      {artwork.productType && (
        <>
          <dt>{t('artworks.productType')}</dt>
          <dd>{artwork.productType}</dd>
        </>
      )}
      {artwork.ipLicence && (
        <>
          <dt>{t('artworks.ipLicence')}</dt>
          <dd>
            <Link to={`/exporter/licences/${artwork.ipLicence.id}`}>
              {t('artworks.licenceOf', {
                licensor: artwork.ipLicence.licensor,
                rate: artwork.ipLicence.royaltyRate,
              })}
            </Link>
          </dd>
        </>
      )}
      {artwork.royaltyPerUnit && (
        <>
          <dt>{t('artworks.royaltyPerUnit')}</dt>
          <dd>
            <MoneyText money={artwork.royaltyPerUnit} />
          </dd>
        </>
      )}
    </dl>
  );
}
