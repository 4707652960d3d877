import { useTranslation } from 'react-i18next';
import { CurrencyField } from '../../ui/code-fields';
import { SelectField, TextField } from '../../ui/field';
import { GroupErrors } from '../../ui/group-errors';
import { INCOTERM_RULES, SHIPMENT_PURPOSES } from '../shared/codes';
import type { ShipmentFormPartProps } from './form-props';

/** Why the works travel, on which Incoterms rule, at what price. */
export function TermsFields({ form, set, errors }: ShipmentFormPartProps) {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  return (
    <fieldset>
      <legend>{t('shipmentForm.terms')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('shipmentForm.purpose')}
          name="purpose"
          value={form.purpose}
          onChange={set('purpose')}
          options={SHIPMENT_PURPOSES.map((purpose) => ({
            value: purpose,
            label: tc(`purposes.${purpose}`),
          }))}
          errors={errors.at('purpose')}
          required
        />
        <SelectField
          label={t('shipmentForm.incoterm')}
          name="incoterm.rule"
          value={form.incotermRule}
          onChange={set('incotermRule')}
          placeholder={t('shipmentForm.chooseIncoterm')}
          options={INCOTERM_RULES.map((rule) => ({
            value: rule,
            label: `${rule} — ${t(`incoterms.${rule}`)}`,
          }))}
          errors={errors.at('incoterm.rule')}
          required
        />
        <TextField
          label={t('shipmentForm.incotermPlace')}
          name="incoterm.place"
          value={form.incotermPlace}
          onChange={set('incotermPlace')}
          errors={errors.at('incoterm.place')}
          hint={t('shipmentForm.incotermPlaceHint')}
          required
        />
        <TextField
          label={t('shipmentForm.price')}
          name="price.amount"
          inputMode="decimal"
          value={form.priceAmount}
          onChange={set('priceAmount')}
          errors={errors.at('price.amount')}
          hint={t('shipmentForm.priceHint')}
        />
        <CurrencyField
          label={t('shipmentForm.priceCurrency')}
          name="price.currency"
          value={form.priceCurrency}
          onChange={set('priceCurrency')}
          errors={errors.at('price.currency')}
        />
      </div>
      <GroupErrors errors={[...errors.own('price'), ...errors.own('incoterm')]} />
    </fieldset>
  );
}
