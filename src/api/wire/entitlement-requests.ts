import * as z from 'zod/mini';
import { date, fieldOf, readRows, text } from './tolerant';

/*
 * OBP's `EntitlementRequestJSON` (JSONFactory3.0.0 `createEntitlementRequestJSON`): the request's id, the user who
 * asked (`UserJsonV200`, or null when that user is gone), the role, the bank ("" for an any-bank role) and when.
 * The console needs only which role at which bank is asked for; the user is not read.
 */
const tolerantEntitlementRequest = z.pipe(
  z.looseObject({
    entitlement_request_id: text,
    role_name: z.string().check(z.minLength(1)),
    bank_id: text,
    created: date,
  }),
  z.transform((wire) => ({
    entitlementRequestId: wire.entitlement_request_id,
    roleName: wire.role_name,
    bankId: wire.bank_id,
    created: wire.created,
  })),
);

export type EntitlementRequest = z.output<typeof tolerantEntitlementRequest>;

/** `{"entitlement_requests": [...]}`: a row the console cannot read is left out (it cannot say which role it asks). */
export const tolerantEntitlementRequestList = z.pipe(
  z.looseObject({ entitlement_requests: z.optional(z.nullable(z.array(z.unknown()))) }),
  z.transform((wire): EntitlementRequest[] =>
    readRows(tolerantEntitlementRequest, wire.entitlement_requests ?? [], fieldOf('entitlement_request_id')).filter(
      (row): row is EntitlementRequest => !('unreadable' in row),
    ),
  ),
);

/** The 201 answer of `POST /entitlement-requests`. */
export const createdEntitlementRequest = tolerantEntitlementRequest;
