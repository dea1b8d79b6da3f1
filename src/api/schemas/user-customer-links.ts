import * as z from 'zod/mini';
import { nullableObpDate } from './common';

/** `CreateUserCustomerLinkJson`. */
export const postUserCustomerLink = z.object({ user_id: z.string(), customer_id: z.string() });
export type PostUserCustomerLink = z.infer<typeof postUserCustomerLink>;
/** `UserCustomerLinkJson`. */
export const userCustomerLink = z.object({
  user_customer_link_id: z.string(),
  customer_id: z.string(),
  user_id: z.string(),
  date_inserted: nullableObpDate,
  is_active: z.boolean(),
});
export type UserCustomerLink = z.infer<typeof userCustomerLink>;
export const userCustomerLinkList = z.object({ user_customer_links: z.array(userCustomerLink) });
