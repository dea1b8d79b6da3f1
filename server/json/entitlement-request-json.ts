import type { UserJsonV200 } from './user-json';
import type { EntitlementRequestRecord } from '../repositories/entitlement-request-repository';

/** OBP's `EntitlementRequestJSON` (JSONFactory3.0.0 createEntitlementRequestJSON). */
export type EntitlementRequestJson = {
  entitlement_request_id: string;
  user: UserJsonV200 | null;
  role_name: string;
  bank_id: string;
  created: string;
};

export const entitlementRequestJson = (request: EntitlementRequestRecord, user: UserJsonV200 | null): EntitlementRequestJson => ({
  entitlement_request_id: request.entitlementRequestId,
  user,
  role_name: request.roleName,
  bank_id: request.bankId,
  created: request.created,
});
