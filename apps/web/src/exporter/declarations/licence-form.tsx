import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '../../api/declaration.types';
import { declarationPath } from '../../api/declarations';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { SelectField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { SuggestField } from '../../ui/suggest-field';
import { useAction } from '../../ui/use-action';
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
      api.post(`${declarationPath(declaration.id)}/licences`, licenceRequestBody(form)),
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
          label={t('declaration.licences.type')}
          name="type"
          value={form.type}
          onChange={set('type')}
          suggestions={declaration.licencesRequired.map((value) => ({ value }))}
          errors={errors.at('type')}
          required
        />
        <TextField
          label={t('declaration.licences.number')}
          name="number"
          value={form.number}
          onChange={set('number')}
          errors={errors.at('number')}
          required
        />
        <TextField
          label={t('declaration.licences.issuer')}
          name="issuer"
          value={form.issuer}
          onChange={set('issuer')}
          errors={errors.at('issuer')}
          required
        />
        <TextField
          label={t('declaration.licences.validUntil')}
          name="validUntil"
          type="date"
          value={form.validUntil}
          onChange={set('validUntil')}
          errors={errors.at('validUntil')}
          required
        />
        <SelectField
          label={t('declaration.licences.covers')}
          name="artworkId"
          value={form.artworkId}
          onChange={set('artworkId')}
          placeholder={t('declaration.licences.allItems')}
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
