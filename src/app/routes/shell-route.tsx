import { useState } from 'react';
import { NavLink, Outlet, useLocation, useMatch } from 'react-router';
import { getRuntimeConfig } from '@/config/current-config';
import { IdleSignOut } from '@/features/auth/idle-sign-out';
import { useI18n } from '@/i18n/i18n-context';
import { signOut } from '@/lib/session';
import { useLastSearch } from '@/lib/last-search';
import { expireSession } from '../router';
import { BankPicker } from '../shell/bank-picker';
import { LanguagePicker } from '../shell/language-picker';
import { UserMenu } from '../shell/user-menu';

export function Component() {
  const { t } = useI18n();
  // The shell is the parent route: the bank comes from whichever child route is showing.
  const bankId = useMatch('/banks/:bankId/*')?.params.bankId;
  const config = getRuntimeConfig();
  const bank = bankId ?? config.defaultBankId;
  const bankPath = bank ? `/banks/${encodeURIComponent(bank)}` : undefined;
  // "Customers" returns to the last search of this tab, not to an empty form.
  const lastSearch = useLastSearch(bank);
  // On a phone the navigation and tools fold into a menu; it stays open only on the page it was opened on.
  const { pathname } = useLocation();
  const [menuOpenOn, setMenuOpenOn] = useState<string | undefined>();
  const menuOpen = menuOpenOn === pathname;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('common.productName')}</span>
        <button
          type="button"
          className="button header-menu-button"
          aria-expanded={menuOpen}
          aria-controls="header-menu"
          onClick={() => setMenuOpenOn(menuOpen ? undefined : pathname)}
        >
          {t('shell.menu')}
        </button>
        <div id="header-menu" className="header-menu" data-open={menuOpen}>
          <nav aria-label={t('shell.mainNavigation')}>
            <ul className="nav-list">
              {bankPath ? (
                <li>
                  <NavLink to={bankPath} end>
                    {t('shell.home')}
                  </NavLink>
                </li>
              ) : null}
              {bankPath ? (
                <li>
                  <NavLink to={`${bankPath}/customers${lastSearch ? `?${lastSearch}` : ''}`} end>
                    {t('shell.customers')}
                  </NavLink>
                </li>
              ) : null}
              {bankPath ? (
                <li>
                  <NavLink to={`${bankPath}/meetings`}>{t('shell.meetings')}</NavLink>
                </li>
              ) : null}
              {bankPath ? (
                <li>
                  <NavLink to={`${bankPath}/crm-events`}>{t('shell.crmEvents')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="header-tools">
            <BankPicker bankId={bank} />
            <LanguagePicker />
            <UserMenu
              onSignOut={() => {
                signOut('signed-out');
              }}
            />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <IdleSignOut
        timeoutMinutes={config.idleTimeoutMinutes}
        warningSeconds={config.idleWarningSeconds}
        onTimeout={() => expireSession('idle')}
      />
    </div>
  );
}
