import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { tolerantCrmEventList } from '@/api/wire/crm-events';

/**
 * A bank's CRM events (OBP has no paging, filter or per-customer read): the CRM events page and the customer
 * timeline read the same list, so it is fetched once for both.
 */
export const crmEventQueries = {
  all: () => ['crm-events'] as const,
  list: (bankId: string) =>
    queryOptions({
      queryKey: [...crmEventQueries.all(), bankId, 'list'] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/banks/${bankId}/crm-events`, schema: tolerantCrmEventList, signal }),
    }),
};
