import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/field';

/** Which currency a chart shows: amounts in different currencies never share an axis. */
export function CurrencySelect({
  name,
  currencies,
  value,
  onChange,
}: {
  name: string;
  currencies: readonly string[];
  value: string;
  onChange: (currency: string) => void;
}) {
  const { t } = useTranslation('finance');
  if (currencies.length <= 1) return null;
  return (
    <SelectField
      label={t('reports.currency')}
      name={name}
      value={value}
      onChange={onChange}
      options={currencies.map((code) => ({ value: code, label: code }))}
    />
  );
}
