import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { taxResidenceList } from '@/api/schemas/tax-residences';

export const taxResidenceQueries = {
  all: () => ['tax-residences'] as const,
  customer: (bankId: string, customerId: string) => [...taxResidenceQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/tax-residences` (v3.1.0; the list key is singular). */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...taxResidenceQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/tax-residences`, schema: taxResidenceList, signal }))
          .tax_residence,
    }),
};
