import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import type { Declaration } from '../shared/api-types';
import { fieldErrors } from '../shared/errors';
import { SuggestField } from '../shared/suggest-field';
import { useAction } from '../shared/use-action';
import { emptyLicenceForm, licenceRequestBody, type LicenceFormState } from './licence-form-state';

const LICENCE_FIELDS = ['type', 'number', 'issuer', 'validUntil', 'artworkId'];

/** Attach a licence the declaration needs (for every item, or one). */
export function LicenceForm({
  declaration,
  onAttached,
}: {
  declaration: Declaration;
  onAttached: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [form, setForm] = useState<LicenceFormState>(() => emptyLicenceForm(declaration));
  const action = useAction();
  const errors = fieldErrors(action.error);
  const set = (key: keyof LicenceFormState) => (value: string) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() =>
      api.post(`/customs/declarations/${declaration.id}/licences`, licenceRequestBody(form)),
    );
    if (result.ok) {
      setForm(emptyLicenceForm(declaration));
      onAttached();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('declaration.attachLicence')}>
      <h3>{t('declaration.attachLicence')}</h3>
      <div className="form-grid">
        <SuggestField
          label={t('declaration.licenceType')}
          name="type"
          value={form.type}
          onChange={set('type')}
          suggestions={declaration.licencesRequired.map((value) => ({ value }))}
          errors={errors.at('type')}
          required
        />
        <TextField
          label={t('declaration.licenceNumber')}
          name="number"
          value={form.number}
          onChange={set('number')}
          errors={errors.at('number')}
          required
        />
        <TextField
          label={t('declaration.issuer')}
          name="issuer"
          value={form.issuer}
          onChange={set('issuer')}
          errors={errors.at('issuer')}
          required
        />
        <TextField
          label={t('declaration.validUntil')}
          name="validUntil"
          type="date"
          value={form.validUntil}
          onChange={set('validUntil')}
          errors={errors.at('validUntil')}
          required
        />
        <SelectField
          label={t('declaration.covers')}
          name="artworkId"
          value={form.artworkId}
          onChange={set('artworkId')}
          placeholder={t('declaration.allItems')}
          options={declaration.items.map((item) => ({
            value: item.artworkId,
            label: `${item.position + 1}. ${item.title}`,
          }))}
          errors={errors.at('artworkId')}
        />
      </div>
      <FormErrors error={action.error} shown={LICENCE_FIELDS} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('declaration.attach')}
        </button>
      </div>
    </form>
  );
}
