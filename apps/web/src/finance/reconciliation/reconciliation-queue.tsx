import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../api/invoice.types';
import { useApi } from '../../auth/auth-context';
import { Pager } from '../../ui/pager';
import { LoadState } from '../../ui/states';
import { useLoad } from '../../ui/use-load';
import type { ReconciliationEntryPage, ReconciliationStatus } from '../finance.types';
import { EntryCard } from './entry-card';
import type { Settled } from './match-actions';

const PAGE_SIZE = 50;

/**
 * The payments of one reconciliation status, oldest decision first (a queue to work through).
 * A payment matched or dismissed here leaves the list at once; the person hears what happened
 * and the keyboard returns to the queue's heading.
 */
export function ReconciliationQueue({
  status,
  title,
  intro,
  filter,
  invoices,
  version,
  onChanged,
}: {
  status: ReconciliationStatus;
  title: string;
  intro?: string;
  filter?: ReactNode;
  invoices: readonly Invoice[];
  /** changes when anything on the page was decided, so every queue loads again */
  version: number;
  onChanged: () => void;
}) {
  const { t } = useTranslation('finance');
  const api = useApi();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [page, setPage] = useState(1);
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const loaded = useLoad(
    (signal) =>
      api.request<ReconciliationEntryPage>('/payments/reconciliation', {
        query: { status, page, pageSize: PAGE_SIZE },
        signal,
      }),
    [api, status, page, version],
  );
  const entries = (loaded.data?.items ?? []).filter((entry) => !settled.has(entry.entryId));
  const remaining = loaded.data ? Math.max(0, loaded.data.total - settledShown(loaded.data)) : 0;

  function settledShown(data: ReconciliationEntryPage): number {
    return data.items.filter((entry) => settled.has(entry.entryId)).length;
  }

  function onSettled(done: Settled) {
    setSettled((previous) => new Set(previous).add(done.entryId));
    setMessage(done.message);
    heading.current?.focus();
    onChanged();
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title} {loaded.data && <span className="count">({remaining})</span>}
      </h2>
      {intro && <p className="hint">{intro}</p>}
      {filter}
      <p role="status" className="settled-message">
        {message}
      </p>
      <LoadState loaded={loaded} />
      {loaded.data &&
        (entries.length === 0 ? (
          <p>{t('reconciliation.emptyQueue')}</p>
        ) : (
          <ul className="entry-list">
            {entries.map((entry) => (
              <li key={entry.entryId}>
                <EntryCard entry={entry} invoices={invoices} onSettled={onSettled} />
              </li>
            ))}
          </ul>
        ))}
      {loaded.data && (
        <Pager
          label={t('reconciliation.pages', { title })}
          page={page}
          pageSize={PAGE_SIZE}
          total={loaded.data.total}
          onPage={setPage}
        />
      )}
    </section>
  );
}
