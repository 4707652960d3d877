import type { BodyOf } from '@artbridge/public-api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { TextAreaField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { shortId } from '../../ui/format';
import { LoadState } from '../../ui/states';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';
import type { Shipment } from '../shared/api-types';

/**
 * An exhibition loan's way back: its temporary-admission clock (CN-TEMP-ADMISSION: the works
 * leave within 6 months of entry, extended at most 3 times) and its return leg. The lender (the
 * exporter who owns it) or the admin may extend the clock and create the return leg.
 */
export function AdmissionSection({
  shipment,
  canAct,
  onChanged,
}: {
  shipment: Shipment;
  canAct: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('exporter');
  const admission = shipment.admission;
  // a loan into a country without a modelled clock goes back once delivered
  const delivered = admission !== undefined || shipment.deliveredAt !== undefined;
  const discharged = admission?.state === 'DISCHARGED';
  return (
    <section aria-labelledby="admission">
      <h2 id="admission">{t('shipmentActions.admission.title')}</h2>
      {admission ? (
        <dl className="facts">
          <dt>{t('shipmentActions.admission.state')}</dt>
          <dd>
            {t(`shipmentActions.admission.states.${admission.state}`, {
              defaultValue: admission.state,
            })}
          </dd>
          <dt>{t('shipmentActions.admission.deadline')}</dt>
          <dd>
            <DateTime iso={admission.deadline} />
          </dd>
          <dt>{t('shipmentActions.admission.extensions')}</dt>
          <dd>
            {t('shipmentActions.admission.extensionsCount', {
              used: admission.extensionsUsed,
              left: admission.extensionsLeft,
            })}
          </dd>
        </dl>
      ) : (
        <p className="hint">{t('shipmentActions.admission.noClock')}</p>
      )}
      {canAct &&
        admission?.state === 'RUNNING' &&
        (admission.extensionsLeft > 0 ? (
          <ExtensionForm shipmentId={shipment.id} onDone={onChanged} />
        ) : (
          <p className="hint">{t('shipmentActions.admission.noExtension')}</p>
        ))}
      <ReturnLeg shipment={shipment} canCreate={canAct && delivered && !discharged} />
    </section>
  );
}

function ExtensionForm({ shipmentId, onDone }: { shipmentId: string; onDone: () => void }) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    action.clear();
    setMissing(!reason.trim());
    if (!reason.trim()) return;
    const result = await action.run(() =>
      api.post(`/logistics/shipments/${shipmentId}/admission/extensions`, {
        reason: reason.trim(),
      } satisfies BodyOf<'logistics_AdmissionController_extend'>),
    );
    if (result.ok) {
      setReason('');
      onDone();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('shipmentActions.admission.extendTitle')}>
      <h3>{t('shipmentActions.admission.extendTitle')}</h3>
      <TextAreaField
        label={t('shipmentActions.admission.reason')}
        name="reason"
        rows={3}
        value={reason}
        onChange={setReason}
        errors={
          missing
            ? [t('shipmentActions.admission.reasonRequired')]
            : fieldErrors(action.error).at('reason')
        }
        required
      />
      <FormErrors error={action.error} shown={['reason']} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('shipmentActions.admission.extend')}
        </button>
      </div>
    </form>
  );
}

/**
 * The loan's return leg, with where it stands; a new one is offered when there is none yet or
 * the last one was cancelled (logistics refuses one while another is under way).
 */
function ReturnLeg({ shipment, canCreate }: { shipment: Shipment; canCreate: boolean }) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const navigate = useNavigate();
  const action = useAction();
  const returnId = shipment.returnShipmentId;
  const leg = useLoad(
    (signal) =>
      returnId
        ? api.request<Shipment>(`/logistics/shipments/${returnId}`, { signal })
        : Promise.resolve(undefined),
    // again whenever the outbound shipment changes: a leg cancelled meanwhile offers a new one
    [api, returnId, shipment.updatedAt, shipment.timeline.length],
  );
  const legStatus = leg.data?.status;
  const offered = canCreate && (!returnId || legStatus === 'CANCELLED');

  async function create() {
    const result = await action.run(() =>
      api.post<Shipment>(
        `/logistics/shipments/${shipment.id}/return`,
        {} satisfies BodyOf<'logistics_AdmissionController_createReturnLeg'>,
      ),
    );
    if (result.ok) navigate(`/exporter/shipments/${result.value.id}`);
  }

  return (
    <>
      {returnId && <LoadState loaded={leg} />}
      {returnId && (
        <p>
          {t('shipmentActions.admission.returnLeg')}:{' '}
          <Link to={`/exporter/shipments/${returnId}`}>{shortId(returnId)}</Link>
          {legStatus && ` (${t(`shipmentStatuses.${legStatus}`)})`}
        </p>
      )}
      {offered && (
        <>
          <p className="hint">{t('shipmentActions.admission.returnHint')}</p>
          <FormErrors error={action.error} />
          <div className="actions">
            <button
              type="button"
              onClick={() => void create()}
              disabled={action.busy}
              aria-busy={action.busy || undefined}
            >
              {t('shipmentActions.admission.createReturn')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
