import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useSyncExternalStore } from 'react';
import { entitlementRequestQueries, isRequested, roleAtBank, useRequestRole, type RoleAtBank } from '@/api/resources/entitlement-requests';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import { useTranslation } from '@/i18n/i18n-context';
import { explainError } from './describe-error';

/**
 * The role to ask for when an operation accepts any of several: the first one held at a bank (the narrowest, e.g.
 * CanCreateCustomer rather than CanCreateCustomerAtAnyBank), else the first listed.
 */
export function roleToRequest(missingRoles: readonly RoleName[]): RoleName | undefined {
  return missingRoles.find((role) => ROLES[role] === 'bank') ?? missingRoles[0];
}

/*
 * One request control per missing role on screen: a table whose every row lacks the same role would otherwise repeat
 * "Request access" on each row. The first control mounted for a role (the first in the page's order) offers the
 * request; the others only name the role. A tiny store shared by every `RequestRole`, read with
 * useSyncExternalStore.
 */
const claims = new Map<string, string[]>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

function claim(key: string, id: string): () => void {
  claims.set(key, [...(claims.get(key) ?? []), id]);
  notify();
  return () => {
    const rest = (claims.get(key) ?? []).filter((other) => other !== id);
    if (rest.length > 0) claims.set(key, rest);
    else claims.delete(key);
    notify();
  };
}

function useFirstOnScreen(key: string): boolean {
  const id = useId();
  useEffect(() => claim(key, id), [key, id]);
  return useSyncExternalStore(subscribe, () => claims.get(key)?.[0] === id);
}

type Props = { missingRoles: readonly RoleName[]; bankId: string };

/**
 * Beside a disabled action's missing role: "Request access" asks OBP for the role (`POST /entitlement-requests`);
 * once asked, "Requested — pending" (read from the user's own requests). A refusal — such as a request already made
 * from another tab — is said in people's words. One small control, so that it composes with any way of showing why
 * an action is disabled.
 */
export function RequestRole({ missingRoles, bankId }: Props) {
  const role = roleToRequest(missingRoles);
  if (!role) return null;
  return <RequestRoleControl wanted={roleAtBank(role, bankId)} />;
}

function RequestRoleControl({ wanted }: { wanted: RoleAtBank }) {
  const t = useTranslation();
  const first = useFirstOnScreen(`${wanted.roleName}@${wanted.bankId}`);
  const requests = useQuery(entitlementRequestQueries.mine());
  const request = useRequestRole();
  const pending = isRequested(requests.data, wanted);
  const refusal = request.isError ? explainError(request.error, t).summary : '';
  // Until the user's own requests are known, nothing is offered: a request already made must not be offered again.
  if (!first || requests.isPending) return null;
  const which = wanted.bankId ? t('permissions.roleAtBank', { role: wanted.roleName, bank: wanted.bankId }) : wanted.roleName;
  return (
    <span className="role-request">
      {pending ? (
        <span className="role-request-pending">
          {t('permissions.requested')} <span className="visually-hidden">({which})</span>
        </span>
      ) : (
        <button
          type="button"
          className="link-button"
          disabled={request.isPending}
          onClick={() => {
            request.reset();
            request.mutate(wanted);
          }}
        >
          {request.isPending ? t('permissions.requesting') : t('permissions.request')} <span className="visually-hidden">({which})</span>
        </button>
      )}
      <span role="status" className="role-request-refusal">
        {refusal}
      </span>
    </span>
  );
}
