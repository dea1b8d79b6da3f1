import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { toCreditLimitRequestBody } from '@/api/bodies/credit';
import type { CreditLimitRequestDraft } from '@/api/drafts/credit';
import {
  tolerantCreditLimitOrderResponse,
  tolerantCreditLimitRequest,
  tolerantCreditLimitRequestList,
  type CreatedCreditLimitRequest,
  type CreditLimitRequestRow,
} from '@/api/wire/credit';
import { useCustomerUpdate } from './customers';

export type { CreatedCreditLimitRequest, CreditLimitRequestRow };

/**
 * Credit-limit requests (removed from OBP in 2023, contract §2.5). A server that lacks them answers 404 OBP-10404,
 * which the section shows as "not available on this server" (`ObpError.isNotServed`).
 */
export const creditQueries = {
  all: () => ['credit'] as const,
  customer: (bankId: string, customerId: string) => [...creditQueries.all(), bankId, customerId] as const,
  limitRequests: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...creditQueries.customer(bankId, customerId), 'limit-requests'] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/credit_limit/requests`, schema: tolerantCreditLimitRequestList, signal }),
    }),
  limitRequest: (bankId: string, customerId: string, requestId: string) =>
    queryOptions({
      queryKey: [...creditQueries.customer(bankId, customerId), 'limit-requests', 'detail', requestId] as const,
      queryFn: ({ signal }) =>
        obpRequest({
          path: path`/banks/${bankId}/customers/${customerId}/credit_limit/requests/${requestId}`,
          schema: tolerantCreditLimitRequest,
          signal,
        }),
    }),
};

/** `POST …/credit_limit/requests` → 201 `CreditLimitOrderResponseJson`. */
export function useCreateCreditLimitRequest(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: CreditLimitRequestDraft) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/credit_limit/requests`,
        body: toCreditLimitRequestBody(draft),
        schema: tolerantCreditLimitOrderResponse,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: creditQueries.limitRequests(bankId, customerId).queryKey }),
  });
}

/** `PUT …/credit-rating-and-source` from `{rating, source}` — a flat body, unlike the record's `credit_rating`. */
export const useUpdateCreditRating = (bankId: string, customerId: string) => useCustomerUpdate(bankId, customerId, 'credit-rating-and-source');

/** `PUT …/credit-limit` from `{currency, amount}`, sent as `{credit_limit: {currency, amount}}`. */
export const useUpdateCreditLimit = (bankId: string, customerId: string) => useCustomerUpdate(bankId, customerId, 'credit-limit');
