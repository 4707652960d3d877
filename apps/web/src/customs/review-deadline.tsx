import { useTranslation } from 'react-i18next';
import { DateTime } from '../ui/date-time';
import { useFormat } from '../ui/use-format';
import { OverdueBadge } from './badges';

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
      <DateTime iso={dueAt} format="short" />{' '}
      <span className="hint">({format.relative(dueAt, now)})</span>
      {overdue && (
        <>
          {' '}
          <OverdueBadge />
        </>
      )}
    </span>
  );
}
