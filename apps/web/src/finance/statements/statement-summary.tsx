import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusBadge } from '../../ui/status-badge';
import { useFormat } from '../../ui/use-format';
import type { StatementImportResult } from '../finance.types';
import { SummaryTable } from '../shared/summary-table';

/** The import's figures: what the file held, what was new, what reconciliation made of it. */
export function StatementSummary({ result }: { result: StatementImportResult }) {
  const { t } = useTranslation('finance');
  const { count } = useFormat();
  const toReview = result.suggested + result.exceptions;
  const balance = result.balanceCheck.status;
  return (
    <div className="import-summary">
      <SummaryTable
        caption={t('statements.summary')}
        rows={[
          { label: t('statements.format'), value: result.format },
          { label: t('statements.version'), value: result.version ?? '—' },
          { label: t('statements.entries'), value: count(result.entries) },
          { label: t('statements.duplicates'), value: count(result.duplicates) },
          { label: t('statements.payments'), value: count(result.payments) },
          { label: t('statements.matched'), value: count(result.matched) },
          { label: t('statements.partiallyPaid'), value: count(result.partiallyPaid) },
          { label: t('statements.reversed'), value: count(result.reversed) },
          { label: t('statements.suggested'), value: count(result.suggested) },
          { label: t('statements.exceptions'), value: count(result.exceptions) },
          {
            label: t('statements.balanceCheck'),
            value: (
              <StatusBadge status={balance} label={t(`statements.balanceStatuses.${balance}`)} />
            ),
          },
        ]}
      />
      {result.duplicates > 0 && result.duplicates === result.entries && (
        <p className="hint">{t('statements.allDuplicates')}</p>
      )}
      {toReview > 0 && (
        <p>
          <Link to="/finance/reconciliation">{t('statements.review', { count: toReview })}</Link>
        </p>
      )}
    </div>
  );
}
