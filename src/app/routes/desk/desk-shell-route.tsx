import { NavLink, Outlet } from 'react-router';
import { deskCapabilities, deskConnector } from '@/api/resources/desk-customers';
import { getRuntimeConfig } from '@/config/current-config';
import { IdleSignOut } from '@/features/auth/idle-sign-out';
import { BackendHealth } from '@/features/desk/backend-health';
import { useI18n } from '@/i18n/i18n-context';
import { signOut } from '@/lib/session';
import { expireSession } from '../../router';
import { DeskUserMenu } from '../../shell/desk-user-menu';
import { LanguagePicker } from '../../shell/language-picker';

export function Component() {
  const { t } = useI18n();
  const config = getRuntimeConfig();
  const backend = deskConnector().backend;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('common.productName')}</span>
        <span className="desk-backend-name">{t(`desk.backend.${backend}.name`)}</span>
        <nav aria-label={t('shell.mainNavigation')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/customers" end>
                {t('shell.customers')}
              </NavLink>
            </li>
            {deskCapabilities().has('create-customer') ? (
              <li>
                <NavLink to="/customers/new">{t('desk.list.create')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="header-tools">
          <BackendHealth />
          <LanguagePicker />
          <DeskUserMenu onSignOut={() => signOut('signed-out')} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <IdleSignOut timeoutMinutes={config.idleTimeoutMinutes} warningSeconds={config.idleWarningSeconds} onTimeout={() => expireSession('idle')} />
    </div>
  );
}
