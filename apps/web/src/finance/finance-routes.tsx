import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';

/** The finance screens, mounted at /finance/*. */
export function FinanceRoutes() {
  const { t } = useTranslation('finance');
  return (
    <Routes>
      <Route path="*" element={<h1>{t('title')}</h1>} />
    </Routes>
  );
}
