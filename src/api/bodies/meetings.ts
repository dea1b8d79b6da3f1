import type { MeetingContact, NewMeeting } from '@/api/drafts/meetings';
import { postMeeting, type PostMeeting } from '@/api/schemas/meetings';

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
