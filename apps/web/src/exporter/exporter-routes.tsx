import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';

/** The exporter screens, mounted at /exporter/*. */
export function ExporterRoutes() {
  const { t } = useTranslation('exporter');
  return (
    <Routes>
      <Route path="*" element={<h1>{t('title')}</h1>} />
    </Routes>
  );
}
