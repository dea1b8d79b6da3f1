import type { ReactNode } from 'react';
import { ButtonWithNote, UnavailableActionList } from '@/components/role-requirement';
import { useTranslation } from '@/i18n/i18n-context';
import type { DeskPermission } from '@/lib/desk-permissions';
import type { GatedAction } from '@/lib/gated-actions';

/** "Needs the role DeskX" beside an action the staff member's Customer Desk roles cannot perform. */
export function DeskRoleNote({ permission, id }: { permission: DeskPermission; id?: string }) {
  const t = useTranslation();
  if (permission.allowed) return null;
  return (
    <span id={id} className="role-requirement">
      {permission.pending ? t('permissions.checking') : t('desk.requiresRole', { roles: permission.missingRoles.join(t('errors.roleSeparator')) })}
    </span>
  );
}

/** A button disabled before any call, with the missing role named, when the staff member cannot do this. */
export function DeskGatedButton({ permission, ...rest }: React.ButtonHTMLAttributes<HTMLButtonElement> & { permission: DeskPermission; children: ReactNode }) {
  return <ButtonWithNote {...rest} allowed={permission.allowed} note={(id) => <DeskRoleNote permission={permission} id={id} />} />;
}

/** The desk actions a staff member's roles never allow (`sortActions(...).unavailable`), grouped in one closed note. */
export function DeskUnavailableActions({ actions }: { actions: readonly GatedAction<DeskPermission>[] }) {
  return <UnavailableActionList actions={actions} explain={(permission) => <DeskRoleNote permission={permission} />} />;
}
