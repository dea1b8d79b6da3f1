import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import type { Gate, GatedAction } from '@/lib/gated-actions';
import type { Permission } from '@/lib/permissions';
import { RoleRequirement } from './role-requirement';

export type UnavailableAction = GatedAction<Permission>;

type ListProps<P extends Gate> = {
  actions: readonly GatedAction<P>[];
  /** Names what the action needs (the missing role), for a permission of this kind. */
  explain: (permission: P) => ReactNode;
};

/**
 * Actions the user's roles never allow, grouped away in one closed disclosure instead of a disabled button (and a
 * line of role names) each; opened, it names each action's missing role. A native `<details>`: its summary is a
 * button to keyboards and screen readers, and says how many actions it holds.
 */
export function UnavailableActionList<P extends Gate>({ actions, explain }: ListProps<P>) {
  const t = useTranslation();
  if (actions.length === 0) return null;
  return (
    <details className="unavailable-actions">
      <summary>{t('permissions.unavailable', { count: actions.length })}</summary>
      <ul>
        {actions.map((action, index) => (
          <li key={index}>
            {action.label}: {explain(action.permission)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The OBP actions a section's user can never take (`sortActions(...).unavailable`), each with its role to request. */
export function UnavailableActions({ actions }: { actions: readonly UnavailableAction[] }) {
  return <UnavailableActionList actions={actions} explain={(permission) => <RoleRequirement permission={permission} />} />;
}
