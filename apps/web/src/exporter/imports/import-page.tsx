import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ImportProgress } from './import-progress';
import { ImportUploadForm } from './import-upload-form';

/** /exporter/imports and /exporter/imports/:importId: upload a file, follow its import. */
export function ImportPage() {
  const { t } = useTranslation('exporter');
  const { importId } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <h1>{t('imports.title')}</h1>
      <p className="hint">{t('imports.intro')}</p>
      <ImportUploadForm onStarted={(id) => navigate(`/exporter/imports/${id}`)} />
      {importId && <ImportProgress key={importId} importId={importId} />}
    </>
  );
}
