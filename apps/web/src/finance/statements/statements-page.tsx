import { useTranslation } from 'react-i18next';
import { FxRatesUpload } from './fx-rates-upload';
import { StatementUpload } from './statement-upload';

/** /finance/statements: bank statements in, reference rates in. */
export function StatementsPage() {
  const { t } = useTranslation('finance');
  return (
    <>
      <h1>{t('statements.pageTitle')}</h1>
      <StatementUpload />
      <FxRatesUpload />
    </>
  );
}
