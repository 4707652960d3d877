import type { BodyOf } from '@artbridge/public-api';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { CurrencyField } from '../../ui/code-fields';
import { TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import { GroupErrors } from '../../ui/group-errors';
import { useAction } from '../../ui/use-action';
import { useFocusFirstError } from '../../ui/use-focus-error';
import type { Artwork } from '../shared/api-types';
import { code, type FormBody } from '../shared/form-values';

/** PATCH /api/catalog/artworks/{id}, as the form sends it. */
export type RevalueArtworkBody = FormBody<BodyOf<'catalog_ArtworksController_revalue'>>;

/** A value of nothing (`0`, `0.00`): what an imported work comes in at, and would ship at. */
export function isZeroValue(money: Artwork['value']): boolean {
  return /^0*(\.0*)?$/.test(money.amount.trim());
}

/**
 * The owner's form for a new value of an AVAILABLE artwork. The service's 400s appear under
 * the amount or currency they name; a 409 (a shipment took the artwork meanwhile) above Save.
 */
export function ArtworkValueForm({
  artwork,
  onSaved,
}: {
  artwork: Artwork;
  /** The value was saved: the page loads the artwork again. */
  onSaved: () => void;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const [amount, setAmount] = useState(artwork.value.amount);
  const [currency, setCurrency] = useState(artwork.value.currency);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const errors = fieldErrors(action.error);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, action.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const body: RevalueArtworkBody = { value: { amount: amount.trim(), currency: code(currency) } };
    const result = await action.run(() =>
      api.request<Artwork>(`/catalog/artworks/${artwork.id}`, { method: 'PATCH', json: body }),
    );
    if (result.ok) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('artworkValue.formLabel')}>
      <fieldset>
        <legend>{t('artworkValue.change')}</legend>
        <div className="form-grid">
          <TextField
            label={t('artworkValue.amount')}
            name="value.amount"
            inputMode="decimal"
            value={amount}
            onChange={setAmount}
            errors={errors.at('value.amount')}
            hint={t('artworkValue.amountHint')}
            required
          />
          <CurrencyField
            label={t('artworkValue.currency')}
            name="value.currency"
            value={currency}
            onChange={setCurrency}
            errors={errors.at('value.currency')}
            required
          />
        </div>
        <GroupErrors errors={errors.own('value')} />
      </fieldset>
      <FormErrors error={action.error} shown={['value']} />
      <div className="actions">
        <button type="submit" disabled={action.busy} aria-busy={action.busy || undefined}>
          {t('artworkValue.submit')}
        </button>
      </div>
      <p role="status">{saved ? t('artworkValue.saved') : ''}</p>
    </form>
  );
}
