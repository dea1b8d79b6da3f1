import type { SocialMediaHandleDraft } from '@/api/drafts/social-media';
import type { PostSocialMediaHandle } from '@/api/schemas/social-media';

/** `SocialMediaJSON`. */
export const toSocialMediaHandleBody = (draft: SocialMediaHandleDraft): PostSocialMediaHandle => ({
  customer_number: draft.customerNumber,
  type: draft.type,
  handle: draft.handle,
  date_added: draft.dateAdded,
  date_activated: draft.dateActivated,
});
