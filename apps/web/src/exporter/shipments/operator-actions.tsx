import type { BodyOf } from '@artbridge/public-api';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import { useAction } from '../../ui/use-action';
import type { Shipment } from '../shared/api-types';
import { TrackingEventForm } from './tracking-event-form';

/**
 * What the logistics operator does to a shipment: dispatch it once paid (the packages must pass
 * ISPM 15), then report where it is until it is delivered.
 */
export function OperatorActions({
  shipment,
  onChanged,
}: {
  shipment: Shipment;
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
      {shipment.status === 'PAID' && (
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
      {shipment.status === 'IN_TRANSIT' && (
        <TrackingEventForm shipmentId={shipment.id} onDone={onChanged} />
      )}
      {shipment.status !== 'PAID' && shipment.status !== 'IN_TRANSIT' && (
        <p>{t('operator.nothingToDo', { status: t(`shipmentStatuses.${shipment.status}`) })}</p>
      )}
    </section>
  );
}
