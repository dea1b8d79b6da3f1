import type { CurrentUser } from '@/api/schemas/users';
import type { EntitlementRecord, UserRecord } from '../repositories/user-repository';

/** `UserJsonV300` — `GET /users/current`; the sandbox has no accounts, so no views. */
export const userJsonV300 = (user: UserRecord, entitlements: readonly EntitlementRecord[]): CurrentUser => ({
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
  views: { list: [] },
});
