import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './auth-context';
import type { Role } from './session';

/** Signed-out users go to sign-in (and come back after); the wrong role sees why not. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { session, hasRole } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (!hasRole(...roles, 'ADMIN')) return <p role="alert">{t('states.forbidden')}</p>;
  return <>{children}</>;
}
