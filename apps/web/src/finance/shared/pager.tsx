import { useTranslation } from 'react-i18next';

/** Previous/next over a `{ items, total }` list, and where in it the screen is. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const { t } = useTranslation('finance');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="actions" aria-label={label}>
      <button
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('actions.previous', { ns: 'common' })}
      </button>
      <span>{t('pager.position', { page, pages })}</span>
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
