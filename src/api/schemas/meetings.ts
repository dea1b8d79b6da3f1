import * as z from 'zod/mini';
import { nullableObpDate, obpDate } from './common';

export const MEETING_LIMITS = { provider_id: 64, purpose_id: 64, name: 255, creator_phone: 32, invitee_phone: 255, email: 100, status: 255 } as const;

const contactDetails = z.object({ name: z.string(), mobile_phone: z.string(), email_address: z.string() });
export const meetingInvitee = z.object({ contact_details: contactDetails, status: z.string() });
export type MeetingInvitee = z.infer<typeof meetingInvitee>;

/** `CreateMeetingJsonV310` (a bad body is reported as `CreateMeetingJson`, the v2.0.0 class). */
export const postMeeting = z.object({
  provider_id: z.string(),
  purpose_id: z.string(),
  date: obpDate,
  creator: contactDetails,
  invitees: z.array(meetingInvitee),
});
export type PostMeeting = z.infer<typeof postMeeting>;

/** `MeetingJsonV310`. */
export const meeting = z.object({
  meeting_id: z.string(),
  provider_id: z.string(),
  purpose_id: z.string(),
  bank_id: z.string(),
  present: z.object({ staff_user_id: z.string(), customer_user_id: z.string() }),
  keys: z.object({ session_id: z.string(), staff_token: z.string(), customer_token: z.string() }),
  when: nullableObpDate,
  creator: contactDetails,
  invitees: z.array(meetingInvitee),
});
export type Meeting = z.infer<typeof meeting>;
export const meetingList = z.object({ meetings: z.array(meeting) });
