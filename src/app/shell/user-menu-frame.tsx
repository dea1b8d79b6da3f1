import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/**
 * The signed-in user's menu: their name as a disclosure that opens on who they are (a second detail beside the name)
 * and the roles they hold, with the sign-out button beside it.
 */
export function UserMenuFrame({
  username,
  detail,
  onSignOut,
  children,
}: {
  username: string | undefined;
  detail: string | undefined;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="user-menu">
      <details>
        <summary>
          <span className="visually-hidden">{t('shell.signedInAs')} </span>
          {username ?? '…'}
        </summary>
        <div className="user-menu-panel">
          <p>
            {t('shell.signedInAs')} <strong>{username}</strong>
            {detail ? <span className="muted"> · {detail}</span> : null}
          </p>
          <h2 className="small-heading">{t('shell.yourRoles')}</h2>
          {children}
        </div>
      </details>
      <button type="button" className="button" onClick={onSignOut}>
        {t('shell.signOut')}
      </button>
    </div>
  );
}
