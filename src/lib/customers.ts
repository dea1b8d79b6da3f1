import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { customerWithAttributesV310 } from '@/api/schemas/customers';

/** The customer record itself: shared by the record's header and every tab that needs the customer. */
export const customerQueries = {
  all: () => ['customers'] as const,
  bank: (bankId: string) => [...customerQueries.all(), bankId] as const,
  detail: (bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...customerQueries.bank(bankId), 'detail', customerId] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/banks/${bankId}/customers/${customerId}`, schema: customerWithAttributesV310, signal }),
    }),
};
