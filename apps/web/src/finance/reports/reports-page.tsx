import { useTranslation } from 'react-i18next';
import { EscrowHeldReport } from './escrow-held-report';
import { MatchRateReport } from './match-rate-report';
import { OpenInvoicesAgeReport } from './open-invoices-age-report';

/** /finance/reports: escrow held over time, match rate by rule, open invoices by age. */
export function ReportsPage({ today }: { today?: string }) {
  const { t } = useTranslation('finance');
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p className="hint">{t('reports.intro')}</p>
      <EscrowHeldReport today={today} />
      <MatchRateReport />
      <OpenInvoicesAgeReport today={today} />
    </>
  );
}
