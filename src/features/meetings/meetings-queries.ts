import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { customerListV300, type CustomerSummary } from '@/api/schemas/customers';
import { sameContact } from '@/lib/contact-match';

/**
 * The scheduler's own reads (the meetings themselves are in `@/lib/meetings`, shared with the customer timeline):
 * the customer records an invitee may be. OBP cannot search customers by email, so the search is by the invitee's
 * exact mobile number (the phone search without wildcards), and a hit counts when its email or digits agree.
 */
export const meetingsFeatureQueries = {
  all: () => ['meetings-feature'] as const,
  inviteeCustomers: (bankId: string, invitee: { mobile_phone: string; email_address: string }) =>
    queryOptions({
      queryKey: [...meetingsFeatureQueries.all(), 'invitee-customers', bankId, invitee.mobile_phone, invitee.email_address] as const,
      queryFn: async ({ signal }): Promise<CustomerSummary[]> => {
        const response = await obpRequest({
          method: 'POST',
          path: path`/banks/${bankId}/search/customers/mobile-phone-number`,
          body: { mobile_phone_number: invitee.mobile_phone },
          query: { limit: 5, offset: 0 },
          schema: customerListV300,
          signal,
        });
        return response.customers.filter((customer) =>
          sameContact({ email: customer.email, mobile: customer.mobile_phone_number }, { email: invitee.email_address, mobile: invitee.mobile_phone }),
        );
      },
      staleTime: 5 * 60_000,
    }),
};

/** `%` and `_` are wildcards to OBP's phone search and cannot be escaped: such a number is not looked up. */
export const canLookUpMobile = (mobile: string): boolean => mobile.trim() !== '' && !/[%_]/.test(mobile);
