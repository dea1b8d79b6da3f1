import type { ReactNode } from 'react';
import { lazy, Suspense, useId, useState } from 'react';
import { ROLES } from '@/api/schemas/roles';
import { useTranslation } from '@/i18n/i18n-context';
import { neverAllowed, type Gate, type GatedAction } from '@/lib/gated-actions';
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

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { children: ReactNode };

/**
 * A button disabled when `allowed` is false, described then by the note beside it (`note(id)` renders the text with
 * that id): the frame every gated button of the console and of the desk shares.
 */
export function ButtonWithNote({ allowed, note, children, disabled, className, ...rest }: ButtonProps & { allowed: boolean; note: (id: string) => ReactNode }) {
  const noteId = useId();
  return (
    <span className="gated">
      <button
        type="button"
        className={className ?? 'button'}
        {...rest}
        disabled={disabled || !allowed}
        aria-describedby={allowed ? rest['aria-describedby'] : noteId}
      >
        {children}
      </button>
      {note(noteId)}
    </span>
  );
}

/**
 * A button that is disabled when the user cannot perform its operation — quietly: one small lock "why?" beside it
 * opens the missing role's name, instead of a line of role names under every action. The disabled button is
 * described by that text, so a screen reader says the role with the button; the "why?" is a real button, reachable
 * by keyboard.
 */
export function GatedButton({ permission, ...rest }: ButtonProps & { permission: Permission }) {
  return <ButtonWithNote {...rest} allowed={permission.allowed} note={(id) => <WhyNote permission={permission} id={id} />} />;
}

/**
 * Beside a disabled control: the small lock "why?" button and the note it opens — the missing role (or "checking your
 * roles") and the control to request it. Until opened the note is for screen readers only; `id` names the role's
 * text, for the disabled control's `aria-describedby`.
 */
export function WhyNote({ permission, id }: { permission: Permission; id: string }) {
  const t = useTranslation();
  const wrapperId = useId();
  const [open, setOpen] = useState(false);
  if (permission.allowed) return null;
  return (
    <>
      <button
        type="button"
        className="why-button"
        aria-expanded={open}
        aria-controls={wrapperId}
        title={t('permissions.why')}
        onClick={() => setOpen((shown) => !shown)}
      >
        <LockIcon />
        <span className="visually-hidden">{t('permissions.why')}</span>
      </button>
      <span className={open ? 'why-note' : 'visually-hidden'} id={wrapperId}>
        <RoleRequirement permission={permission} id={id} />
      </span>
    </>
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

type ListProps<P extends Gate> = {
  actions: readonly GatedAction<P>[];
  /** Names what the action needs (the missing role), for a permission of this kind. */
  explain: (permission: P) => ReactNode;
};

/**
 * Actions the user's roles never allow (`sortActions(...).unavailable`), grouped away in one closed disclosure instead
 * of a disabled button (and a line of role names) each; opened, it names each action's missing role. A native
 * `<details>`: its summary is a button to keyboards and screen readers, and says how many actions it holds. Kept in
 * this module, beside the role requirement it shows, so that screens load it in the chunk they already fetch.
 */
export function UnavailableActionList<P extends Gate>({ actions, explain }: ListProps<P>) {
  const t = useTranslation();
  // Only what the known roles refuse: an action whose roles are still loading stays a (disabled) button.
  const listed = actions.filter((action) => neverAllowed(action.permission));
  if (listed.length === 0) return null;
  return (
    <details className="unavailable-actions">
      <summary>{t('permissions.unavailable', { count: listed.length })}</summary>
      <ul>
        {listed.map((action, index) => (
          <li key={index}>
            {action.label}: {explain(action.permission)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The OBP actions a screen's user can never take, each with its missing role and the control to request it. */
export function UnavailableActions({ actions }: { actions: readonly GatedAction<Permission>[] }) {
  return <UnavailableActionList actions={actions} explain={(permission) => <RoleRequirement permission={permission} />} />;
}
