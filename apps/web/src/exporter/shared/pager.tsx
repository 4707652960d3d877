import { useTranslation } from 'react-i18next';

/** Previous / next through a paged list, with where the user is. Could move to ui/. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('exporter');
  const { t: tc } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t('pager.label')} className="pager">
      <button
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {tc('actions.previous')}
      </button>
      <span>{t('pager.position', { page, pages, total })}</span>
      <button
        type="button"
        className="secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {tc('actions.next')}
      </button>
    </nav>
  );
}
