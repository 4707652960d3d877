import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import type { Role } from '../auth/session';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  to: string;
  label: string;
  roles: Role[];
}

const NAV: NavItem[] = [
  { to: '/exporter/artworks', label: 'nav.artworks', roles: ['EXPORTER'] },
  { to: '/exporter/licences', label: 'nav.licences', roles: ['EXPORTER'] },
  { to: '/exporter/imports', label: 'nav.imports', roles: ['EXPORTER'] },
  { to: '/exporter/shipments', label: 'nav.shipments', roles: ['EXPORTER', 'LOGISTICS_OPERATOR'] },
  { to: '/exporter/invoices', label: 'nav.invoices', roles: ['EXPORTER'] },
  { to: '/customs/queue', label: 'nav.queue', roles: ['CUSTOMS_OFFICER'] },
  { to: '/finance/invoices', label: 'nav.invoices', roles: ['FINANCE'] },
  { to: '/finance/statements', label: 'nav.statements', roles: ['FINANCE'] },
  { to: '/finance/reconciliation', label: 'nav.reconciliation', roles: ['FINANCE'] },
  { to: '/finance/ledger', label: 'nav.ledger', roles: ['FINANCE'] },
  { to: '/finance/reports', label: 'nav.reports', roles: ['FINANCE'] },
];

/** The frame of every signed-in screen: the role's navigation, language, who, sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  const roles = session?.roles ?? [];
  const items = NAV.filter((item) =>
    item.roles.some((role) => roles.includes(role) || roles.includes('ADMIN')),
  );
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('nav.skip')}
      </a>
      <header className="shell-header">
        <strong className="brand">{t('app.name')}</strong>
        <nav aria-label={t('nav.main')}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-user">
          <LanguageSwitch />
          {session && (
            <span>
              {t('signIn.signedInAs', { username: session.username })} (
              {session.roles.map((role) => t(`roles.${role}`)).join(', ')})
            </span>
          )}
          <button type="button" onClick={() => signOut()}>
            {t('signIn.signOut')}
          </button>
        </div>
      </header>
      <main id="content" className="shell-content">
        {children}
      </main>
    </div>
  );
}
