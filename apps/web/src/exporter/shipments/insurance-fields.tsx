import { useTranslation } from 'react-i18next';
import { CurrencyField } from '../../ui/code-fields';
import { SelectField, TextField } from '../../ui/field';
import { GroupErrors } from '../../ui/group-errors';
import { INSURANCE_CLAUSES } from '../shared/codes';
import { increaseByTenPercent } from '../shared/form-values';
import type { ShipmentFormPartProps } from './form-props';

/** Cargo insurance: CIP needs Institute Cargo Clauses A, CIF at least C, for 110 % of the price. */
export function InsuranceFields({ form, set, errors }: ShipmentFormPartProps) {
  const { t } = useTranslation('exporter');
  const raised = increaseByTenPercent(form.priceAmount);
  const insureForPrice = () => {
    if (!raised) return;
    set('insuredAmount')(raised);
    set('insuredCurrency')(form.priceCurrency);
  };
  return (
    <fieldset>
      <legend>{t('shipmentForm.insurance')}</legend>
      <p className="hint">{t('shipmentForm.insuranceHint')}</p>
      <div className="form-grid">
        <TextField
          label={t('shipmentForm.insuredValue')}
          name="insurance.insuredValue.amount"
          inputMode="decimal"
          value={form.insuredAmount}
          onChange={set('insuredAmount')}
          errors={[
            ...errors.at('insurance.insuredValue.amount'),
            ...errors.own('insurance.insuredValue'),
          ]}
        />
        <CurrencyField
          label={t('shipmentForm.insuredCurrency')}
          name="insurance.insuredValue.currency"
          value={form.insuredCurrency}
          onChange={set('insuredCurrency')}
          errors={errors.at('insurance.insuredValue.currency')}
        />
        <SelectField
          label={t('shipmentForm.clauses')}
          name="insurance.clauses"
          value={form.insuranceClauses}
          onChange={set('insuranceClauses')}
          placeholder={t('shipmentForm.noInsurance')}
          options={INSURANCE_CLAUSES.map((clauses) => ({
            value: clauses,
            label: t(`clauses.${clauses}`),
          }))}
          errors={errors.at('insurance.clauses')}
        />
      </div>
      <GroupErrors errors={errors.own('insurance')} />
      <button type="button" className="secondary" onClick={insureForPrice} disabled={!raised}>
        {t('shipmentForm.insureForPrice')}
      </button>
    </fieldset>
  );
}
