import type { CustomerSummary } from '@/api/wire/customers';
import { sameContact } from '@/lib/contact-match';

/*
 * The customer records an invitee may be. OBP cannot search customers by email, so the search is by the invitee's
 * exact mobile number (the phone search without wildcards), and a hit counts when its email or digits agree.
 */

/** `%` and `_` are wildcards to OBP's phone search and cannot be escaped: such a number is not looked up. */
export const canLookUpMobile = (mobile: string): boolean => mobile.trim() !== '' && !/[%_]/.test(mobile);

/** At most this many hits are asked for: an exact number matches one customer, or a handful at most. */
export const INVITEE_LOOKUP_PAGE = { page: 1, pageSize: 5 } as const;

export const inviteeMatches =
  (invitee: { mobilePhone: string; emailAddress: string }) =>
  (customers: readonly CustomerSummary[]): CustomerSummary[] =>
    customers.filter((customer) =>
      sameContact({ email: customer.email, mobile: customer.mobilePhoneNumber }, { email: invitee.emailAddress, mobile: invitee.mobilePhone }),
    );
