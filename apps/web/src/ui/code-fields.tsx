import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SuggestField, type Suggestion, type SuggestFieldProps } from './suggest-field';

/** Suggested in currency inputs; any ISO 4217 code is accepted. */
const COMMON_CURRENCIES = ['EUR', 'USD', 'CNY', 'GBP', 'JPY', 'CHF', 'HKD', 'SGD', 'AUD'];

/** Suggested in country inputs (with their names); any ISO 3166-1 alpha-2 code is accepted. */
const COMMON_COUNTRIES = [
  'CN',
  'HK',
  'FR',
  'DE',
  'IT',
  'ES',
  'NL',
  'BE',
  'AT',
  'CH',
  'GB',
  'US',
  'CA',
  'JP',
  'KR',
  'SG',
  'AU',
  'AE',
];

type CodeFieldProps = Omit<SuggestFieldProps, 'suggestions'>;

function named(codes: string[], type: 'region' | 'currency', language: string): Suggestion[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([language], { type });
  } catch {
    names = undefined;
  }
  return codes.map((value) => ({ value, label: `${value} — ${names?.of(value) ?? value}` }));
}

/** An ISO 3166-1 alpha-2 country code, the common ones suggested with their names. */
export function CountryField(props: CodeFieldProps) {
  const { t, i18n } = useTranslation();
  const suggestions = useMemo(
    () => named(COMMON_COUNTRIES, 'region', i18n.language),
    [i18n.language],
  );
  return <SuggestField hint={t('codes.countryHint')} {...props} suggestions={suggestions} />;
}

/** An ISO 4217 currency code, the common ones suggested with their names. */
export function CurrencyField(props: CodeFieldProps) {
  const { t, i18n } = useTranslation();
  const suggestions = useMemo(
    () => named(COMMON_CURRENCIES, 'currency', i18n.language),
    [i18n.language],
  );
  return <SuggestField hint={t('codes.currencyHint')} {...props} suggestions={suggestions} />;
}
