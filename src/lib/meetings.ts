import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { meeting, meetingList } from '@/api/schemas/meetings';

/**
 * A bank's meetings: read by the scheduler and by the customer timeline, so the key factory lives here and creating
 * a meeting refreshes both. OBP returns every meeting of the bank at once (no paging), newest `when` first.
 */
export const meetingQueries = {
  all: () => ['meetings'] as const,
  bank: (bankId: string) => [...meetingQueries.all(), bankId] as const,
  list: (bankId: string) =>
    queryOptions({
      queryKey: [...meetingQueries.bank(bankId), 'list'] as const,
      queryFn: async ({ signal }) => (await obpRequest({ path: path`/banks/${bankId}/meetings`, schema: meetingList, signal })).meetings,
    }),
  detail: (bankId: string, meetingId: string) =>
    queryOptions({
      queryKey: [...meetingQueries.bank(bankId), 'detail', meetingId] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/banks/${bankId}/meetings/${meetingId}`, schema: meeting, signal }),
    }),
};
