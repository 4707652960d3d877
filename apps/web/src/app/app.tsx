import type { i18n } from 'i18next';
import { lazy, Suspense, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from '../auth/auth-context';
import { RequireRole } from '../auth/require-role';
import { homeFor } from '../auth/session';
import { SignInPage } from '../auth/sign-in-page';
import { Shell } from '../layout/shell';

// Each role's area is its own chunk: an exporter's browser never loads the finance charts.
const ExporterRoutes = lazy(() =>
  import('../exporter/exporter-routes').then((m) => ({ default: m.ExporterRoutes })),
);
const CustomsRoutes = lazy(() =>
  import('../customs/customs-routes').then((m) => ({ default: m.CustomsRoutes })),
);
const FinanceRoutes = lazy(() =>
  import('../finance/finance-routes').then((m) => ({ default: m.FinanceRoutes })),
);

function Area({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Shell>
      <Suspense fallback={<p role="status">{t('states.loading')}</p>}>{children}</Suspense>
    </Shell>
  );
}

function Home() {
  const { session } = useAuth();
  return <Navigate to={session ? homeFor(session.roles) : '/sign-in'} replace />;
}

/** Every screen by path; each role's area checks the role before it shows anything. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        path="/exporter/*"
        element={
          <RequireRole roles={['EXPORTER', 'LOGISTICS_OPERATOR']}>
            <Area>
              <ExporterRoutes />
            </Area>
          </RequireRole>
        }
      />
      <Route
        path="/customs/*"
        element={
          <RequireRole roles={['CUSTOMS_OFFICER']}>
            <Area>
              <CustomsRoutes />
            </Area>
          </RequireRole>
        }
      />
      <Route
        path="/finance/*"
        element={
          <RequireRole roles={['FINANCE']}>
            <Area>
              <FinanceRoutes />
            </Area>
          </RequireRole>
        }
      />
      <Route path="*" element={<Home />} />
    </Routes>
  );
}

export function App({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AuthProvider>
    </I18nextProvider>
  );
}
