import { useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { postUserCustomerLink } from '@/api/schemas/user-customer-links';
import { tolerantUserCustomerLink } from '@/api/wire/user-customer-links';
import { invalidateCustomerSearches } from './customers';

/**
 * `POST /banks/BANK_ID/user_customer_links` (v4.0.0 semantics, 201). The linked user then finds the customer under
 * "My customers", so those lists are refreshed before this resolves.
 */
export function useCreateUserCustomerLink(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/user_customer_links`,
        body: postUserCustomerLink.parse({ user_id: userId, customer_id: customerId }),
        schema: tolerantUserCustomerLink,
      }),
    onSuccess: () => invalidateCustomerSearches(queryClient),
  });
}
