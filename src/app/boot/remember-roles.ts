import type { QueryClient } from '@tanstack/react-query';
import { currentUserQueries } from '@/api/resources/users';
import { rememberRoles, type HeldRole } from '@/api/session-token';
import type { CurrentUser } from '@/api/wire/users';

/** The user's roles as the start-up script reads them: each role's name and the bank it is held at ("" any bank). */
export const heldRolesOf = (user: CurrentUser): HeldRole[] => user.entitlements.map((entitlement) => [entitlement.roleName, entitlement.bankId]);

/**
 * Every time the console reads the user (at sign-in, on a refresh after a role was granted), the roles are remembered
 * for the session, so the next cold load in this tab — a reload, a link opened in it — starts the tab's lists beside
 * the user's request instead of after it (`early-requests.ts`). Returns the unsubscribe.
 */
export function rememberRolesOnEveryUserRead(client: QueryClient): () => void {
  const key = JSON.stringify(currentUserQueries.detail().queryKey);
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || JSON.stringify(event.query.queryKey) !== key) return;
    rememberRoles(heldRolesOf(event.query.state.data as CurrentUser));
  });
}
