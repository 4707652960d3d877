import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from './format';

/** An instant (or a calendar date) as people read it, machine-readable underneath. */
export function DateTime({ iso, dateOnly = false }: { iso?: string | null; dateOnly?: boolean }) {
  const { i18n } = useTranslation();
  if (!iso) return <>—</>;
  return (
    <time dateTime={iso}>
      {dateOnly ? formatDate(iso, i18n.language) : formatDateTime(iso, i18n.language)}
    </time>
  );
}
