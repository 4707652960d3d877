import type { BodyOf } from '@artbridge/public-api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { AtField, useNowInput } from '../../ui/at-field';
import { useAction } from '../../ui/use-action';
import { TRACKING_EVENT_TYPES } from '../shared/codes';
import { present, type FormBody } from '../shared/form-values';

type Custody = NonNullable<BodyOf<'logistics_ShipmentsController_track'>['custody']>;
const NO_CUSTODY: Custody = { from: '', to: '', signedBy: '' };

/**
 * The hand-over as typed: none when all three are blank; otherwise all three, so the service
 * names the one left out (`custody.signedBy should not be empty`) rather than the form dropping it.
 */
function custodyBody(custody: Custody): Custody | undefined {
  const typed = {
    from: custody.from.trim(),
    to: custody.to.trim(),
    signedBy: custody.signedBy.trim(),
  };
  return Object.values(typed).some(Boolean) ? typed : undefined;
}

/**
 * What the carrier reports while the works travel, with the crate's hand-over when it changes
 * hands; DELIVERED ends the transit.
 */
export function TrackingEventForm({
  shipmentId,
  canDeliver = true,
  onDone,
}: {
  shipmentId: string;
  /** DELIVERED is offered (not for works declared for bond that have not entered it: 409). */
  canDeliver?: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [type, setType] = useState<string>('PICKED_UP');
  const [location, setLocation] = useState('');
  const at = useNowInput();
  const [custody, setCustody] = useState<Custody>(NO_CUSTODY);
  const action = useAction();
  const errors = fieldErrors(action.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() =>
      api.post(`/logistics/shipments/${shipmentId}/tracking-events`, {
        type,
        location: location.trim(),
        at: at.toIso(),
        ...present('custody', custodyBody(custody)),
      } satisfies FormBody<BodyOf<'logistics_ShipmentsController_track'>>),
    );
    if (result.ok) {
      setLocation('');
      setCustody(NO_CUSTODY);
      at.reset();
      onDone();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('operator.trackingTitle')}>
      <h3>{t('operator.trackingTitle')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('operator.eventType')}
          name="type"
          value={type}
          onChange={setType}
          options={TRACKING_EVENT_TYPES.filter((value) => canDeliver || value !== 'DELIVERED').map(
            (value) => ({
              value,
              label: t(`trackingTypes.${value}`),
            }),
          )}
          errors={errors.at('type')}
          required
        />
        <TextField
          label={t('operator.location')}
          name="location"
          value={location}
          onChange={setLocation}
          errors={errors.at('location')}
          required
        />
        <AtField label={t('operator.at')} at={at} errors={errors.at('at')} />
      </div>
      <fieldset>
        <legend>{t('shipmentActions.custody.legend')}</legend>
        <p className="hint">{t('shipmentActions.custody.hint')}</p>
        <div className="form-grid">
          <TextField
            label={t('shipmentActions.custody.from')}
            name="custody.from"
            value={custody.from}
            onChange={(from) => setCustody({ ...custody, from })}
            errors={errors.at('custody.from')}
          />
          <TextField
            label={t('shipmentActions.custody.to')}
            name="custody.to"
            value={custody.to}
            onChange={(to) => setCustody({ ...custody, to })}
            errors={errors.at('custody.to')}
          />
          <TextField
            label={t('shipmentActions.custody.signedBy')}
            name="custody.signedBy"
            value={custody.signedBy}
            onChange={(signedBy) => setCustody({ ...custody, signedBy })}
            errors={errors.at('custody.signedBy')}
          />
        </div>
      </fieldset>
      <FormErrors
        error={action.error}
        shown={['type', 'location', 'at', 'custody.from', 'custody.to', 'custody.signedBy']}
      />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('operator.addEvent')}
        </button>
      </div>
    </form>
  );
}
