import * as z from 'zod/mini';
import { fieldOf, list, readList, text } from './tolerant';

/*
 * The signed-in user as OBP sends them: `UserJsonV300` built by `JSONFactory300.createUserInfoJSON`
 * (obp-api/src/main/scala/code/api/v3_0_0/JSONFactory3.0.0.scala): `username` and `provider` go through
 * `stringOrNull` (null when empty), `email` is the stored address (null on users made by some providers), `views` is an
 * `Option` (absent when None), entitlements are `EntitlementJSONs {list: [EntitlementJSON]}`
 * (code/api/v2_0_0/JSONFactory2.0.0.scala), `bank_id` "" for an any-bank role.
 */
const entitlementRow = z.pipe(
  z.looseObject({ entitlement_id: text, role_name: z.string().check(z.minLength(1)), bank_id: text }),
  z.transform((wire) => ({ entitlementId: wire.entitlement_id, roleName: wire.role_name, bankId: wire.bank_id })),
);
export type Entitlement = z.output<typeof entitlementRow>;

const entitlementsOf = z.pipe(
  z.optional(z.nullable(z.looseObject({ list: z.optional(z.nullable(z.array(z.unknown()))) }))),
  // An entitlement that cannot be read grants nothing: the user simply does not hold it here.
  z.transform((wire) => readList(entitlementRow, wire?.list ?? [], fieldOf('role_name')).rows),
);

const view = z.pipe(
  z.looseObject({ bank_id: text, account_id: text, view_id: text }),
  z.transform((wire) => ({ bankId: wire.bank_id, accountId: wire.account_id, viewId: wire.view_id })),
);

export const tolerantCurrentUser = z.pipe(
  z.looseObject({
    user_id: z.string().check(z.minLength(1)),
    email: text,
    provider_id: text,
    provider: text,
    username: text,
    entitlements: entitlementsOf,
    views: z.optional(z.nullable(z.looseObject({ list: list(z.unknown()) }))),
  }),
  z.transform((wire) => ({
    userId: wire.user_id,
    email: wire.email,
    providerId: wire.provider_id,
    provider: wire.provider,
    username: wire.username,
    entitlements: wire.entitlements,
    views: (wire.views?.list ?? []).flatMap((row) => {
      const parsed = view.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    }),
  })),
);

/** Who is signed in: text "" = not recorded; `entitlements` holds only the entitlements that could be read. */
export type CurrentUser = z.output<typeof tolerantCurrentUser>;

/** `GET /my/entitlements` → `EntitlementJSONs {list: [...]}`. */
export const tolerantEntitlementList = entitlementsOf;
