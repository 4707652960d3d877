import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { queryString } from '../../api/client';
import { useApi } from '../../auth/auth-context';
import { TextField } from '../../ui/field';
import { FormErrors } from '../../ui/form-errors';
import type { StatementImportResult } from '../finance.types';
import { messagesExcept } from '../shared/api-errors';
import { FileField } from '../shared/file-field';
import { statementContentType } from './content-type';
import { ErrorLocationView } from './error-location-view';
import { locationOf } from './error-location';
import { StatementSummary } from './statement-summary';

/** What the service says about the file itself: a bad file (400), too large (413), wrong type (415). */
const FILE_STATUSES = [400, 413, 415];

/**
 * Upload a bank statement (camt.053 .xml or .csv), sent as the body with the content type its
 * extension names; then the import summary, or the service's reason and where in the file.
 */
export function StatementUpload() {
  const { t } = useTranslation('finance');
  const api = useApi();
  const locationId = useId();
  const [file, setFile] = useState<File>();
  const [account, setAccount] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<StatementImportResult>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!file) return setProblem(t('statements.noFile'));
    const contentType = statementContentType(file.name);
    if (!contentType) return setProblem(t('statements.wrongType', { name: file.name }));
    setBusy(true);
    setResult(undefined);
    try {
      const query = queryString({ account: account.trim() || undefined });
      setResult(
        await api.upload<StatementImportResult>(`/payments/statements${query}`, file, contentType),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fileError = error instanceof ApiError && FILE_STATUSES.includes(error.status);
  const fileErrors = problem ? [problem] : fileError ? messagesExcept(error, ['account']) : [];
  const location = fileError ? locationOf(error.body) : undefined;
  const accountErrors = error instanceof ApiError ? error.forField('account') : [];

  return (
    <section aria-labelledby={`${locationId}-title`}>
      <h2 id={`${locationId}-title`}>{t('statements.title')}</h2>
      <form onSubmit={submit} noValidate>
        <FileField
          label={t('statements.file')}
          name="statement"
          accept=".xml,.csv,application/xml,text/xml,text/csv"
          hint={t('statements.fileHint')}
          errors={fileErrors}
          onChange={(chosen) => {
            setFile(chosen);
            setProblem(undefined);
          }}
          detailsId={locationId}
          details={location && <ErrorLocationView id={locationId} location={location} />}
        />
        <TextField
          label={t('statements.account')}
          name="account"
          value={account}
          onChange={setAccount}
          hint={t('statements.accountHint')}
          errors={accountErrors}
        />
        <FormErrors error={fileError ? undefined : error} shown={['account']} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('statements.uploading') : t('statements.upload')}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {result ? t('statements.done', { entries: result.entries, matched: result.matched }) : ''}
      </p>
      {result && <StatementSummary result={result} />}
    </section>
  );
}
