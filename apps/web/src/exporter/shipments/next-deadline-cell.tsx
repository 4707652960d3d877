import { useTranslation } from 'react-i18next';
import { useApi } from '../../auth/auth-context';
import { DateTime } from '../../ui/date-time';
import { useLoad } from '../../ui/use-load';
import type { Shipment } from '../shared/api-types';
import { isOverdue, nextDeadline } from './shipment-journey';

/**
 * The next running deadline of a listed shipment. The list answers no deadlines, so each row
 * still on its journey reads its own shipment (see the report: an API gap).
 */
export function NextDeadlineCell({ shipmentId }: { shipmentId: string }) {
  const { t } = useTranslation('exporter');
  const api = useApi();
  const loaded = useLoad(
    (signal) => api.request<Shipment>(`/logistics/shipments/${shipmentId}`, { signal }),
    [api, shipmentId],
  );
  const deadline = loaded.data && nextDeadline(loaded.data.deadlines);
  if (!deadline) return <>—</>;
  const overdue = isOverdue(deadline, new Date());
  return (
    <span className={overdue ? 'form-error' : undefined}>
      {t(`deadlineKinds.${deadline.kind}`, { defaultValue: deadline.kind })}:{' '}
      <DateTime iso={deadline.dueAt} />
      {overdue && <> ({t('deadlines.overdue')})</>}
    </span>
  );
}
