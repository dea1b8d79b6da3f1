import type { CurrentUser } from '@/api/schemas/users';
import type { EntitlementRecord, UserRecord } from '../repositories/user-repository';

/** OBP's `UserJsonV200` (JSONFactory200.createUserJSON): the user and their entitlements. */
export type UserJsonV200 = Omit<CurrentUser, 'views'>;

export const userJsonV200 = (user: UserRecord, entitlements: readonly EntitlementRecord[]): UserJsonV200 => ({
  user_id: user.userId,
  email: user.email,
  provider_id: user.username,
  provider: user.provider,
  username: user.username,
  entitlements: {
    list: entitlements.map((entitlement) => ({
      entitlement_id: entitlement.entitlementId,
      role_name: entitlement.roleName,
      bank_id: entitlement.bankId,
    })),
  },
});

/** `UserJsonV300` — `GET /users/current`: V200 plus views; the sandbox has no accounts, so no views. */
export const userJsonV300 = (user: UserRecord, entitlements: readonly EntitlementRecord[]): CurrentUser =>
  // Assigned, not spread: a spread of a built object is V8's slow path on Node 20 (customer-json.ts).
  Object.assign(userJsonV200(user, entitlements), { views: { list: [] } });
