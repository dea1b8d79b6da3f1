import { MEETING_LIMITS } from '@/api/schemas/meetings';
import type { Meeting } from '@/api/wire/meetings';
import { fieldLimits } from './field-limits';

/** OBP's meeting column limits (contract §H) under the console's names. */
export const MEETING_FIELD_LIMITS = fieldLimits(MEETING_LIMITS);

/** A contact as a meeting keeps it, in the console's names (those of `Meeting`). */
export type MeetingContact = Meeting['creator'];

/** A meeting to schedule; the date is an OBP date. */
export type NewMeeting = {
  providerId: string;
  purposeId: string;
  date: string;
  creator: MeetingContact;
  invitees: Array<{ contactDetails: MeetingContact; status: string }>;
};
