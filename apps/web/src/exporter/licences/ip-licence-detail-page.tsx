import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { MoneyText } from '../../ui/money-text';
import { StatusBadge } from '../../ui/status-badge';
import { LoadState } from '../../ui/states';
import { useFormat } from '../../ui/use-format';
import { useLoad } from '../../ui/use-load';
import type { Artwork } from '../shared/api-types';
import { fetchIpLicence, fetchLicenceProducts, registerIpProduct } from './ip-licences-api';
import { LicencePeriod, LicenceStatusBadge, Territories } from './licence-terms';
import { ProductForm } from './product-form';

/**
 * /exporter/licences/:licenceId: the licence's terms, and the form to register a product (SKU)
 * made under it while it is valid.
 */
export function IpLicenceDetailPage() {
  const { t } = useTranslation('exporter');
  const { licenceId = '' } = useParams();
  const api = useApi();
  const format = useFormat();
  const location = useLocation();
  const registered = (location.state as { registered?: boolean } | null)?.registered;
  const loaded = useLoad((signal) => fetchIpLicence(api, licenceId, signal), [api, licenceId]);
  const [product, setProduct] = useState<Artwork>();
  // read again after each registration, so the new SKU joins the list
  const products = useLoad(
    (signal) => fetchLicenceProducts(api, licenceId, signal),
    [api, licenceId, product?.id],
  );
  const licence = loaded.data;

  return (
    <>
      <p>
        <Link to="/exporter/licences">{t('ipLicences.backToList')}</Link>
      </p>
      {registered && <p role="status">{t('ipLicences.registered')}</p>}
      <LoadState loaded={loaded} />
      {licence && (
        <>
          <h1>{t('ipLicences.licence', { title: licence.sourceItem.title })}</h1>
          <dl className="facts">
            <dt>{t('ipLicences.columns.status')}</dt>
            <dd>
              <LicenceStatusBadge status={licence.status} />
            </dd>
            <dt>{t('ipLicences.columns.licensor')}</dt>
            <dd>{licence.licensor}</dd>
            <dt>{t('ipLicences.columns.sourceItem')}</dt>
            <dd>
              {licence.sourceItem.title}
              {licence.sourceItem.artist && <>, {licence.sourceItem.artist}</>} (
              {licence.sourceItem.institutionRef})
            </dd>
            <dt>{t('ipLicences.columns.period')}</dt>
            <dd>
              <LicencePeriod licence={licence} />
            </dd>
            <dt>{t('ipLicences.columns.territories')}</dt>
            <dd>
              <Territories territories={licence.territories} />
            </dd>
            <dt>{t('ipLicences.columns.royaltyRate')}</dt>
            <dd>{t('ipLicences.rate', { rate: licence.royaltyRate })}</dd>
            <dt>{t('ipLicences.registeredAt')}</dt>
            <dd>
              <DateTime iso={licence.registeredAt} />
            </dd>
            <dt>{t('ipLicences.licenceId')}</dt>
            <dd>
              <code>{licence.id}</code>
            </dd>
          </dl>

          <section aria-labelledby="licence-product-list">
            <h2 id="licence-product-list">{t('ipLicences.products')}</h2>
            <LoadState loaded={products} />
            {products.data &&
              (products.data.items.length === 0 ? (
                <p>{t('ipLicences.noProducts')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('ipLicences.productColumns.sku')}</th>
                      <th scope="col">{t('ipLicences.productColumns.title')}</th>
                      <th scope="col" className="number">
                        {t('ipLicences.productColumns.unitValue')}
                      </th>
                      <th scope="col" className="number">
                        {t('ipLicences.productColumns.royaltyPerUnit')}
                      </th>
                      <th scope="col">{t('ipLicences.productColumns.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {products.data.items.map((item) => (
                      <tr key={item.id}>
                        <td>
                          <code>{item.sku}</code>
                        </td>
                        <td>
                          <Link to={`/exporter/artworks/${item.id}`}>{item.title}</Link>
                        </td>
                        <td className="number">
                          <MoneyText money={item.value} />
                        </td>
                        <td className="number">
                          {item.royaltyPerUnit && <MoneyText money={item.royaltyPerUnit} />}
                        </td>
                        <td>
                          <StatusBadge
                            status={item.status}
                            label={t(`artworkStatuses.${item.status}`)}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ))}
          </section>

          <section aria-labelledby="licence-products">
            <h2 id="licence-products">{t('productForm.title')}</h2>
            <p className="hint">{t('productForm.intro')}</p>
            {product && (
              <p role="status">
                {t('productForm.registered', {
                  sku: product.sku ?? '',
                  royalty: format.money(product.royaltyPerUnit),
                })}{' '}
                <Link to={`/exporter/artworks/${product.id}`}>{t('productForm.seeProduct')}</Link>
              </p>
            )}
            {licence.status === 'ACTIVE' ? (
              <ProductForm
                onSubmit={(body) => registerIpProduct(api, licence.id, body)}
                onRegistered={setProduct}
              />
            ) : (
              <p>
                {t('productForm.notActive', {
                  from: format.date(licence.validFrom),
                  to: format.date(licence.validTo),
                })}
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}
