import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { toCreateMeetingBody } from '@/api/bodies/meetings';
import type { NewMeeting } from '@/api/drafts/meetings';
import { tolerantMeeting, tolerantMeetingList, type Meeting } from '@/api/wire/meetings';

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
      queryFn: ({ signal }) => obpRequest({ path: path`/banks/${bankId}/meetings`, schema: tolerantMeetingList, signal }),
    }),
  detail: (bankId: string, meetingId: string) =>
    queryOptions({
      queryKey: [...meetingQueries.bank(bankId), 'detail', meetingId] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/banks/${bankId}/meetings/${meetingId}`, schema: tolerantMeeting, signal }),
    }),
};

/** OBP keeps no duration: the console remembers the one chosen beside the meeting it created. */
export type CreateMeetingInput = { meeting: NewMeeting; durationMinutes: number };

/**
 * `POST /banks/BANK_ID/meetings` (201). Resolves once the bank's meeting list has been read again, so the week the
 * user is taken to already shows the new meeting; `beforeRefresh` runs first (the duration is kept there).
 */
export function useCreateMeeting(bankId: string, beforeRefresh?: (created: Meeting, input: CreateMeetingInput) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    /** Undefined: OBP created the meeting but its answer could not be read; the list read below shows it. */
    mutationFn: ({ meeting }: CreateMeetingInput): Promise<Meeting | undefined> =>
      obpRequest({ method: 'POST', path: path`/banks/${bankId}/meetings`, body: toCreateMeetingBody(meeting), schema: tolerantMeeting }),
    onSuccess: async (created, input) => {
      if (created) {
        beforeRefresh?.(created, input);
        queryClient.setQueryData(meetingQueries.detail(bankId, created.meetingId).queryKey, created);
      }
      // 'all': the list is read again even when no page shows it right now, so the week the user lands on has it.
      await queryClient.invalidateQueries({ queryKey: meetingQueries.list(bankId).queryKey, refetchType: 'all' });
    },
  });
}
