import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../ui/status-badge';

export function DeclarationStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('customs');
  return <StatusBadge status={status} label={t(`statuses.${status}`, { defaultValue: status })} />;
}

export function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useTranslation('customs');
  return (
    <StatusBadge
      status={outcome}
      label={t(`assessment.outcomes.${outcome}`, { ns: 'common', defaultValue: outcome })}
    />
  );
}

/** Said in words, not only by the row's colour. */
export function OverdueBadge() {
  const { t } = useTranslation('customs');
  return <StatusBadge status="overdue" label={t('overdue')} />;
}

/** EXPORT or IMPORT (an import declaration filed when works leave bonded storage). */
export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation('customs');
  return <StatusBadge status={`kind-${kind}`} label={t(`kinds.${kind}`, { defaultValue: kind })} />;
}
