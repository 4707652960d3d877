import { useTranslation } from 'react-i18next';

/** Previous / next page, with where we are; nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('customs');
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t('queue.pages')} className="actions pager">
      <button
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('actions.previous', { ns: 'common' })}
      </button>
      <span aria-current="page">{t('queue.page', { page, pages: Math.max(page, pages) })}</span>
      <button
        type="button"
        className="secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('actions.next', { ns: 'common' })}
      </button>
    </nav>
  );
}
