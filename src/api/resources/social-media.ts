import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { socialMediaHandleList, successBody, type PostSocialMediaHandle } from '@/api/schemas/social-media';

export const socialMediaQueries = {
  all: () => ['social-media-handles'] as const,
  customer: (bankId: string, customerId: string) => [...socialMediaQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/social_media_handles` (v2.0.0): the list key is `checks`. */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...socialMediaQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: async ({ signal }) =>
        (
          await obpRequest({
            path: path`/banks/${bankId}/customers/${customerId}/social_media_handles`,
            schema: socialMediaHandleList,
            signal,
          })
        ).checks,
    }),
};

/** `POST …/customers/CUSTOMER_ID/social_media_handles` → 201 `{"success": "Success"}`. */
export function useAddSocialMediaHandle(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostSocialMediaHandle) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/social_media_handles`,
        body,
        schema: successBody,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: socialMediaQueries.customer(bankId, customerId) }),
  });
}
