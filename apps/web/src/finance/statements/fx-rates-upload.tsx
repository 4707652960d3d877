import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messagesExcept } from '../../api/field-errors';
import { useApi } from '../../auth/auth-context';
import { CalendarDate } from '../../ui/date-time';
import { FileField } from '../../ui/file-field';
import { FormErrors } from '../../ui/form-errors';
import { useFormat } from '../../ui/use-format';
import type { FxRatesImportResult } from '../finance.types';
import { SummaryTable } from '../shared/summary-table';
import { fxRatesContentType } from './content-type';
import { useFileUpload } from './use-file-upload';

/** Upload an ECB reference-rate CSV (a day or the whole history) and see what it held. */
export function FxRatesUpload() {
  const { t } = useTranslation('finance');
  const api = useApi();
  const { count } = useFormat();
  const titleId = useId();
  const upload = useFileUpload<FxRatesImportResult>(fxRatesContentType);
  const result = upload.result;

  function submit(event: FormEvent) {
    event.preventDefault();
    void upload.upload((file, contentType) =>
      api.upload<FxRatesImportResult>('/payments/fx-rates', file, contentType),
    );
  }

  const fileErrors = upload.problem
    ? [t(`fxRates.${upload.problem}`, { name: upload.fileName })]
    : upload.fileError
      ? messagesExcept(upload.fileError, [])
      : [];

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
          onChange={upload.choose}
        />
        <FormErrors error={upload.formError} />
        <div className="actions">
          <button type="submit" disabled={upload.busy}>
            {upload.busy ? t('fxRates.uploading') : t('fxRates.upload')}
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
            { label: t('fxRates.from'), value: <CalendarDate date={result.from} /> },
            { label: t('fxRates.to'), value: <CalendarDate date={result.to} /> },
          ]}
        />
      )}
    </section>
  );
}
