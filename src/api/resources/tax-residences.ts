import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { deletedBody } from '@/api/schemas/common';
import { toTaxResidenceBody } from '@/api/bodies/tax-residences';
import type { TaxResidenceDraft } from '@/api/drafts/tax-residences';
import { tolerantTaxResidence, tolerantTaxResidenceList } from '@/api/wire/tax-residences';

export const taxResidenceQueries = {
  all: () => ['tax-residences'] as const,
  customer: (bankId: string, customerId: string) => [...taxResidenceQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/tax-residences` (v3.1.0; the list key is singular). */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...taxResidenceQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/tax-residences`, schema: tolerantTaxResidenceList, signal }),
    }),
};

async function invalidateTaxResidences(queryClient: QueryClient, bankId: string, customerId: string) {
  await queryClient.invalidateQueries({ queryKey: taxResidenceQueries.customer(bankId, customerId) });
}

/** `POST …/customers/CUSTOMER_ID/tax-residence` (singular) → 201; a (domain, tax number) already held is refused. */
export function useCreateTaxResidence(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: TaxResidenceDraft) =>
      obpRequest({
        method: 'POST',
        path: path`/banks/${bankId}/customers/${customerId}/tax-residence`,
        body: toTaxResidenceBody(draft),
        schema: tolerantTaxResidence,
      }),
    onSuccess: () => invalidateTaxResidences(queryClient, bankId, customerId),
  });
}

/** `DELETE …/customers/CUSTOMER_ID/tax_residencies/TAX_RESIDENCE_ID` (OBP's spelling) → 200 `true`. */
export function useDeleteTaxResidence(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (taxResidenceId: string) =>
      obpRequest({
        method: 'DELETE',
        path: path`/banks/${bankId}/customers/${customerId}/tax_residencies/${taxResidenceId}`,
        schema: deletedBody,
      }),
    onSuccess: () => invalidateTaxResidences(queryClient, bankId, customerId),
  });
}
