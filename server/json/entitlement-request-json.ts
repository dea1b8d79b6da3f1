import type { EntitlementRecord, UserRecord } from '../repositories/user-repository';
import type { EntitlementRequestRecord } from '../repositories/entitlement-request-repository';

/** OBP's `UserJsonV200` (JSONFactory200.createUserJSON); null when the user is gone, as OBP renders an empty Box. */
export type UserJsonV200 = {
  user_id: string;
  email: string;
  provider_id: string;
  provider: string;
  username: string;
  entitlements: { list: Array<{ entitlement_id: string; role_name: string; bank_id: string }> };
};

/** OBP's `EntitlementRequestJSON` (JSONFactory3.0.0 createEntitlementRequestJSON). */
export type EntitlementRequestJson = {
  entitlement_request_id: string;
  user: UserJsonV200 | null;
  role_name: string;
  bank_id: string;
  created: string;
};

export const userJsonV200 = (user: UserRecord, entitlements: readonly EntitlementRecord[]): UserJsonV200 => ({
  user_id: user.userId,
  email: user.email,
  provider_id: user.username,
  provider: user.provider,
  username: user.username,
  entitlements: {
    list: entitlements.map((entitlement) => ({ entitlement_id: entitlement.entitlementId, role_name: entitlement.roleName, bank_id: entitlement.bankId })),
  },
});

export const entitlementRequestJson = (request: EntitlementRequestRecord, user: UserJsonV200 | null): EntitlementRequestJson => ({
  entitlement_request_id: request.entitlementRequestId,
  user,
  role_name: request.roleName,
  bank_id: request.bankId,
  created: request.created,
});
