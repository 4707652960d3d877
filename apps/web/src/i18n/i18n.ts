import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { customsMessages } from '../customs/customs.messages';
import { exporterMessages } from '../exporter/exporter.messages';
import { financeMessages } from '../finance/finance.messages';
import { commonMessages } from './common.messages';
import { serviceMessages } from './service.messages';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const AREAS = {
  common: commonMessages,
  exporter: exporterMessages,
  customs: customsMessages,
  finance: financeMessages,
  service: serviceMessages,
};

const LANGUAGE_KEY = 'artbridge.language';

/** The language asked for before, else the browser's if we have it, else English. */
export function preferredLanguage(
  stored: string | null,
  browser: readonly string[] = [],
): Language {
  for (const candidate of [stored, ...browser]) {
    if (!candidate) continue;
    if (candidate === 'en' || candidate.startsWith('en-')) return 'en';
    if (candidate === 'zh-CN' || candidate === 'zh' || candidate === 'zh-Hans') return 'zh-CN';
  }
  return 'en';
}

/** A ready i18next instance with every area's texts (no loading: they are bundled). */
export function createI18n(language: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(AREAS),
    defaultNS: 'common',
    resources: Object.fromEntries(
      LANGUAGES.map((lng) => [
        lng,
        Object.fromEntries(Object.entries(AREAS).map(([ns, texts]) => [ns, texts[lng]])),
      ]),
    ),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    if (typeof localStorage !== 'undefined') localStorage.setItem(LANGUAGE_KEY, lng);
  });
  return instance;
}

export function storedLanguage(): Language {
  return preferredLanguage(
    typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY),
    typeof navigator === 'undefined' ? [] : navigator.languages,
  );
}
