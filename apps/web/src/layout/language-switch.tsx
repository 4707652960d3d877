import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/i18n';

/** The screen's language, kept for the next visit (i18n.ts stores it). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label>
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        aria-label={t('language.label')}
        value={i18n.language}
        onChange={(event) => void i18n.changeLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {language === 'en' ? t('language.en') : t('language.zhCN')}
          </option>
        ))}
      </select>
    </label>
  );
}
