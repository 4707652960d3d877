import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { CountryField, CurrencyField } from '../../ui/code-fields';
import { CheckboxField, SelectField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { GroupErrors } from '../../ui/group-errors';
import { SuggestField } from '../../ui/suggest-field';
import { useAction } from '../../ui/use-action';
import { useFocusFirstError } from '../../ui/use-focus-error';
import { ARTWORK_CATEGORIES, TECHNIQUES } from '../shared/codes';
import { ArtistFields } from './artist-fields';
import {
  ARTWORK_FORM_FIELDS,
  artworkRequestBody,
  emptyArtworkForm,
  type ArtworkFormState,
  type MusicalInstrumentChoice,
  type RegisterArtworkBody,
} from './artwork-form-state';
import { DimensionsFields } from './dimensions-fields';
import type { ArtworkFormPartProps } from './form-props';
import { MaterialsEditor } from './materials-editor';
import { ProvenanceEditor } from './provenance-editor';

const TECHNIQUE_SUGGESTIONS = TECHNIQUES.map((value) => ({ value }));

/**
 * Every artwork attribute of API.md. The typed text stays in the form whatever the service
 * answers; its 400 messages appear under the field they name, the rest above the button.
 */
export function ArtworkForm({
  onSubmit,
}: {
  onSubmit: (body: RegisterArtworkBody) => Promise<unknown>;
}) {
  const { t } = useTranslation('exporter');
  const [form, setForm] = useState<ArtworkFormState>(emptyArtworkForm);
  const action = useAction();
  const errors = fieldErrors(action.error);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, action.error);

  const set: ArtworkFormPartProps['set'] = (key) => (value) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const part = { form, set, errors };

  const chooseCategory = (category: string) =>
    // a reproduction is by definition not executed by hand: say so for the user
    setForm((previous) => ({
      ...previous,
      category,
      handExecuted: category === 'REPRODUCTION' ? false : previous.handExecuted,
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(() => onSubmit(artworkRequestBody(form)));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('artworkForm.title')}>
      <fieldset>
        <legend>{t('artworkForm.work')}</legend>
        <div className="form-grid">
          <TextField
            label={t('artworkForm.titleField')}
            name="title"
            value={form.title}
            onChange={set('title')}
            errors={errors.at('title')}
            required
          />
          <TextField
            label={t('artworkForm.creationYear')}
            name="creationYear"
            type="number"
            value={form.creationYear}
            onChange={set('creationYear')}
            errors={errors.at('creationYear')}
            hint={t('artworkForm.creationYearHint')}
            required
          />
          <TextField
            label={t('artworkForm.creationYearEnd')}
            name="creationYearEnd"
            type="number"
            value={form.creationYearEnd}
            onChange={set('creationYearEnd')}
            errors={errors.at('creationYearEnd')}
            hint={t('artworkForm.creationYearEndHint')}
          />
          <SelectField
            label={t('artworkForm.category')}
            name="category"
            value={form.category}
            onChange={chooseCategory}
            options={ARTWORK_CATEGORIES.map((category) => ({
              value: category,
              label: t(`categories.${category}`),
            }))}
            placeholder={t('artworkForm.chooseCategory')}
            errors={errors.at('category')}
            required
          />
          <SuggestField
            label={t('artworkForm.technique')}
            name="technique"
            value={form.technique}
            onChange={set('technique')}
            suggestions={TECHNIQUE_SUGGESTIONS}
            errors={errors.at('technique')}
            hint={t('artworkForm.techniqueHint')}
          />
          <TextField
            label={t('artworkForm.medium')}
            name="medium"
            value={form.medium}
            onChange={set('medium')}
            errors={errors.at('medium')}
            hint={t('artworkForm.mediumHint')}
          />
        </div>
        <CheckboxField
          label={t('artworkForm.handExecuted')}
          name="handExecuted"
          checked={form.handExecuted}
          onChange={set('handExecuted')}
          errors={errors.at('handExecuted')}
          hint={t('artworkForm.handExecutedHint')}
        />
        <CheckboxField
          label={t('artworkForm.portrait')}
          name="portrait"
          checked={form.portrait}
          onChange={set('portrait')}
          errors={errors.at('portrait')}
        />
        <SelectField
          label={t('ivoryFacts.musicalInstrument')}
          name="musicalInstrument"
          value={form.musicalInstrument}
          onChange={(choice) => set('musicalInstrument')(choice as MusicalInstrumentChoice)}
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          placeholder={t('ivoryFacts.notSaid')}
          errors={errors.at('musicalInstrument')}
          hint={t('ivoryFacts.musicalInstrumentHint')}
        />
      </fieldset>

      <ArtistFields {...part} />
      <MaterialsEditor materials={form.materials} onChange={set('materials')} errors={errors} />
      <DimensionsFields {...part} />

      <fieldset>
        <legend>{t('artworkForm.valueAndOwnership')}</legend>
        <div className="form-grid">
          <TextField
            label={t('artworkForm.value')}
            name="value.amount"
            inputMode="decimal"
            value={form.valueAmount}
            onChange={set('valueAmount')}
            errors={errors.at('value.amount')}
            hint={t('artworkForm.valueHint')}
            required
          />
          <CurrencyField
            label={t('artworkForm.currency')}
            name="value.currency"
            value={form.valueCurrency}
            onChange={set('valueCurrency')}
            errors={errors.at('value.currency')}
            required
          />
          <CountryField
            label={t('artworkForm.originCountry')}
            name="originCountry"
            value={form.originCountry}
            onChange={set('originCountry')}
            errors={errors.at('originCountry')}
            required
          />
        </div>
        <GroupErrors errors={errors.own('value')} />
        <CheckboxField
          label={t('artworkForm.ownedByCreator')}
          name="ownedByCreator"
          checked={form.ownedByCreator}
          onChange={set('ownedByCreator')}
          errors={errors.at('ownedByCreator')}
        />
      </fieldset>

      <ProvenanceEditor {...part} />

      <FormErrors error={action.error} shown={ARTWORK_FORM_FIELDS} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('artworkForm.submit')}
        </button>
      </div>
    </form>
  );
}
