import { useTranslation } from 'react-i18next';
import { CountryField } from '../../ui/code-fields';
import { TextAreaField, TextField } from '../../ui/field';
import type { ShipmentFormPartProps } from './form-props';

/** Who receives the works. */
export function ConsigneeFields({ form, set, errors }: ShipmentFormPartProps) {
  const { t } = useTranslation('exporter');
  return (
    <fieldset>
      <legend>{t('shipmentForm.consignee')}</legend>
      <div className="form-grid">
        <TextField
          label={t('shipmentForm.consigneeName')}
          name="consignee.name"
          value={form.consigneeName}
          onChange={set('consigneeName')}
          errors={errors.at('consignee.name')}
          required
        />
        <CountryField
          label={t('shipmentForm.consigneeCountry')}
          name="consignee.country"
          value={form.consigneeCountry}
          onChange={set('consigneeCountry')}
          errors={errors.at('consignee.country')}
          required
        />
      </div>
      <TextAreaField
        label={t('shipmentForm.consigneeAddress')}
        name="consignee.address"
        value={form.consigneeAddress}
        onChange={set('consigneeAddress')}
        errors={errors.at('consignee.address')}
        rows={2}
        required
      />
    </fieldset>
  );
}
