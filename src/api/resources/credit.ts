import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { obpRequest, path } from '@/api/client';
import {
  creditLimitOrder,
  creditLimitOrderResponse,
  type PostCreditLimitRequest,
} from '@/api/schemas/credit-limit-requests';
import type { putCustomerCreditLimit, putCustomerCreditRatingAndSource } from '@/api/schemas/customer-updates';
import { useCustomerUpdate } from './customers';

/** A stored request: OBP's `CreditLimitOrderJson`, plus whatever identifies it and what was asked for. */
const storedRequest = z.looseObject({
  ...creditLimitOrder.shape,
  credit_limit_request_id: z.optional(z.string()),
  request_id: z.optional(z.string()),
  id: z.optional(z.string()),
  token: z.optional(z.string()),
  short_reference: z.optional(z.string()),
});
type StoredRequest = z.infer<typeof storedRequest>;

/**
 * The list's answer. OBP (before 2023) answered one `CreditLimitOrderJson`; a server that keeps requests answers a
 * list of them, bare or wrapped: each is accepted, so the console reads any of them.
 */
const requestListAnswer = z.union([
  z.array(storedRequest),
  z.object({ credit_limit_requests: z.array(storedRequest) }),
  z.object({ requests: z.array(storedRequest) }),
  storedRequest,
]);

export type CreditLimitRequestRow = {
  /** What `GET …/requests/REQUEST_ID` takes; undefined when the server gives no id (OBP's old single answer). */
  id: string | undefined;
  reference: string;
  order: StoredRequest;
};

export function requestRows(answer: z.infer<typeof requestListAnswer>): CreditLimitRequestRow[] {
  const items = Array.isArray(answer)
    ? answer
    : 'credit_limit_requests' in answer && Array.isArray(answer.credit_limit_requests)
      ? answer.credit_limit_requests
      : 'requests' in answer && Array.isArray(answer.requests)
        ? answer.requests
        : [answer as StoredRequest];
  return items.map((order, index) => {
    const id = order.credit_limit_request_id ?? order.request_id ?? order.id ?? order.token;
    return { id, reference: order.short_reference || id || String(index + 1), order };
  });
}

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
      queryFn: async ({ signal }) =>
        requestRows(
          await obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/credit_limit/requests`, schema: requestListAnswer, signal }),
        ),
    }),
  limitRequest: (bankId: string, customerId: string, requestId: string) =>
    queryOptions({
      queryKey: [...creditQueries.customer(bankId, customerId), 'limit-requests', 'detail', requestId] as const,
      queryFn: ({ signal }) =>
        obpRequest({
          path: path`/banks/${bankId}/customers/${customerId}/credit_limit/requests/${requestId}`,
          schema: storedRequest,
          signal,
        }),
    }),
};

export type CreatedCreditLimitRequest = z.infer<typeof creditLimitOrderResponse>;

/** `POST …/credit_limit/requests` → 201 `CreditLimitOrderResponseJson`. */
export function useCreateCreditLimitRequest(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostCreditLimitRequest) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/credit_limit/requests`,
        body,
        schema: creditLimitOrderResponse,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: creditQueries.limitRequests(bankId, customerId).queryKey }),
  });
}

type CreditRatingBody = z.infer<typeof putCustomerCreditRatingAndSource>;
type CreditLimitBody = z.infer<typeof putCustomerCreditLimit>;
const same = <Body,>(body: Body) => body;

/** `PUT …/credit-rating-and-source` — a flat body, unlike the record's `credit_rating: {rating, source}`. */
export const useUpdateCreditRating = (bankId: string, customerId: string) =>
  useCustomerUpdate<CreditRatingBody>(bankId, customerId, 'credit-rating-and-source', same);

/** `PUT …/credit-limit` with `{credit_limit: {currency, amount}}`. */
export const useUpdateCreditLimit = (bankId: string, customerId: string) =>
  useCustomerUpdate<CreditLimitBody>(bankId, customerId, 'credit-limit', same);
