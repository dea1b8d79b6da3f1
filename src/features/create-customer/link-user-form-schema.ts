import * as z from 'zod/mini';
import { ID_MAX_LENGTH, ID_PATTERN, INVALID_ID, REQUIRED, TOO_LONG } from './create-customer-form-schema';

/** OBP checks `user_id` as an id field (contract §0.1): up to 36 characters of letters, digits, `-`, `.`, `_`. */
export const linkUserSchema = z.object({
  userId: z
    .string()
    .check(z.trim(), z.minLength(1, REQUIRED), z.maxLength(ID_MAX_LENGTH, `${TOO_LONG}:${ID_MAX_LENGTH}`), z.regex(ID_PATTERN, INVALID_ID)),
});
export type LinkUserValues = z.input<typeof linkUserSchema>;

