import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Money } from '../ui/money';
import {
  countryName,
  displayLocale,
  formatCalendarDate,
  formatDateTime,
  formatRelative,
} from './format';

const browserLanguages = () => (typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * The formatters of format.ts bound to the user's locale: the language they chose, in their
 * browser's regional variant of it. Texts and country names follow the chosen language.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const locale = displayLocale(language, browserLanguages());
    return {
      language,
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
      date: (date: string | null | undefined) => formatCalendarDate(date, locale),
      country: (code: string) => countryName(code, language),
      money: (money: Money | undefined) => formatMoney(money, language),
      relative: (iso: string, now: number) => formatRelative(iso, now, locale),
    };
  }, [language]);
}
