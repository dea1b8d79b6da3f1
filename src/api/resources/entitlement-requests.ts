import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest } from '@/api/client';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import { createdEntitlementRequest, tolerantEntitlementRequestList, type EntitlementRequest } from '@/api/wire/entitlement-requests';

/*
 * Entitlement requests (OBP v3.0.0, served up to v5.1.0): a user asks for a role they lack
 * (`POST /entitlement-requests`, 201) and sees their own requests (`GET /my/entitlement-requests`). An administrator
 * grants the role outside the console; until then the request is pending.
 */

/** A role at a bank as OBP asks for it: `bankId` "" for an any-bank role. */
export type RoleAtBank = { roleName: RoleName; bankId: string };

/** Where OBP looks for `role`: at `bankId` for a bank role, with bank_id "" for an any-bank role. */
export const roleAtBank = (roleName: RoleName, bankId: string): RoleAtBank => ({ roleName, bankId: ROLES[roleName] === 'any' ? '' : bankId });

export const isRequested = (requests: readonly EntitlementRequest[] | undefined, wanted: RoleAtBank): boolean =>
  (requests ?? []).some((request) => request.roleName === wanted.roleName && request.bankId === wanted.bankId);

export const entitlementRequestQueries = {
  all: () => ['entitlement-requests'] as const,
  /** `GET /my/entitlement-requests`: the signed-in user's own requests. */
  mine: () =>
    queryOptions({
      queryKey: [...entitlementRequestQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => obpRequest({ path: '/my/entitlement-requests', schema: tolerantEntitlementRequestList, signal }),
      staleTime: 60_000,
    }),
};

/**
 * `POST /entitlement-requests {bank_id, role_name}`. Settled either way, the user's requests are read again: after
 * a refusal such as OBP-30214 (already requested, e.g. from another tab) the list then shows the request as pending.
 */
export function useRequestRole() {
  const queryClient = useQueryClient();
  return useMutation({
    // A 201 whose body cannot be read resolves undefined (saved): the list read again shows the request.
    mutationFn: (wanted: RoleAtBank) =>
      obpRequest({
        method: 'POST',
        path: '/entitlement-requests',
        body: { bank_id: wanted.bankId, role_name: wanted.roleName },
        schema: createdEntitlementRequest,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: entitlementRequestQueries.mine().queryKey }),
  });
}
