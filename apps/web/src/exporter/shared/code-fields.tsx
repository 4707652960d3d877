import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_COUNTRIES, COMMON_CURRENCIES } from './codes';
import { SuggestField, type Suggestion, type SuggestFieldProps } from './suggest-field';

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
  const { t, i18n } = useTranslation('exporter');
  const suggestions = useMemo(
    () => named(COMMON_COUNTRIES, 'region', i18n.language),
    [i18n.language],
  );
  return <SuggestField hint={t('codes.countryHint')} {...props} suggestions={suggestions} />;
}

/** An ISO 4217 currency code, the common ones suggested with their names. */
export function CurrencyField(props: CodeFieldProps) {
  const { t, i18n } = useTranslation('exporter');
  const suggestions = useMemo(
    () => named(COMMON_CURRENCIES, 'currency', i18n.language),
    [i18n.language],
  );
  return <SuggestField hint={t('codes.currencyHint')} {...props} suggestions={suggestions} />;
}
