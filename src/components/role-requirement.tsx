import type { ReactNode } from 'react';
import { lazy, Suspense, useId, useState } from 'react';
import { ROLES } from '@/api/schemas/roles';
import { useTranslation } from '@/i18n/i18n-context';
import type { Permission } from '@/lib/permissions';

/*
 * The request control (and the entitlement requests it reads and writes) loads only where a missing role is on
 * screen, a gated button's closed note included (it tells a screen reader the request is pending): a user who holds
 * every role a page needs never downloads it. It shows nothing until the user's own requests are known anyway, so
 * loading it first changes nothing the user sees.
 */
const RequestRole = lazy(async () => ({ default: (await import('./request-role')).RequestRole }));

/**
 * "Needs the role CanX at bank B" — shown beside every action the user's entitlements cannot perform — and, after it,
 * the one small control to ask for that role (`RequestRole`). `id` names only the requirement (a disabled button's
 * description), not the control.
 */
export function RoleRequirement({ permission, id }: { permission: Permission; id?: string }) {
  const t = useTranslation();
  if (permission.allowed) return null;
  if (permission.pending) {
    return (
      <span id={id} className="role-requirement">
        {t('permissions.checking')}
      </span>
    );
  }
  const roles = permission.missingRoles.join(t('errors.roleSeparator'));
  // Any-bank roles are granted without a bank: naming one would mislead.
  const atBank = permission.missingRoles.some((role) => ROLES[role] === 'bank');
  return (
    <span className="role-requirement">
      <span id={id}>{atBank ? t('permissions.requires', { roles, bank: permission.bankId }) : t('permissions.requiresAnyBank', { roles })}</span>
      <Suspense fallback={null}>
        <RequestRole missingRoles={permission.missingRoles} bankId={permission.bankId} />
      </Suspense>
    </span>
  );
}

type GatedButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { permission: Permission; children: ReactNode };

/**
 * A button that is disabled when the user cannot perform its operation — quietly: one small lock "why?" beside it
 * opens the missing role's name, instead of a line of role names under every action. The disabled button is
 * described by that text, so a screen reader says the role with the button; the "why?" is a real button, reachable
 * by keyboard.
 */
export function GatedButton({ permission, children, disabled, className, ...rest }: GatedButtonProps) {
  const t = useTranslation();
  const noteId = useId();
  const [open, setOpen] = useState(false);
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
      {permission.allowed ? null : (
        <>
          <button
            type="button"
            className="why-button"
            aria-expanded={open}
            aria-controls={noteId}
            title={t('permissions.why')}
            onClick={() => setOpen((shown) => !shown)}
          >
            <LockIcon />
            <span className="visually-hidden">{t('permissions.why')}</span>
          </button>
          <span className={open ? 'why-note' : 'visually-hidden'} id={noteId}>
            <RoleRequirement permission={permission} />
          </span>
        </>
      )}
    </span>
  );
}

/** A padlock drawn in SVG: an emoji lock shows as an empty box where the system has no emoji font (Debian's Chromium). */
function LockIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" className="lock-icon">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
