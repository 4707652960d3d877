import { useTranslation } from 'react-i18next';

/** How many pages `total` items fill: at least one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/**
 * Previous / next through a paged list, and where in it the user is. Nothing while everything
 * fits on the first page, unless it also says how many there are in all (`withTotal`).
 */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  label,
  withTotal = false,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  /** The navigation's name, where a screen has more than one list ("Invoice pages"). */
  label?: string;
  withTotal?: boolean;
}) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  if (!withTotal && pages <= 1 && page <= 1) return null;
  // a page beyond the end (an old link) still reads as a position, not "page 5 of 3"
  const position = { page, pages: Math.max(page, pages), total };
  return (
    <nav aria-label={label ?? t('pager.label')} className="actions pager">
      <button
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('actions.previous')}
      </button>
      <span aria-current="page">
        {t(withTotal ? 'pager.positionOfTotal' : 'pager.position', position)}
      </span>
      <button
        type="button"
        className="secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('actions.next')}
      </button>
    </nav>
  );
}
