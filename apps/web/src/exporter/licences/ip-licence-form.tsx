import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { CheckboxField, TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { GroupErrors } from '../../ui/group-errors';
import { useAction } from '../../ui/use-action';
import { useFocusFirstError } from '../../ui/use-focus-error';
import {
  emptyIpLicenceForm,
  IP_LICENCE_FORM_FIELDS,
  ipLicenceRequestBody,
  type IpLicenceFormState,
  type RegisterIpLicenceBody,
} from './ip-licence-form-state';

/**
 * An IP licence as the institution granted it: who, which item, when, where, what royalty. What
 * was typed stays whatever the service answers; its 400 messages appear under their field.
 */
export function IpLicenceForm({
  onSubmit,
}: {
  onSubmit: (body: RegisterIpLicenceBody) => Promise<unknown>;
}) {
  const { t } = useTranslation('exporter');
  const [form, setForm] = useState<IpLicenceFormState>(emptyIpLicenceForm);
  const action = useAction();
  const errors = fieldErrors(action.error);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, action.error);

  const set =
    <K extends keyof IpLicenceFormState>(key: K) =>
    (value: IpLicenceFormState[K]) =>
      setForm((previous) => ({ ...previous, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(() => onSubmit(ipLicenceRequestBody(form)));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('ipLicenceForm.title')}>
      <fieldset>
        <legend>{t('ipLicenceForm.sourceItem')}</legend>
        <div className="form-grid">
          <TextField
            label={t('ipLicenceForm.licensor')}
            name="licensor"
            value={form.licensor}
            onChange={set('licensor')}
            errors={errors.at('licensor')}
            hint={t('ipLicenceForm.licensorHint')}
            required
          />
          <TextField
            label={t('ipLicenceForm.sourceTitle')}
            name="sourceItem.title"
            value={form.sourceTitle}
            onChange={set('sourceTitle')}
            errors={errors.at('sourceItem.title')}
            required
          />
          <TextField
            label={t('ipLicenceForm.sourceArtist')}
            name="sourceItem.artist"
            value={form.sourceArtist}
            onChange={set('sourceArtist')}
            errors={errors.at('sourceItem.artist')}
            hint={t('ipLicenceForm.sourceArtistHint')}
          />
          <TextField
            label={t('ipLicenceForm.institutionRef')}
            name="sourceItem.institutionRef"
            value={form.institutionRef}
            onChange={set('institutionRef')}
            errors={errors.at('sourceItem.institutionRef')}
            hint={t('ipLicenceForm.institutionRefHint')}
            required
          />
        </div>
        <GroupErrors errors={errors.own('sourceItem')} />
      </fieldset>

      <fieldset>
        <legend>{t('ipLicenceForm.terms')}</legend>
        <div className="form-grid">
          <TextField
            label={t('ipLicenceForm.validFrom')}
            name="validFrom"
            type="date"
            value={form.validFrom}
            onChange={set('validFrom')}
            errors={errors.at('validFrom')}
            hint={t('ipLicenceForm.validHint')}
            required
          />
          <TextField
            label={t('ipLicenceForm.validTo')}
            name="validTo"
            type="date"
            value={form.validTo}
            onChange={set('validTo')}
            errors={errors.at('validTo')}
            hint={t('ipLicenceForm.validHint')}
            required
          />
          <TextField
            label={t('ipLicenceForm.royaltyRate')}
            name="royaltyRate"
            inputMode="decimal"
            value={form.royaltyRate}
            onChange={set('royaltyRate')}
            errors={errors.at('royaltyRate')}
            hint={t('ipLicenceForm.royaltyRateHint')}
            required
          />
        </div>
        <CheckboxField
          label={t('ipLicenceForm.worldwide')}
          name="worldwide"
          checked={form.worldwide}
          onChange={set('worldwide')}
          hint={t('ipLicenceForm.worldwideHint')}
        />
        {form.worldwide ? (
          // WORLD was sent: what the service says about the territories is about the box
          <GroupErrors errors={errors.at('territories')} />
        ) : (
          <TextField
            label={t('ipLicenceForm.territories')}
            name="territories"
            value={form.territories}
            onChange={set('territories')}
            errors={errors.at('territories')}
            hint={t('ipLicenceForm.territoriesHint')}
            required
          />
        )}
      </fieldset>

      <FormErrors error={action.error} shown={IP_LICENCE_FORM_FIELDS} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('ipLicenceForm.submit')}
        </button>
      </div>
    </form>
  );
}
