import { useI18n } from '@/i18n/i18n-context';
import { useCurrentUser } from '@/api/resources/users';
import { UserMenuFrame } from './user-menu-frame';

/** Who is signed in and which roles they hold, grouped by bank ("any bank" for bank-less roles). */
export function UserMenu({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  const byBank = new Map<string, string[]>();
  for (const entitlement of user?.entitlements ?? []) {
    const roles = byBank.get(entitlement.bankId) ?? [];
    roles.push(entitlement.roleName);
    byBank.set(entitlement.bankId, roles);
  }
  return (
    <UserMenuFrame username={user?.username} detail={user?.email ?? undefined} onSignOut={onSignOut}>
      {byBank.size === 0 ? <p>{t('shell.noRoles')}</p> : null}
      {[...byBank.entries()].map(([bankId, roles]) => (
        <div key={bankId || 'any'}>
          <h3 className="small-heading">{bankId || t('shell.anyBank')}</h3>
          <ul className="role-list">
            {roles.sort().map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        </div>
      ))}
    </UserMenuFrame>
  );
}
