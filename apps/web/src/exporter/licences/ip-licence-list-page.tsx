import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { Pager } from '../../ui/pager';
import { LoadState } from '../../ui/states';
import { useListParams } from '../../ui/use-list-params';
import { useLoad } from '../../ui/use-load';
import { fetchIpLicences } from './ip-licences-api';
import { LicencePeriod, LicenceStatusBadge, Territories } from './licence-terms';

export const IP_LICENCE_PAGE_SIZE = 20;

/** /exporter/licences: the IP licences the exporter holds, newest first, each a link to it. */
export function IpLicenceListPage() {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const { page, show } = useListParams();
  const loaded = useLoad(
    (signal) => fetchIpLicences(api, { page, pageSize: IP_LICENCE_PAGE_SIZE }, signal),
    [api, page],
  );
  const data = loaded.data;

  return (
    <>
      <h1>{t('ipLicences.title')}</h1>
      <p className="hint">{t('ipLicences.intro')}</p>
      <p className="actions">
        <Link to="/exporter/licences/new">{t('ipLicences.register')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {data &&
        (data.items.length === 0 ? (
          <p>{t('ipLicences.none')}</p>
        ) : (
          <table>
            <caption>{t('ipLicences.count', { total: data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ipLicences.columns.sourceItem')}</th>
                <th scope="col">{t('ipLicences.columns.licensor')}</th>
                <th scope="col">{t('ipLicences.columns.period')}</th>
                <th scope="col">{t('ipLicences.columns.territories')}</th>
                <th scope="col" className="number">
                  {t('ipLicences.columns.royaltyRate')}
                </th>
                <th scope="col">{t('ipLicences.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((licence) => (
                <tr key={licence.id}>
                  <td>
                    <Link to={`/exporter/licences/${licence.id}`}>{licence.sourceItem.title}</Link>
                    {licence.sourceItem.artist && <>, {licence.sourceItem.artist}</>}
                  </td>
                  <td>{licence.licensor}</td>
                  <td>
                    <LicencePeriod licence={licence} />
                  </td>
                  <td>
                    <Territories territories={licence.territories} />
                  </td>
                  <td className="number">{t('ipLicences.rate', { rate: licence.royaltyRate })}</td>
                  <td>
                    <LicenceStatusBadge status={licence.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {data && (
        <Pager
          page={page}
          pageSize={data.pageSize || IP_LICENCE_PAGE_SIZE}
          total={data.total}
          onPage={(next) => show({ page: next })}
          withTotal
        />
      )}
    </>
  );
}
