import { useQuery } from '@tanstack/react-query';
import { OPERATIONS, type OperationId } from '@/api/schemas/operations';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import type { Entitlement } from '@/api/wire/users';
import { currentUserQueries } from '@/api/resources/users';

export type Permission =
  | { allowed: true }
  | { allowed: false; missingRoles: readonly RoleName[]; bankId: string; pending?: boolean };

/** Holds the role where OBP looks for it: at BANK_ID for a bank role, with bank_id "" for an any-bank role. */
export function holdsRole(entitlements: readonly Entitlement[], role: RoleName, bankId: string): boolean {
  const wantedBank = ROLES[role] === 'any' ? '' : bankId;
  return entitlements.some((entitlement) => entitlement.roleName === role && entitlement.bankId === wantedBank);
}

/** At least one of the operation's roles is needed (OBP's `hasAtLeastOneEntitlement`); none listed = login only. */
export function permissionFor(entitlements: readonly Entitlement[], operation: OperationId, bankId: string): Permission {
  const roles: readonly RoleName[] = OPERATIONS[operation];
  if (roles.length === 0 || roles.some((role) => holdsRole(entitlements, role, bankId))) return { allowed: true };
  return { allowed: false, missingRoles: roles, bankId };
}

/** While the user's entitlements load, actions stay disabled (never enabled on a guess). */
export function usePermission(operation: OperationId, bankId: string): Permission {
  const { data } = useQuery(currentUserQueries.detail());
  if (!data) return { allowed: false, missingRoles: OPERATIONS[operation], bankId, pending: true };
  return permissionFor(data.entitlements, operation, bankId);
}
