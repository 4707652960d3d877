import type { BodyOf } from '@artbridge/public-api';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import type { Shipment } from '../shared/api-types';
import type { ShipmentStatus } from '../shared/codes';
import { BondedStorageActions } from './bonded-storage-actions';
import { ConditionReportForm } from './condition-report-form';
import { TrackingEventForm } from './tracking-event-form';

/** Before the works leave (logistics takes an ORIGIN condition report then). */
const AT_ORIGIN: readonly ShipmentStatus[] = [
  'SUBMITTED',
  'RESERVED',
  'DECLARED',
  'PENDING_REVIEW',
  'CLEARED',
  'AWAITING_PAYMENT',
  'PAID',
];
/** Delivered and not yet accepted, or in dispute (a DESTINATION condition report). */
const AT_DESTINATION: readonly ShipmentStatus[] = ['DELIVERED', 'DISPUTED'];

/**
 * What the logistics operator does to a shipment: report its condition before it leaves,
 * dispatch it once paid (the packages must pass ISPM 15), report where it is, with the crate's
 * hand-overs, and its stay in bond (a shipment declared for FTZ bonded storage is delivered
 * only once released from bond), until it is delivered; then report its condition again.
 * The admin may do all of it but dispatch, which is the operator's alone (`canDispatch`).
 */
export function OperatorActions({
  shipment,
  canDispatch,
  onChanged,
}: {
  shipment: Shipment;
  canDispatch: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const dispatch = useAction();

  async function send() {
    const result = await dispatch.run(() =>
      // no packages: the ones declared at submission are the ones that go
      api.post(
        `/logistics/shipments/${shipment.id}/dispatch`,
        {} satisfies BodyOf<'logistics_ShipmentsController_dispatch'>,
      ),
    );
    if (result.ok) onChanged();
  }

  return (
    <section aria-labelledby="operator-actions">
      <h2 id="operator-actions">{t('operator.title')}</h2>
      {shipment.status === 'PAID' && !canDispatch && (
        <p className="hint">{t('operator.dispatchByOperator')}</p>
      )}
      {shipment.status === 'PAID' && canDispatch && (
        <>
          <p className="hint">{t('operator.dispatchHint')}</p>
          <FormErrors error={dispatch.error} />
          <button
            type="button"
            onClick={() => void send()}
            disabled={dispatch.busy}
            aria-busy={dispatch.busy || undefined}
          >
            {t('operator.dispatch')}
          </button>
        </>
      )}
      {AT_ORIGIN.includes(shipment.status) && (
        <ConditionReportForm shipmentId={shipment.id} stage="ORIGIN" onDone={onChanged} />
      )}
      {(shipment.ftzBonded || shipment.bondedStorage) && (
        <BondedStorageActions shipment={shipment} onChanged={onChanged} />
      )}
      {/* works in bond are neither tracked nor delivered (409) until they leave it */}
      {shipment.status === 'IN_TRANSIT' && shipment.bondedStorage?.state !== 'IN_BOND' && (
        <TrackingEventForm
          shipmentId={shipment.id}
          // declared for bond: delivered only once it has been in bond and left it
          canDeliver={!shipment.ftzBonded || shipment.bondedStorage !== undefined}
          onDone={onChanged}
        />
      )}
      {AT_DESTINATION.includes(shipment.status) && (
        <ConditionReportForm shipmentId={shipment.id} stage="DESTINATION" onDone={onChanged} />
      )}
      {!AT_ORIGIN.includes(shipment.status) &&
        !AT_DESTINATION.includes(shipment.status) &&
        shipment.status !== 'IN_TRANSIT' && (
          <p>{t('operator.nothingToDo', { status: t(`shipmentStatuses.${shipment.status}`) })}</p>
        )}
    </section>
  );
}
