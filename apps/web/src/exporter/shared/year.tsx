import { useTranslation } from 'react-i18next';
import { yearParts } from '../../ui/format';

/** 1952 → "1952"; -200 → "200 BCE" (公元前200年). */
export function Year({ year }: { year?: number | null }) {
  const { t } = useTranslation('exporter');
  if (year === undefined || year === null) return <>—</>;
  const parts = yearParts(year);
  return <>{parts.bce ? t('year.bce', { year: parts.year }) : String(parts.year)}</>;
}
