import * as z from 'zod/mini';

/** DirectLogin splits its header on commas and allows only printable ASCII passwords (contract §A). */
export const signInSchema = z.object({
  username: z.string().check(
    z.trim(),
    z.minLength(1, 'auth.usernameRequired'),
    z.maxLength(512, 'auth.usernameTooLong'),
    z.regex(/^[A-Za-z0-9\-._@ ]*$/, 'auth.usernameCharacters'),
  ),
  password: z.string().check(
    z.minLength(1, 'auth.passwordRequired'),
    z.maxLength(512, 'auth.passwordTooLong'),
    z.regex(/^[\x20-\x7E]*$/, 'auth.passwordCharacters'),
    z.refine((value) => !value.includes(','), 'auth.passwordComma'),
  ),
});
export type SignInValues = z.infer<typeof signInSchema>;

/** Field → message key of the first problem, for the form to show beside each field. */
export function validateSignIn(values: SignInValues): Partial<Record<keyof SignInValues, string>> {
  const result = signInSchema.safeParse(values);
  if (result.success) return {};
  const errors: Partial<Record<keyof SignInValues, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof SignInValues;
    errors[field] ??= issue.message;
  }
  return errors;
}
