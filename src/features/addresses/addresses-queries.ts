import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { customerAddressList } from '@/api/schemas/addresses';

export const addressQueries = {
  all: () => ['customer-addresses'] as const,
  customer: (bankId: string, customerId: string) => [...addressQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/addresses` (v3.1.0; OBP sets no order). */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...addressQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/banks/${bankId}/customers/${customerId}/addresses`, schema: customerAddressList, signal }))
          .addresses,
    }),
};
