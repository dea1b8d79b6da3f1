import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { customerAttributeList } from '@/api/schemas/customer-attributes';

export const customerAttributeQueries = {
  all: () => ['customer-attributes'] as const,
  customer: (bankId: string, customerId: string) => [...customerAttributeQueries.all(), bankId, customerId] as const,
  /** `GET /banks/BANK_ID/customers/CUSTOMER_ID/attributes` (v4.0.0). */
  list: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...customerAttributeQueries.customer(bankId, customerId), 'list'] as const,
      queryFn: async ({ signal }) =>
        (
          await obpRequest({
            path: path`/banks/${bankId}/customers/${customerId}/attributes`,
            schema: customerAttributeList,
            signal,
          })
        ).customer_attributes,
    }),
};
