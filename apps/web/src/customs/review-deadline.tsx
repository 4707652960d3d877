import { useTranslation } from 'react-i18next';
import { OverdueBadge } from './badges';
import { Moment } from './moment';
import { useFormat } from './use-format';

/** The review deadline, how far it is, and an "Overdue" badge once it has passed. */
export function ReviewDeadline({
  dueAt,
  overdue,
  now,
}: {
  dueAt: string | null;
  overdue: boolean;
  now: number;
}) {
  const { t } = useTranslation('customs');
  const format = useFormat();
  if (!dueAt) return <>{overdue ? <OverdueBadge /> : t('none')}</>;
  return (
    <span className="review-deadline">
      <Moment iso={dueAt} /> <span className="hint">({format.relative(dueAt, now)})</span>
      {overdue && (
        <>
          {' '}
          <OverdueBadge />
        </>
      )}
    </span>
  );
}
