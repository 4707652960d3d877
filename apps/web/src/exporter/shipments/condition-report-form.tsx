import type { BodyOf, Schema } from '@artbridge/public-api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { AtField, useNowInput } from '../../ui/at-field';
import { ListEditor } from '../../ui/list-editor';
import { useAction } from '../../ui/use-action';
import { everyValue } from '../../api/every-value';
import { optionalText, present, rowKey, withoutKey, type FormBody } from '../shared/form-values';

type Stage = BodyOf<'logistics_ConditionReportsController_record'>['stage'];
type Recorded = Schema<'logistics.RecordedConditionReportResponse'>;
export type DamageSeverity = Schema<'logistics.DamageDto'>['severity'];
export const DAMAGE_SEVERITIES = everyValue<DamageSeverity>()(['MINOR', 'MODERATE', 'SEVERE']);

interface DamageRow {
  key: string;
  location: string;
  description: string;
  severity: string;
}

const emptyDamage = (): DamageRow => ({
  key: rowKey(),
  location: '',
  description: '',
  severity: 'MINOR',
});

/**
 * A condition report, taken with photographs: at ORIGIN before the works leave, at DESTINATION
 * after unpacking, where damage not seen before opens a claim (and the shipment is DISPUTED).
 */
export function ConditionReportForm({
  shipmentId,
  stage,
  onDone,
}: {
  shipmentId: string;
  stage: Stage;
  onDone: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [inspector, setInspector] = useState('');
  const at = useNowInput();
  const [notes, setNotes] = useState('');
  const [photos, setPhotos] = useState('');
  const [damages, setDamages] = useState<DamageRow[]>([]);
  const [recorded, setRecorded] = useState<Recorded>();
  const action = useAction();
  const errors = fieldErrors(action.error);
  const title =
    stage === 'ORIGIN'
      ? t('shipmentActions.condition.originTitle')
      : t('shipmentActions.condition.destinationTitle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(undefined);
    const result = await action.run(() =>
      api.post<Recorded>(`/logistics/shipments/${shipmentId}/condition-reports`, {
        stage,
        inspector: inspector.trim(),
        at: at.toIso(),
        ...present('notes', optionalText(notes)),
        photoRefs: photos
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        damages: damages.map((damage) => {
          const row = withoutKey(damage);
          return { ...row, location: row.location.trim(), description: row.description.trim() };
        }),
      } satisfies FormBody<BodyOf<'logistics_ConditionReportsController_record'>>),
    );
    if (result.ok) {
      setRecorded(result.value);
      setNotes('');
      setPhotos('');
      setDamages([]);
      at.reset();
      onDone();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <p className="hint">
        {stage === 'ORIGIN'
          ? t('shipmentActions.condition.originHint')
          : t('shipmentActions.condition.destinationHint')}
      </p>
      <div className="form-grid">
        <TextField
          label={t('shipmentActions.condition.inspector')}
          name="inspector"
          value={inspector}
          onChange={setInspector}
          errors={errors.at('inspector')}
          required
        />
        <AtField label={t('shipmentActions.condition.at')} at={at} errors={errors.at('at')} />
      </div>
      <TextAreaField
        label={t('shipmentActions.condition.photoRefs')}
        name="photoRefs"
        rows={3}
        value={photos}
        onChange={setPhotos}
        hint={t('shipmentActions.condition.photoRefsHint')}
        errors={errors.at('photoRefs')}
        required
      />
      <TextAreaField
        label={t('shipmentActions.condition.notes')}
        name="notes"
        rows={3}
        value={notes}
        onChange={setNotes}
        errors={errors.at('notes')}
      />
      <ListEditor
        legend={t('shipmentActions.condition.damages')}
        hint={t('shipmentActions.condition.damagesHint')}
        rows={damages}
        onChange={setDamages}
        newRow={emptyDamage}
        addLabel={t('shipmentActions.condition.addDamage')}
        rowLegend={(index) => t('shipmentActions.condition.damageRow', { n: index + 1 })}
        removeLabel={(index) => t('shipmentActions.condition.removeDamage', { n: index + 1 })}
        errors={errors.own('damages')}
      >
        {(row, index, update) => {
          const path = `damages.${index}`;
          return (
            <>
              <TextField
                label={t('shipmentActions.condition.damageLocation')}
                name={`${path}.location`}
                value={row.location}
                onChange={(location) => update({ location })}
                errors={errors.at(`${path}.location`)}
                required
              />
              <TextField
                label={t('shipmentActions.condition.damageDescription')}
                name={`${path}.description`}
                value={row.description}
                onChange={(description) => update({ description })}
                errors={errors.at(`${path}.description`)}
                required
              />
              <SelectField
                label={t('shipmentActions.condition.severity')}
                name={`${path}.severity`}
                value={row.severity}
                onChange={(severity) => update({ severity })}
                options={DAMAGE_SEVERITIES.map((value) => ({
                  value,
                  label: t(`shipmentActions.severities.${value}`),
                }))}
                errors={errors.at(`${path}.severity`)}
                required
              />
            </>
          );
        }}
      </ListEditor>
      <FormErrors
        error={action.error}
        shown={['inspector', 'at', 'photoRefs', 'notes', 'damages']}
      />
      {recorded && (
        <p role="status">
          {t('shipmentActions.condition.recorded', { count: recorded.newDamages })}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('shipmentActions.condition.record')}
        </button>
      </div>
    </form>
  );
}
