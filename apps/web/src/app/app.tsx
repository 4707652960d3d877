import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from '../auth/auth-context';
import { RequireRole } from '../auth/require-role';
import { homeFor } from '../auth/session';
import { SignInPage } from '../auth/sign-in-page';
import { CustomsRoutes } from '../customs/customs-routes';
import { ExporterRoutes } from '../exporter/exporter-routes';
import { FinanceRoutes } from '../finance/finance-routes';
import { Shell } from '../layout/shell';

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
            <Shell>
              <ExporterRoutes />
            </Shell>
          </RequireRole>
        }
      />
      <Route
        path="/customs/*"
        element={
          <RequireRole roles={['CUSTOMS_OFFICER']}>
            <Shell>
              <CustomsRoutes />
            </Shell>
          </RequireRole>
        }
      />
      <Route
        path="/finance/*"
        element={
          <RequireRole roles={['FINANCE']}>
            <Shell>
              <FinanceRoutes />
            </Shell>
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
