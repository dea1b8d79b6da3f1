import { MEETING_LIMITS, postMeeting, type PostMeeting } from '@/api/schemas/meetings';
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

const contactBody = (contact: MeetingContact) => ({ name: contact.name, mobile_phone: contact.mobilePhone, email_address: contact.emailAddress });

/** `CreateMeetingJsonV310`, checked against the shared wire schema before it leaves. */
export const toCreateMeetingBody = (meeting: NewMeeting): PostMeeting =>
  postMeeting.parse({
    provider_id: meeting.providerId,
    purpose_id: meeting.purposeId,
    date: meeting.date,
    creator: contactBody(meeting.creator),
    invitees: meeting.invitees.map((invitee) => ({ contact_details: contactBody(invitee.contactDetails), status: invitee.status })),
  });
