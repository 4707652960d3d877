import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import { MoneyText } from '../../ui/money-text';
import { Pager } from '../../ui/pager';
import { StatusBadge } from '../../ui/status-badge';
import { useLoad } from '../../ui/use-load';
import type { ArtworkPage } from '../shared/api-types';
import { Year } from '../shared/year';
import {
  ARTWORK_PAGE_SIZE,
  searchFromParams,
  searchQuery,
  searchToParams,
  type ArtworkSearch,
} from './artwork-search';
import { ArtworkSearchForm } from './artwork-search-form';
import { ProductCell } from './product-facts';

const SEARCH_FIELDS = ['q', 'status', 'category', 'yearFrom', 'yearTo'];

/** /exporter/artworks: the exporter's artworks, searched and paged, with their status. */
export function ArtworkListPage() {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const key = searchToParams(search).toString();
  const loaded = useLoad(
    (signal) =>
      api.request<ArtworkPage>('/catalog/artworks', { query: searchQuery(search), signal }),
    [api, key],
  );
  const show = (next: ArtworkSearch) => setParams(searchToParams(next));
  // the SKU and licence column only where the page holds licensed products
  const products = loaded.data?.items.some((artwork) => artwork.sku) ?? false;

  return (
    <>
      <h1>{t('artworks.title')}</h1>
      <p className="actions">
        <Link to="/exporter/artworks/new">{t('artworks.register')}</Link>
        <Link to="/exporter/imports">{t('artworks.bulkImport')}</Link>
      </p>
      <ArtworkSearchForm
        key={key}
        search={search}
        onSearch={show}
        errors={fieldErrors(loaded.error)}
      />
      <FormErrors error={loaded.error} shown={SEARCH_FIELDS} />
      {loaded.loading && !loaded.data && <p role="status">{tc('states.loading')}</p>}
      {loaded.data && (
        <>
          {loaded.data.items.length === 0 ? (
            <p>{t('artworks.none')}</p>
          ) : (
            <table>
              <caption>{t('artworks.count', { total: loaded.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('artworks.columns.title')}</th>
                  <th scope="col">{t('artworks.columns.artist')}</th>
                  <th scope="col">{t('artworks.columns.year')}</th>
                  <th scope="col">{t('artworks.columns.category')}</th>
                  {products && <th scope="col">{t('artworks.columns.product')}</th>}
                  <th scope="col" className="number">
                    {t('artworks.columns.value')}
                  </th>
                  <th scope="col">{t('artworks.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.items.map((artwork) => (
                  <tr key={artwork.id}>
                    <td>
                      <Link to={`/exporter/artworks/${artwork.id}`}>{artwork.title}</Link>
                    </td>
                    <td>{artwork.artist.name}</td>
                    <td>
                      <Year year={artwork.creationYear} />
                    </td>
                    <td>{t(`categories.${artwork.category}`)}</td>
                    {products && (
                      <td>
                        <ProductCell artwork={artwork} />
                      </td>
                    )}
                    <td className="number">
                      <MoneyText money={artwork.value} />
                    </td>
                    <td>
                      <StatusBadge
                        status={artwork.status}
                        label={t(`artworkStatuses.${artwork.status}`)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager
            page={search.page}
            pageSize={ARTWORK_PAGE_SIZE}
            total={loaded.data.total}
            onPage={(page) => show({ ...search, page })}
            withTotal
          />
        </>
      )}
    </>
  );
}
