import { useTranslation } from 'react-i18next';
import { CountryField } from '../../ui/code-fields';
import { CheckboxField, SelectField, TextField } from '../../ui/field';
import { TRANSPORT_MODES } from '../shared/codes';
import type { ShipmentFormPartProps } from './form-props';
import { bondedStorageOffered } from './shipment-form-state';

/** Where from, where to, and how. */
export function RouteFields({ form, set, errors }: ShipmentFormPartProps) {
  const { t } = useTranslation('exporter');
  return (
    <fieldset>
      <legend>{t('shipmentForm.route')}</legend>
      <div className="form-grid">
        <CountryField
          label={t('shipmentForm.originCountry')}
          name="origin.country"
          value={form.originCountry}
          onChange={set('originCountry')}
          errors={errors.at('origin.country')}
          required
        />
        <TextField
          label={t('shipmentForm.originPlace')}
          name="origin.place"
          value={form.originPlace}
          onChange={set('originPlace')}
          errors={errors.at('origin.place')}
          required
        />
        <CountryField
          label={t('shipmentForm.destinationCountry')}
          name="destination.country"
          value={form.destinationCountry}
          onChange={set('destinationCountry')}
          errors={errors.at('destination.country')}
          required
        />
        <TextField
          label={t('shipmentForm.destinationPlace')}
          name="destination.place"
          value={form.destinationPlace}
          onChange={set('destinationPlace')}
          errors={errors.at('destination.place')}
          required
        />
        <SelectField
          label={t('shipmentForm.transportMode')}
          name="transportMode"
          value={form.transportMode}
          onChange={set('transportMode')}
          options={TRANSPORT_MODES.map((mode) => ({
            value: mode,
            label: t(`transportModes.${mode}`),
          }))}
          errors={errors.at('transportMode')}
          required
        />
      </div>
      {bondedStorageOffered(form) && (
        <CheckboxField
          label={t('shipmentForm.ftzBonded')}
          name="ftzBonded"
          checked={form.ftzBonded}
          onChange={set('ftzBonded')}
          errors={errors.at('ftzBonded')}
          hint={t('shipmentForm.ftzBondedHint')}
        />
      )}
    </fieldset>
  );
}
