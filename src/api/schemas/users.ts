import * as z from 'zod/mini';

export const entitlement = z.object({
  entitlement_id: z.string(),
  role_name: z.string(),
  /** "" for an any-bank role. */
  bank_id: z.string(),
});
export type Entitlement = z.infer<typeof entitlement>;

/** `UserJsonV300` — `GET /users/current` (contract §G). */
export const currentUser = z.object({
  user_id: z.string(),
  email: z.string(),
  provider_id: z.string(),
  provider: z.string(),
  username: z.string(),
  entitlements: z.object({ list: z.array(entitlement) }),
  views: z.object({
    list: z.array(z.object({ bank_id: z.string(), account_id: z.string(), view_id: z.string() })),
  }),
});
export type CurrentUser = z.infer<typeof currentUser>;
