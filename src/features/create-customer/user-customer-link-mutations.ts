import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { obpRequest, path } from '@/api/client';
import { postUserCustomerLink, userCustomerLink } from '@/api/schemas/user-customer-links';
import { invalidateCustomerSearches } from '@/lib/customer-invalidation';
import { ID_MAX_LENGTH, ID_PATTERN, INVALID_ID, REQUIRED, TOO_LONG } from './create-customer-mutations';

/** OBP checks `user_id` as an id field (contract §0.1): up to 36 characters of letters, digits, `-`, `.`, `_`. */
export const linkUserSchema = z.object({
  user_id: z
    .string()
    .check(z.trim(), z.minLength(1, REQUIRED), z.maxLength(ID_MAX_LENGTH, `${TOO_LONG}:${ID_MAX_LENGTH}`), z.regex(ID_PATTERN, INVALID_ID)),
});
export type LinkUserValues = z.input<typeof linkUserSchema>;

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
        schema: userCustomerLink,
      }),
    onSuccess: () => invalidateCustomerSearches(queryClient),
  });
}
