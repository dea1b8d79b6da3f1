import * as z from 'zod/mini';
import { date, listEnvelope, text } from './tolerant';

/*
 * Social media handles as OBP sends them: `SocialMediaJSON {customer_number, type, handle, date_added,
 * date_activated}` built by `JSONFactory200.createSocialMediaJSON` (obp-api/src/main/scala/code/api/v2_0_0/
 * JSONFactory2.0.0.scala) from `MappedSocialMedia` (code/socialmedia/MappedSocialMediasProvider.scala); the list is
 * `SocialMediasJSON {checks: [...]}` (its key really is `checks`). A handle has no id of its own.
 */
export const tolerantSocialMediaHandle = z.pipe(
  z.looseObject({ customer_number: text, type: text, handle: text, date_added: date, date_activated: date }),
  z.transform((wire) => ({
    customerNumber: wire.customer_number,
    type: wire.type,
    handle: wire.handle,
    dateAdded: wire.date_added,
    dateActivated: wire.date_activated,
  })),
);

export type SocialMediaHandle = z.output<typeof tolerantSocialMediaHandle>;

/** `GET …/customers/CUSTOMER_ID/social_media_handles` → `{checks: [...]}`; an unreadable row is named by its handle. */
export const tolerantSocialMediaHandleList = listEnvelope('checks', tolerantSocialMediaHandle, 'handle');
