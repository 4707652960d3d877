import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { InvoiceDetail } from './invoices/invoice-detail';
import { InvoiceList } from './invoices/invoice-list';
import { LedgerPage } from './ledger/ledger-page';
import { EntryDetail } from './reconciliation/entry-detail';
import { ReconciliationPage } from './reconciliation/reconciliation-page';
import { StatementsPage } from './statements/statements-page';
import './finance.css';

// the charts library is most of the reports' weight: loaded when the reports are opened
const ReportsPage = lazy(() =>
  import('./reports/reports-page').then((module) => ({ default: module.ReportsPage })),
);

/** The finance screens, mounted at /finance/*. */
export function FinanceRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route path="invoices" element={<InvoiceList />} />
      <Route path="invoices/:id" element={<InvoiceDetail />} />
      <Route path="statements" element={<StatementsPage />} />
      <Route path="reconciliation" element={<ReconciliationPage />} />
      <Route path="reconciliation/:entryId" element={<EntryDetail />} />
      <Route path="ledger" element={<LedgerPage />} />
      <Route
        path="reports"
        element={
          <Suspense fallback={<p role="status">{t('states.loading')}</p>}>
            <ReportsPage />
          </Suspense>
        }
      />
      <Route path="*" element={<Navigate to="/finance/invoices" replace />} />
    </Routes>
  );
}
