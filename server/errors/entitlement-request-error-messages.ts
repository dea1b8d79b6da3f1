/**
 * Error texts of OBP's entitlement-request endpoints (APIMethods300 `addEntitlementRequest` …, ErrorMessages.scala),
 * exactly as OBP composes them.
 */
export const INCORRECT_ROLE_NAME = 'OBP-10007: Incorrect Role name:';
export const ENTITLEMENT_IS_BANK_ROLE = 'OBP-30205: This entitlement is a Bank Role. Please set bank_id to a valid bank id.';
export const ENTITLEMENT_IS_SYSTEM_ROLE = 'OBP-30206: This entitlement is a System Role. Please set bank_id to empty string.';
export const ENTITLEMENT_REQUEST_ALREADY_EXISTS = 'OBP-30214: Entitlement Request already exists for the user.';
export const ENTITLEMENT_REQUEST_NOT_FOUND = 'OBP-30215: EntitlementRequestId not found';
export const ENTITLEMENT_REQUEST_CANNOT_BE_ADDED = 'OBP-30217: Entitlement Request cannot be added.';

/** OBP appends no space after the colon, then lists every role it knows, sorted. */
export const incorrectRoleName = (roleName: string, knownRoles: readonly string[]) =>
  `${INCORRECT_ROLE_NAME}${roleName}. Possible roles are ${[...knownRoles].sort().join(', ')}`;
