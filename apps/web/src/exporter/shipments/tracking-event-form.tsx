import type { BodyOf } from '@artbridge/public-api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { localInputToIso, toLocalInput } from '../../ui/format';
import { useAction } from '../../ui/use-action';
import { TRACKING_EVENT_TYPES } from '../shared/codes';
import type { FormBody } from '../shared/form-values';

/** What the carrier reports while the works travel; DELIVERED ends the transit. */
export function TrackingEventForm({
  shipmentId,
  onDone,
}: {
  shipmentId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [type, setType] = useState<string>('PICKED_UP');
  const [location, setLocation] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const action = useAction();
  const errors = fieldErrors(action.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() =>
      api.post(`/logistics/shipments/${shipmentId}/tracking-events`, {
        type,
        location: location.trim(),
        at: localInputToIso(at),
      } satisfies FormBody<BodyOf<'logistics_ShipmentsController_track'>>),
    );
    if (result.ok) {
      setLocation('');
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
          options={TRACKING_EVENT_TYPES.map((value) => ({
            value,
            label: t(`trackingTypes.${value}`),
          }))}
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
        <TextField
          label={t('operator.at')}
          name="at"
          type="datetime-local"
          value={at}
          onChange={setAt}
          errors={errors.at('at')}
          required
        />
      </div>
      <FormErrors error={action.error} shown={['type', 'location', 'at']} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('operator.addEvent')}
        </button>
      </div>
    </form>
  );
}
