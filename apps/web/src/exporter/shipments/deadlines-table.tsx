import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/date-time';
import { StatusBadge } from '../../ui/status-badge';
import type { Deadline } from '../shared/api-types';
import { isOverdue } from './shipment-journey';

/** Payment due, inspection period, customs' review: when, and whether it still runs. */
export function DeadlinesTable({
  deadlines,
  now = new Date(),
}: {
  deadlines: Deadline[];
  now?: Date;
}) {
  const { t } = useTranslation('exporter');
  return (
    <section aria-labelledby="deadlines">
      <h2 id="deadlines">{t('deadlines.title')}</h2>
      {deadlines.length === 0 ? (
        <p>{t('deadlines.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('deadlines.kind')}</th>
              <th scope="col">{t('deadlines.due')}</th>
              <th scope="col">{t('deadlines.state')}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((deadline) => {
              const overdue = isOverdue(deadline, now);
              return (
                <tr key={deadline.kind} className={overdue ? 'overdue' : undefined}>
                  <td>{t(`deadlineKinds.${deadline.kind}`, { defaultValue: deadline.kind })}</td>
                  <td>
                    <DateTime iso={deadline.dueAt} />
                  </td>
                  <td>
                    <StatusBadge
                      status={deadline.state}
                      label={t(`deadlineStates.${deadline.state}`, {
                        defaultValue: deadline.state,
                      })}
                    />{' '}
                    {overdue && <StatusBadge status="OVERDUE" label={t('deadlines.overdue')} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
