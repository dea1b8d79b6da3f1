import * as z from 'zod/mini';
import { date, flag, id, listEnvelope, text } from './tolerant';

/*
 * User-customer links as OBP sends them: `UserCustomerLinkJson {user_customer_link_id, customer_id, user_id,
 * date_inserted, is_active}` built by `JSONFactory200.createUserCustomerLinkJSON` (obp-api/src/main/scala/code/api/
 * v2_0_0/JSONFactory2.0.0.scala) from `MappedUserCustomerLink` (code/usercustomerlinks/MappedUserCustomerLink.scala).
 */
export const tolerantUserCustomerLink = z.pipe(
  z.looseObject({ user_customer_link_id: id, customer_id: text, user_id: text, date_inserted: date, is_active: flag }),
  z.transform((wire) => ({
    userCustomerLinkId: wire.user_customer_link_id,
    customerId: wire.customer_id,
    userId: wire.user_id,
    dateInserted: wire.date_inserted,
    /** Undefined: the server did not say. */
    isActive: wire.is_active,
  })),
);
export type UserCustomerLink = z.output<typeof tolerantUserCustomerLink>;

/** `UserCustomerLinksJson {user_customer_links: [...]}` (v4.0.0 GETs by customer or user). */
export const tolerantUserCustomerLinkList = listEnvelope('user_customer_links', tolerantUserCustomerLink, 'user_customer_link_id');
