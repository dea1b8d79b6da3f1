import { useI18n } from '@/i18n/i18n-context';
import { useDeskStaff } from '@/api/resources/desk-staff';

/** The signed-in staff member of Customer Desk and the Customer Desk roles they hold. */
export function DeskUserMenu({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { data: staff } = useDeskStaff();
  return (
    <div className="user-menu">
      <details>
        <summary>
          <span className="visually-hidden">{t('shell.signedInAs')} </span>
          {staff?.username ?? '…'}
        </summary>
        <div className="user-menu-panel">
          <p>
            {t('shell.signedInAs')} <strong>{staff?.username}</strong>
            {staff?.display_name ? <span className="muted"> · {staff.display_name}</span> : null}
          </p>
          <h2 className="small-heading">{t('shell.yourRoles')}</h2>
          {staff && staff.roles.length === 0 ? <p>{t('shell.noRoles')}</p> : null}
          <ul className="role-list">
            {staff?.roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        </div>
      </details>
      <button type="button" className="button" onClick={onSignOut}>
        {t('shell.signOut')}
      </button>
    </div>
  );
}
