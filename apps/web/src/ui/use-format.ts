import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '../api/types';
import {
  countryName,
  displayLocale,
  formatCount,
  formatDate,
  formatDateTime,
  formatRelative,
  formatShare,
  type DateTimeStyle,
} from './format';
import { formatMoney } from './money';

const browserLanguages = () => (typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * The formatters of format.ts bound to the user's locale: dates in their browser's regional
 * variant of the language they chose; texts, numbers and country names in that language.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const locale = displayLocale(language, browserLanguages());
    return {
      language,
      dateTime: (iso: string | null | undefined, style?: DateTimeStyle) =>
        formatDateTime(iso, locale, style),
      date: (date: string | null | undefined) => formatDate(date, locale),
      relative: (iso: string, now: number) => formatRelative(iso, now, locale),
      country: (code: string) => countryName(code, language),
      money: (money: Money | undefined) => formatMoney(money, language),
      count: (count: number) => formatCount(count, language),
      share: (share: number | null | undefined) => formatShare(share, language),
    };
  }, [language]);
}
