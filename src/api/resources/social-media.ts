import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import * as z from 'zod/mini';
import { toSocialMediaHandleBody } from '@/api/bodies/social-media';
import type { SocialMediaHandleDraft } from '@/api/drafts/social-media';
import { tolerantSocialMediaHandleList } from '@/api/wire/social-media';

export const socialMediaQueries = {
  all: () => ['social-media-handles'] as const,
  customer: (bankId: string, customerId: string) => [...socialMediaQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/social_media_handles` (v2.0.0): the list key is `checks`. */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...socialMediaQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: ({ signal }) =>
        obpRequest({
          path: path`/banks/${bankId}/customers/${customerId}/social_media_handles`,
          schema: tolerantSocialMediaHandleList,
          signal,
        }),
    }),
};

/** `POST …/customers/CUSTOMER_ID/social_media_handles` → 201 `{"success": "Success"}`. */
export function useAddSocialMediaHandle(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: SocialMediaHandleDraft) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/social_media_handles`,
        body: toSocialMediaHandleBody(draft),
        // `{"success": "Success"}` (JSONFactory1.2.1 SuccessMessage); nothing in it is used, so any answer will do.
        schema: z.unknown(),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: socialMediaQueries.customer(bankId, customerId) }),
  });
}
