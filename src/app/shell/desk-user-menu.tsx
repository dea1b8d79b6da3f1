import { useI18n } from '@/i18n/i18n-context';
import { useDeskStaff } from '@/api/resources/desk-staff';
import { UserMenuFrame } from './user-menu-frame';

/** The signed-in staff member of Customer Desk and the Customer Desk roles they hold. */
export function DeskUserMenu({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { data: staff } = useDeskStaff();
  return (
    <UserMenuFrame username={staff?.username} detail={staff?.displayName ?? undefined} onSignOut={onSignOut}>
      {staff && staff.roles.length === 0 ? <p>{t('shell.noRoles')}</p> : null}
      <ul className="role-list">
        {staff?.roles.map((role) => (
          <li key={role}>{role}</li>
        ))}
      </ul>
    </UserMenuFrame>
  );
}
