import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import type { DeskPermission } from '@/lib/desk-permissions';

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

type Props = React.ButtonHTMLAttributes<HTMLButtonElement> & { permission: DeskPermission; children: ReactNode };

/** A button disabled before any call, with the missing role named, when the staff member cannot do this. */
export function DeskGatedButton({ permission, children, disabled, className, ...rest }: Props) {
  const noteId = useId();
  return (
    <span className="gated">
      <button
        type="button"
        className={className ?? 'button'}
        {...rest}
        disabled={disabled || !permission.allowed}
        aria-describedby={permission.allowed ? rest['aria-describedby'] : noteId}
      >
        {children}
      </button>
      <DeskRoleNote permission={permission} id={noteId} />
    </span>
  );
}
