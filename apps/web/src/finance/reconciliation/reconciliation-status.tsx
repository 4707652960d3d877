import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/status-badge';
import type { ReconciliationStatus } from '../finance.types';

export function ReconciliationStatusBadge({ status }: { status: ReconciliationStatus }) {
  const { t } = useTranslation('finance');
  return <StatusBadge status={status} label={t(`reconciliationStatuses.${status}`)} />;
}
