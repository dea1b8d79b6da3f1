import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { toAddressBody } from '@/api/bodies/addresses';
import type { AddressDraft } from '@/api/drafts/addresses';
import { tolerantAddress, tolerantAddressList } from '@/api/wire/addresses';
import { deletedBody } from '@/api/schemas/common';

export const addressQueries = {
  all: () => ['customer-addresses'] as const,
  customer: (bankId: string, customerId: string) => [...addressQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/addresses` (v3.1.0; OBP sets no order). */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...addressQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/addresses`, schema: tolerantAddressList, signal }),
    }),
};

async function invalidateAddresses(queryClient: QueryClient, bankId: string, customerId: string) {
  await queryClient.invalidateQueries({ queryKey: addressQueries.customer(bankId, customerId) });
}

/** `POST …/customers/CUSTOMER_ID/address` (singular) → 201 `CustomerAddressJsonV310`. */
export function useCreateAddress(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: AddressDraft) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/address`,
        body: toAddressBody(draft),
        schema: tolerantAddress,
      }),
    onSuccess: () => invalidateAddresses(queryClient, bankId, customerId),
  });
}

/** `PUT …/customers/CUSTOMER_ID/addresses/ADDRESS_ID` → 200; OBP checks CanCreateCustomer here (contract §2.14). */
export function useUpdateAddress(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ addressId, draft }: { addressId: string; draft: AddressDraft }) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/addresses/${addressId}`,
        body: toAddressBody(draft),
        schema: tolerantAddress,
      }),
    onSuccess: () => invalidateAddresses(queryClient, bankId, customerId),
  });
}

/** `DELETE …/customers/CUSTOMER_ID/addresses/ADDRESS_ID` → 200 with the JSON literal `true`. */
export function useDeleteAddress(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (addressId: string) =>
      obpRequest({ method: 'DELETE', path: path`/banks/${bankId}/customers/${customerId}/addresses/${addressId}`, schema: deletedBody }),
    onSuccess: () => invalidateAddresses(queryClient, bankId, customerId),
  });
}
