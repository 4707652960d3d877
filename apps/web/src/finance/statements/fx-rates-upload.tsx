import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../auth/auth-context';
import { FormErrors } from '../../ui/form-errors';
import type { FxRatesImportResult } from '../finance.types';
import { messagesExcept } from '../shared/api-errors';
import { FileField } from '../shared/file-field';
import { formatCount } from '../shared/format';
import { DateText } from '../shared/money-text';
import { SummaryTable } from '../shared/summary-table';
import { fxRatesContentType } from './content-type';

const FILE_STATUSES = [400, 413, 415];

/** Upload an ECB reference-rate CSV (a day or the whole history) and see what it held. */
export function FxRatesUpload() {
  const { t, i18n } = useTranslation('finance');
  const api = useApi();
  const titleId = useId();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<FxRatesImportResult>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!file) return setProblem(t('fxRates.noFile'));
    const contentType = fxRatesContentType(file.name);
    if (!contentType) return setProblem(t('fxRates.wrongType', { name: file.name }));
    setBusy(true);
    setResult(undefined);
    try {
      setResult(await api.upload<FxRatesImportResult>('/payments/fx-rates', file, contentType));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fileError = error instanceof ApiError && FILE_STATUSES.includes(error.status);
  const fileErrors = problem ? [problem] : fileError ? messagesExcept(error, []) : [];
  const count = (value: number) => formatCount(value, i18n.language);

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('fxRates.title')}</h2>
      <form onSubmit={submit} noValidate>
        <FileField
          label={t('fxRates.file')}
          name="fx-rates"
          accept=".csv,text/csv"
          hint={t('fxRates.fileHint')}
          errors={fileErrors}
          onChange={(chosen) => {
            setFile(chosen);
            setProblem(undefined);
          }}
        />
        <FormErrors error={fileError ? undefined : error} />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('fxRates.uploading') : t('fxRates.upload')}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {result ? t('fxRates.done', { days: result.days, rates: result.rates }) : ''}
      </p>
      {result && (
        <SummaryTable
          caption={t('fxRates.summary')}
          rows={[
            { label: t('fxRates.days'), value: count(result.days) },
            { label: t('fxRates.currencies'), value: result.currencies.join(', ') || '—' },
            { label: t('fxRates.rates'), value: count(result.rates) },
            { label: t('fxRates.published'), value: count(result.published) },
            { label: t('fxRates.from'), value: <DateText value={result.from} /> },
            { label: t('fxRates.to'), value: <DateText value={result.to} /> },
          ]}
        />
      )}
    </section>
  );
}
