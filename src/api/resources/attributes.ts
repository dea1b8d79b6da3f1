import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { obpRequest, path } from '@/api/client';
import { toAttributeBody } from '@/api/bodies/attributes';
import type { AttributeDraft } from '@/api/drafts/attributes';
import { tolerantCustomerAttribute, tolerantCustomerAttributeList } from '@/api/wire/attributes';
import { invalidateCustomer } from './customers';

export const customerAttributeQueries = {
  all: () => ['customer-attributes'] as const,
  customer: (bankId: string, customerId: string) => [...customerAttributeQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/attributes` (v4.0.0). */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...customerAttributeQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/attributes`, schema: tolerantCustomerAttributeList, signal }),
    }),
};

/** The list and the customer record (it embeds `customer_attributes`), both awaited. */
async function invalidateAttributes(queryClient: QueryClient, bankId: string, customerId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: customerAttributeQueries.customer(bankId, customerId) }),
    invalidateCustomer(queryClient, bankId, customerId),
  ]);
}

/** `POST /banks/BANK_ID/customers/CUSTOMER_ID/attribute` → 201. */
export function useCreateAttribute(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: AttributeDraft) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/attribute`,
        body: toAttributeBody(draft),
        schema: tolerantCustomerAttribute,
      }),
    onSuccess: () => invalidateAttributes(queryClient, bankId, customerId),
  });
}

/** `PUT /banks/BANK_ID/customers/CUSTOMER_ID/attributes/ATTRIBUTE_ID` → 200. */
export function useUpdateAttribute(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attributeId, draft }: { attributeId: string; draft: AttributeDraft }) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/attributes/${attributeId}`,
        body: toAttributeBody(draft),
        schema: tolerantCustomerAttribute,
      }),
    onSuccess: () => invalidateAttributes(queryClient, bankId, customerId),
  });
}

/** OBP's code deletes at `/banks/BANK_ID/customers/attributes/ID` (not the doc's path) and answers 204 with no body. */
export function useDeleteAttribute(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attributeId: string) =>
      obpRequest({ method: 'DELETE', path: path`/banks/${bankId}/customers/attributes/${attributeId}`, schema: z.unknown() }),
    onSuccess: () => invalidateAttributes(queryClient, bankId, customerId),
  });
}
