import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../auth/auth-context';
import { Pager } from '../../ui/pager';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import { fetchQueue } from '../customs-api';
import { QueueFilters } from './queue-filters';
import { byDeadline, byFiled, isOverdue, QUEUE_REFRESH_MS } from './queue-order';
import { QUEUE_PAGE_SIZE, queueParams, queueViewFrom, type QueueView } from './queue-params';
import { QueueTable } from './queue-table';

/**
 * /customs/queue: declarations waiting for an officer, soonest deadline first, overdue ones
 * marked; any other status on request. Refreshes every 10 seconds.
 */
export function ReviewQueue() {
  const { t } = useTranslation('customs');
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const view = queueViewFrom(params);
  const loaded = useLoad(
    (signal) =>
      fetchQueue(
        api,
        {
          status: view.status === 'ALL' ? undefined : view.status,
          kind: view.kind === 'ALL' ? undefined : view.kind,
          sort: view.sort,
          page: view.page,
          pageSize: QUEUE_PAGE_SIZE,
        },
        signal,
      ),
    [api, view.status, view.kind, view.sort, view.page],
    { everyMs: QUEUE_REFRESH_MS },
  );
  const show = (next: QueueView) => setParams(queueParams(next));
  const now = Date.now();
  const data = loaded.data;
  const rows = data ? (view.sort === 'deadline' ? byDeadline : byFiled)(data.items) : [];
  const overdue = rows.filter((row) => isOverdue(row, now)).length;

  return (
    <>
      <h1>{t('queue.title')}</h1>
      <QueueFilters view={view} onChange={show} />
      <LoadState loaded={loaded} />
      {data && (
        <>
          <p role="status">
            {t('queue.total', { count: data.total })}
            {overdue > 0 && <> — {t('queue.overdueCount', { count: overdue })}</>}
          </p>
          {rows.length === 0 ? <p>{t('queue.empty')}</p> : <QueueTable rows={rows} now={now} />}
          <Pager
            page={view.page}
            pageSize={data.pageSize || QUEUE_PAGE_SIZE}
            total={data.total}
            onPage={(page) => show({ ...view, page })}
          />
        </>
      )}
      <p className="hint">
        {t('queue.autoRefresh')}{' '}
        <button type="button" className="secondary" onClick={loaded.reload}>
          {t('actions.refresh', { ns: 'common' })}
        </button>
      </p>
    </>
  );
}
