import * as z from 'zod/mini';

/** 201 body of `POST /my/logins/direct`. */
export const directLoginTokenBody = z.object({ token: z.string().check(z.minLength(1)) });
export type DirectLoginToken = z.infer<typeof directLoginTokenBody>;
