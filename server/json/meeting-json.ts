import type { Meeting } from '@/api/schemas/meetings';
import type { ContactDetails, MeetingRecord } from '../repositories/meeting-repository';

const contactDetailsJson = (contact: ContactDetails) => ({
  name: contact.name,
  mobile_phone: contact.mobilePhone,
  email_address: contact.emailAddress,
});

/** `MeetingJsonV310` (contract §2.32–2.34). */
export function meetingJsonV310(meeting: MeetingRecord): Meeting {
  return {
    meeting_id: meeting.meetingId,
    provider_id: meeting.providerId,
    purpose_id: meeting.purposeId,
    bank_id: meeting.bankId,
    present: { staff_user_id: meeting.staffUserId, customer_user_id: meeting.customerUserId },
    keys: { session_id: meeting.sessionId, staff_token: meeting.staffToken, customer_token: meeting.customerToken },
    when: meeting.when,
    creator: contactDetailsJson(meeting.creator),
    invitees: meeting.invitees.map((invitee) => ({ contact_details: contactDetailsJson(invitee.contactDetails), status: invitee.status })),
  };
}
