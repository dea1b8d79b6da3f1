import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { meeting, meetingList, type Meeting, type PostMeeting } from '@/api/schemas/meetings';

/**
 * A bank's meetings: read by the scheduler and by the customer timeline, so creating a meeting refreshes both. OBP
 * returns every meeting of the bank at once (no paging), newest `when` first.
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

/** OBP keeps no duration: the console remembers the one chosen beside the meeting it created. */
export type CreateMeetingInput = { body: PostMeeting; durationMinutes: number };

/**
 * `POST /banks/BANK_ID/meetings` (201). Resolves once the bank's meeting list has been read again, so the week the
 * user is taken to already shows the new meeting; `beforeRefresh` runs first (the duration is kept there).
 */
export function useCreateMeeting(bankId: string, beforeRefresh?: (created: Meeting, input: CreateMeetingInput) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body }: CreateMeetingInput): Promise<Meeting> =>
      obpRequest({ method: 'POST', path: path`/banks/${bankId}/meetings`, body, schema: meeting }),
    onSuccess: async (created, input) => {
      beforeRefresh?.(created, input);
      queryClient.setQueryData(meetingQueries.detail(bankId, created.meeting_id).queryKey, created);
      // 'all': the list is read again even when no page shows it right now, so the week the user lands on has it.
      await queryClient.invalidateQueries({ queryKey: meetingQueries.list(bankId).queryKey, refetchType: 'all' });
    },
  });
}
