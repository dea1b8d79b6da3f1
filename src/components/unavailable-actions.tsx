import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import type { Permission } from '@/lib/permissions';
import { RoleRequirement } from './role-requirement';

export type UnavailableAction = { label: ReactNode; permission: Permission };

/** Whether the user can never take this action here (known, not merely while the roles load). */
export const neverAllowed = (permission: Permission): boolean => !permission.allowed && permission.pending !== true;

/**
 * Actions the user's roles never allow, grouped away in one closed disclosure instead of a disabled button (and a
 * line of role names) on every row; opened, it names each action's missing role.
 */
export function UnavailableActions({ actions }: { actions: readonly UnavailableAction[] }) {
  const t = useTranslation();
  if (actions.length === 0) return null;
  return (
    <details className="unavailable-actions">
      <summary>{t('permissions.unavailable', { count: actions.length })}</summary>
      <ul>
        {actions.map((action, index) => (
          <li key={index}>
            {action.label}: <RoleRequirement permission={action.permission} />
          </li>
        ))}
      </ul>
    </details>
  );
}
