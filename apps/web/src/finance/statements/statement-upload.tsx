import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../api/client';
import { fieldErrors, messagesExcept } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { EncodingField, isNotUtf8, withEncoding, type FileEncoding } from '../../ui/encoding-field';
import { TextField } from '../../ui/field';
import { FileField } from '../../ui/file-field';
import { FormErrors } from '../../ui/form-errors';
import type { StatementImportResult } from '../finance.types';
import { statementContentType } from './content-type';
import { locationOf } from './error-location';
import { ErrorLocationView } from './error-location-view';
import { StatementSummary } from './statement-summary';
import { useFileUpload } from './use-file-upload';

/**
 * Upload a bank statement (camt.053 .xml or .csv), sent as the body with the content type its
 * extension names and the encoding chosen (a bank's CSV is often Windows-1252); then the import summary, or the service's reason and where in the file.
 */
export function StatementUpload() {
  const { t } = useTranslation('finance');
  const { t: tc } = useTranslation();
  const api = useApi();
  const locationId = useId();
  const [account, setAccount] = useState('');
  const [encoding, setEncoding] = useState<FileEncoding>('utf-8');
  const upload = useFileUpload<StatementImportResult>((fileName) => {
    const contentType = statementContentType(fileName);
    return contentType && withEncoding(contentType, encoding);
  });
  const result = upload.result;

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = queryString({ account: account.trim() || undefined });
    void upload.upload((file, contentType) =>
      api.upload<StatementImportResult>(`/payments/statements${query}`, file, contentType),
    );
  }

  const fileErrors = upload.problem
    ? [t(`statements.${upload.problem}`, { name: upload.fileName })]
    : upload.fileError
      ? messagesExcept(upload.fileError, ['account']).map((message) =>
          isNotUtf8(message) ? tc('encodings.notUtf8') : message,
        )
      : [];
  const location = upload.fileError && locationOf(upload.fileError.body);
  const accountErrors = fieldErrors(upload.fileError ?? upload.formError).at('account');

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
          onChange={upload.choose}
          detailsId={locationId}
          details={location && <ErrorLocationView id={locationId} location={location} />}
        />
        <EncodingField name="encoding" value={encoding} onChange={setEncoding} />
        <TextField
          label={t('statements.account')}
          name="account"
          value={account}
          onChange={setAccount}
          hint={t('statements.accountHint')}
          errors={accountErrors}
        />
        <FormErrors error={upload.formError} shown={['account']} />
        <div className="actions">
          <button type="submit" disabled={upload.busy}>
            {upload.busy ? t('statements.uploading') : t('statements.upload')}
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
