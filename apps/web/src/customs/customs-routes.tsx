import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';

/** The customs screens, mounted at /customs/*. */
export function CustomsRoutes() {
  const { t } = useTranslation('customs');
  return (
    <Routes>
      <Route path="*" element={<h1>{t('title')}</h1>} />
    </Routes>
  );
}
