import * as z from 'zod/mini';
import { nullableObpDate, obpDate } from './common';

export const SOCIAL_MEDIA_LIMITS = { type: 16, handle: 64 } as const;

/** `SocialMediaJSON` — body of POST …/social_media_handles and items of its GET. */
export const postSocialMediaHandle = z.object({
  customer_number: z.string(),
  type: z.string(),
  handle: z.string(),
  date_added: obpDate,
  date_activated: obpDate,
});
export type PostSocialMediaHandle = z.infer<typeof postSocialMediaHandle>;
export const socialMediaHandle = z.object({
  customer_number: z.string(),
  type: z.string(),
  handle: z.string(),
  date_added: nullableObpDate,
  date_activated: nullableObpDate,
});
export type SocialMediaHandle = z.infer<typeof socialMediaHandle>;
/** The list key is `checks` (contract §2.27). */
export const socialMediaHandleList = z.object({ checks: z.array(socialMediaHandle) });
export const successBody = z.object({ success: z.string() });
