import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { deskRequest } from '@/api/desk-client';
import { DESK_ROLES, type DeskRole } from '@/api/schemas/desk-operations';

const deskMe = z.pipe(
  z.looseObject({
    user_id: z.string(),
    username: z.string(),
    display_name: z.optional(z.string()),
    roles: z.pipe(
      z.array(z.string()),
      z.transform((roles) => roles.filter((role): role is DeskRole => (DESK_ROLES as readonly string[]).includes(role))),
    ),
    backend: z.string(),
  }),
  // The screens' names: no wire field name leaves src/api.
  z.transform((wire) => ({ userId: wire.user_id, username: wire.username, displayName: wire.display_name, roles: wire.roles, backend: wire.backend })),
);
export type DeskStaff = z.output<typeof deskMe>;

/** `GET /desk/me`: the signed-in staff member of Customer Desk and the roles Customer Desk gives them. */
export const deskStaffQueries = {
  all: () => ['desk-staff'] as const,
  me: () =>
    queryOptions({
      queryKey: [...deskStaffQueries.all(), 'me'] as const,
      queryFn: async ({ signal }): Promise<DeskStaff> => (await deskRequest({ path: '/me', schema: deskMe, signal })).data,
      staleTime: 5 * 60_000,
    }),
};

export const useDeskStaff = () => useQuery(deskStaffQueries.me());

const sessionAnswer = z.looseObject({ token: z.string().check(z.minLength(16)), expires_at: z.optional(z.string()) });

/** `POST /desk/session` → the staff session token (only ever in memory and sessionStorage). */
export async function createDeskSession(username: string, password: string): Promise<string> {
  const { data } = await deskRequest({ method: 'POST', path: '/session', body: { username, password }, schema: sessionAnswer, anonymous: true });
  return data.token;
}

/** `DELETE /desk/session`: ends the session on the server; a failure is ignored (the token expires anyway). */
export async function endDeskSession(token: string): Promise<void> {
  try {
    await deskRequest({ method: 'DELETE', path: '/session', schema: z.optional(z.unknown()), token });
  } catch {
    // Offline or already ended.
  }
}
