import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DeclarationSummary } from '../../api/declaration.types';
import { DateTime } from '../../ui/date-time';
import { declarationRef } from '../../ui/format';
import { useFormat } from '../../ui/use-format';
import { DeclarationStatusBadge, KindBadge, OutcomeBadge } from '../badges';
import { ReviewDeadline } from '../review-deadline';
import { isOverdue } from './queue-order';

/** What the items are: the first by title and artist, and how many more there are. */
function ItemsCell({ row }: { row: DeclarationSummary }) {
  const { t } = useTranslation('customs');
  if (!row.firstItem) return <>{t('queue.noItems')}</>;
  const more = row.itemCount - 1;
  return (
    <>
      <span>{row.firstItem.title}</span>
      {row.firstItem.artistName && <>, {row.firstItem.artistName}</>}
      {more > 0 && (
        <>
          {' '}
          <small className="hint">{t('queue.moreItems', { count: more })}</small>
        </>
      )}
    </>
  );
}

/** One row a declaration, its reference a link to it; overdue rows say so in words too. */
export function QueueTable({ rows, now }: { rows: DeclarationSummary[]; now: number }) {
  const { t } = useTranslation('customs');
  const format = useFormat();
  return (
    <table aria-label={t('queue.table')}>
      <thead>
        <tr>
          <th scope="col">{t('queue.columns.declaration')}</th>
          <th scope="col">{t('queue.columns.deadline')}</th>
          <th scope="col">{t('queue.columns.kind')}</th>
          <th scope="col">{t('queue.columns.status')}</th>
          <th scope="col">{t('queue.columns.outcome')}</th>
          <th scope="col">{t('queue.columns.items')}</th>
          <th scope="col" className="number">
            {t('queue.columns.value')}
          </th>
          <th scope="col">{t('queue.columns.route')}</th>
          <th scope="col">{t('queue.columns.exporter')}</th>
          <th scope="col">{t('queue.columns.filed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const overdue = isOverdue(row, now);
          const ref = declarationRef(row.id);
          return (
            <tr key={row.id} className={overdue ? 'overdue' : undefined}>
              <td>
                <Link to={`/customs/declarations/${row.id}`} aria-label={t('queue.open', { ref })}>
                  {ref}
                </Link>
              </td>
              <td>
                <ReviewDeadline dueAt={row.reviewDueAt} overdue={overdue} now={now} />
              </td>
              <td>
                <KindBadge kind={row.kind} />
              </td>
              <td>
                <DeclarationStatusBadge status={row.status} />
              </td>
              <td>
                <OutcomeBadge outcome={row.outcome} />
              </td>
              <td>
                <ItemsCell row={row} />
              </td>
              <td className="number">
                {row.totalDeclaredValue
                  ? format.money(row.totalDeclaredValue)
                  : row.declaredValues.length > 0
                    ? row.declaredValues.map((value) => format.money(value)).join(' + ')
                    : '—'}
              </td>
              <td>
                {t('route', {
                  from: format.country(row.exportCountry),
                  to: format.country(row.importCountry),
                })}
              </td>
              <td>{row.exporterId}</td>
              <td>
                <DateTime iso={row.filedAt} format="short" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
