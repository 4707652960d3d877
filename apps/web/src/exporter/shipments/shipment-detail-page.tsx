import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { shortId } from '../../ui/format';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useFollow } from '../../ui/use-follow';
import { DeclarationSection } from '../declarations/declaration-section';
import type { Shipment } from '../shared/api-types';
import { useRoles } from '../shared/use-roles';
import { AdminActions } from './admin-actions';
import { AdmissionSection } from './admission-section';
import { BondedStaySection } from './bonded-storage-actions';
import { ClaimSummary } from './claim-summary';
import { ConditionReports } from './condition-reports';
import { CustomsSummary } from './customs-summary';
import { DeadlinesTable } from './deadlines-table';
import { OperatorActions } from './operator-actions';
import { ShipmentFacts } from './shipment-facts';
import { FOLLOW_EVERY_MS, isFinalStatus } from './shipment-journey';
import { ShipmentTimeline } from './shipment-timeline';

/**
 * /exporter/shipments/:shipmentId: the shipment followed live (every 2 s until it completes or
 * is cancelled): status, deadlines, the journey, its declaration and invoice, its condition
 * reports; for the logistics operator, dispatch, tracking, bonded storage and condition reports;
 * for the admin, the same but dispatch (the API lets the admin record the goods' movements and
 * condition, not send them off), the buyer's answer and the settlement of a dispute; for an
 * exhibition loan, its admission and return leg.
 */
export function ShipmentDetailPage() {
  const { t } = useTranslation('exporter');
  const { shipmentId = '' } = useParams();
  const api = useApi();
  const location = useLocation();
  const { exporter, operator, admin } = useRoles();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  const recordsMovements = operator || admin;
  const loaded = useFollow(
    (signal) => api.request<Shipment>(`/logistics/shipments/${shipmentId}`, { signal }),
    [api, shipmentId],
    FOLLOW_EVERY_MS,
    (shipment) => isFinalStatus(shipment.status),
  );
  const shipment = loaded.data;

  return (
    <>
      <p>
        <Link to="/exporter/shipments">{t('shipments.backToList')}</Link>
      </p>
      <h1>{t('shipment.title', { id: shortId(shipmentId) })}</h1>
      {submitted && <p role="status">{t('shipment.submitted')}</p>}
      <LoadState loaded={loaded} />
      {shipment && (
        <>
          <p role="status" aria-label={t('shipment.status')}>
            {t('shipment.status')}:{' '}
            <StatusBadge
              status={shipment.status}
              label={t(`shipmentStatuses.${shipment.status}`, { defaultValue: shipment.status })}
            />
            {shipment.ftzBonded && (
              <>
                {' '}
                <StatusBadge status="bonded" label={t('shipment.bondedBadge')} />
              </>
            )}
          </p>
          <nav aria-label={t('shipment.related')} className="actions">
            {shipment.declarationId && (exporter || admin) && (
              <Link to={`/exporter/declarations/${shipment.declarationId}`}>
                {t('shipment.declarationLink')}
              </Link>
            )}
            {shipment.invoiceId && (exporter || admin) && (
              <Link to={`/exporter/invoices/${shipment.invoiceId}`}>
                {t('shipment.invoiceLink')}
              </Link>
            )}
            {shipment.returnOfShipmentId && (
              <Link to={`/exporter/shipments/${shipment.returnOfShipmentId}`}>
                {t('shipmentActions.outboundLink')}
              </Link>
            )}
          </nav>
          {recordsMovements && (
            <OperatorActions shipment={shipment} canDispatch={operator} onChanged={loaded.reload} />
          )}
          {admin && <AdminActions shipment={shipment} onChanged={loaded.reload} />}
          {shipment.claim && <ClaimSummary claim={shipment.claim} />}
          <ConditionReports shipmentId={shipment.id} version={shipment.timeline.length} />
          {shipment.bondedStorage && !recordsMovements && (
            <BondedStaySection stay={shipment.bondedStorage} />
          )}
          {shipment.purpose === 'TEMPORARY_EXHIBITION' && (
            <AdmissionSection
              shipment={shipment}
              canAct={exporter || admin}
              onChanged={loaded.reload}
            />
          )}
          <DeadlinesTable deadlines={shipment.deadlines} />
          <ShipmentTimeline steps={shipment.timeline} following={loaded.following} />
          {shipment.declarationId && exporter ? (
            <DeclarationSection
              declarationId={shipment.declarationId}
              version={shipment.timeline.length}
            />
          ) : (
            <CustomsSummary shipment={shipment} />
          )}
          <ShipmentFacts shipment={shipment} />
        </>
      )}
    </>
  );
}
