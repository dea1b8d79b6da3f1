import { useQuery } from '@tanstack/react-query';
import { deskStaffQueries } from '@/api/resources/desk-staff';
import { DESK_OPERATIONS, deskRolesAllow, type DeskBackend, type DeskRole } from '@/api/schemas/desk-operations';

export type DeskPermission = { allowed: true } | { allowed: false; missingRoles: readonly DeskRole[]; pending?: boolean };

/** From the one table (src/api/schemas/desk-operations.ts), as Customer Desk's server enforces it. */
export function deskPermissionFor(roles: readonly string[], backend: DeskBackend, operationId: string | undefined): DeskPermission {
  const operation = operationId ? (DESK_OPERATIONS[backend] as Record<string, { roles: readonly DeskRole[] }>)[operationId] : undefined;
  if (!operation) return { allowed: false, missingRoles: [] };
  return deskRolesAllow(roles, operation.roles) ? { allowed: true } : { allowed: false, missingRoles: operation.roles };
}

/** While the staff member's roles load, actions stay disabled (never enabled on a guess). */
export function useDeskPermission(backend: DeskBackend, operationId: string | undefined): DeskPermission {
  const { data } = useQuery(deskStaffQueries.me());
  if (!data) return { allowed: false, missingRoles: [], pending: true };
  return deskPermissionFor(data.roles, backend, operationId);
}
