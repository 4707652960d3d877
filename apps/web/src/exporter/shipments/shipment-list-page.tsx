import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { SelectField } from '../../ui/field';
import { shortId } from '../../ui/format';
import { Pager } from '../../ui/pager';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useListParams } from '../../ui/use-list-params';
import { useLoad } from '../../ui/use-load';
import type { ShipmentPage } from '../shared/api-types';
import { SHIPMENT_STATUSES } from '../shared/codes';
import { useRoles } from '../shared/use-roles';
import { NextDeadlineCell } from './next-deadline-cell';
import { isFinalStatus } from './shipment-journey';

const PAGE_SIZE = 20;

/** /exporter/shipments: the exporter's shipments (all of them for the operator), by status. */
export function ShipmentListPage() {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const { exporter, seesAll } = useRoles();
  const { status, page, show } = useListParams();
  const loaded = useLoad(
    (signal) =>
      api.request<ShipmentPage>('/logistics/shipments', {
        query: { status: status || undefined, page, pageSize: PAGE_SIZE },
        signal,
      }),
    [api, status, page],
  );

  return (
    <>
      <h1>{seesAll ? t('shipments.allTitle') : t('shipments.title')}</h1>
      {exporter && (
        <p className="actions">
          <Link to="/exporter/shipments/new">{t('shipments.new')}</Link>
        </p>
      )}
      <SelectField
        label={t('shipments.statusFilter')}
        name="status"
        value={status}
        onChange={(value) => show({ status: value })}
        placeholder={t('shipments.anyStatus')}
        options={SHIPMENT_STATUSES.map((value) => ({
          value,
          label: t(`shipmentStatuses.${value}`),
        }))}
      />
      <LoadState loaded={loaded} />
      {loaded.data &&
        (loaded.data.items.length === 0 ? (
          <p>{t('shipments.none')}</p>
        ) : (
          <table>
            <caption>{t('shipments.count', { total: loaded.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('shipments.columns.shipment')}</th>
                <th scope="col">{t('shipments.columns.status')}</th>
                <th scope="col">{t('shipments.columns.route')}</th>
                <th scope="col" className="number">
                  {t('shipments.columns.artworks')}
                </th>
                <th scope="col">{t('shipments.columns.nextDeadline')}</th>
                <th scope="col">{t('shipments.columns.submitted')}</th>
                {seesAll && <th scope="col">{t('shipments.columns.exporter')}</th>}
              </tr>
            </thead>
            <tbody>
              {loaded.data.items.map((shipment) => (
                <tr key={shipment.id}>
                  <td>
                    <Link
                      to={`/exporter/shipments/${shipment.id}`}
                      aria-label={t('shipments.open', {
                        id: shortId(shipment.id),
                        consignee: shipment.consignee.name,
                      })}
                    >
                      {shortId(shipment.id)}
                    </Link>{' '}
                    {shipment.consignee.name}
                  </td>
                  <td>
                    <StatusBadge
                      status={shipment.status}
                      label={t(`shipmentStatuses.${shipment.status}`, {
                        defaultValue: shipment.status,
                      })}
                    />
                  </td>
                  <td>
                    {shipment.origin.place} ({shipment.origin.country}) →{' '}
                    {shipment.destination.place} ({shipment.destination.country})
                  </td>
                  <td className="number">{shipment.artworkIds.length}</td>
                  <td>
                    {isFinalStatus(shipment.status) ? (
                      '—'
                    ) : (
                      <NextDeadlineCell shipmentId={shipment.id} />
                    )}
                  </td>
                  <td>
                    <DateTime iso={shipment.submittedAt} />
                  </td>
                  {seesAll && <td>{shipment.exporterId}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {loaded.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={loaded.data.total}
          onPage={(next) => show({ page: next })}
          withTotal
        />
      )}
    </>
  );
}
