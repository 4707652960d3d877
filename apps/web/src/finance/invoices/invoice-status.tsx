import { useTranslation } from 'react-i18next';
import type { EscrowStatus, InvoiceStatus } from '../../api/invoice.types';
import { StatusBadge } from '../../ui/status-badge';

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation('finance');
  return <StatusBadge status={status} label={t(`invoiceStatuses.${status}`)} />;
}

export function EscrowStatusBadge({ status }: { status: EscrowStatus }) {
  const { t } = useTranslation('finance');
  return <StatusBadge status={`escrow-${status}`} label={t(`escrowStatuses.${status}`)} />;
}
