import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { shortId } from '../../ui/format';
import { ProgressBar } from '../../ui/progress-bar';
import { LoadState } from '../../ui/states';
import { StatusBadge } from '../../ui/status-badge';
import { useFollow } from '../../ui/use-follow';
import type { ImportJob } from '../shared/api-types';
import { isImportRunning, progressOf } from './import-job';
import { RejectedLines } from './rejected-lines';

/** One bulk import followed live: processed / total while it runs, then what came of it. */
export function ImportProgress({
  importId,
  everyMs = 1000,
}: {
  importId: string;
  everyMs?: number;
}) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const loaded = useFollow(
    (signal) => api.request<ImportJob>(`/catalog/imports/${importId}`, { signal }),
    [api, importId],
    everyMs,
    (job) => !isImportRunning(job),
  );
  const job = loaded.data;
  return (
    <section aria-labelledby="import-job">
      <h2 id="import-job">{t('imports.job', { id: shortId(importId) })}</h2>
      <LoadState loaded={loaded} />
      {job && (
        <>
          <p>
            {t('imports.status')}:{' '}
            <StatusBadge status={job.status} label={t(`importStatuses.${job.status}`)} />{' '}
            <span className="hint">
              {t('imports.started')} <DateTime iso={job.createdAt} />
            </span>
          </p>
          <ProgressBar label={t('imports.processed')} {...progressOf(job)} />
          {!isImportRunning(job) && <ImportSummary job={job} />}
          <RejectedLines errors={job.errors} omitted={job.errorsOmitted} />
        </>
      )}
    </section>
  );
}

function ImportSummary({ job }: { job: ImportJob }) {
  const { t } = useTranslation('exporter');
  return (
    <div role="status">
      {job.failure && <p className="form-error">{t('imports.failed', { reason: job.failure })}</p>}
      <dl className="facts" aria-label={t('imports.summary')}>
        <dt>{t('imports.total')}</dt>
        <dd>{job.total}</dd>
        <dt>{t('imports.imported')}</dt>
        <dd>{job.imported}</dd>
        <dt>{t('imports.unchanged')}</dt>
        <dd>{job.unchanged}</dd>
        <dt>{t('imports.rejected')}</dt>
        <dd>{job.rejected}</dd>
        <dt>{t('imports.finished')}</dt>
        <dd>
          <DateTime iso={job.finishedAt} />
        </dd>
      </dl>
      {job.imported > 0 && (
        <>
          {/* records without a value (Tate) come in at 0.00 GBP and would ship at nothing; the job
              does not say which layout it read, so the note says whom it concerns */}
          <p className="form-error">{t('artworkValue.importedNeedValue')}</p>
          <p>
            <Link to="/exporter/artworks">{t('imports.seeArtworks')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
