import * as z from 'zod/mini';
import { date, id, list, listEnvelope, text } from './tolerant';

/*
 * Meetings as OBP sends them: `MeetingJsonV310` built by `JSONFactory310.createMeetingJson`
 * (obp-api/src/main/scala/code/api/v3_1_0/JSONFactory3.1.0.scala) from `MappedMeeting` (code/meetings/
 * MappedMeetingProvider.scala): `present.staff_user_id` is never set (""), the `keys` are always "" (TokBox code
 * commented out), invitees are stored rows whose text may be null. An adapter may send null for any of it.
 */
const contactDetails = z.pipe(
  z.optional(z.nullable(z.looseObject({ name: text, mobile_phone: text, email_address: text }))),
  z.transform((wire) => ({ name: wire?.name ?? '', mobilePhone: wire?.mobile_phone ?? '', emailAddress: wire?.email_address ?? '' })),
);

const invitee = z.pipe(
  z.looseObject({ contact_details: contactDetails, status: text }),
  z.transform((wire) => ({ contactDetails: wire.contact_details, status: wire.status })),
);
export type MeetingInvitee = z.output<typeof invitee>;

export const tolerantMeeting = z.pipe(
  z.looseObject({
    meeting_id: id,
    provider_id: text,
    purpose_id: text,
    bank_id: text,
    present: z.optional(z.nullable(z.looseObject({ staff_user_id: text, customer_user_id: text }))),
    when: date,
    creator: contactDetails,
    invitees: list(z.unknown()),
  }),
  z.transform((wire) => ({
    meetingId: wire.meeting_id,
    providerId: wire.provider_id,
    purposeId: wire.purpose_id,
    bankId: wire.bank_id,
    /** OBP sets `customer_user_id` to the creating user and never sets `staff_user_id`; "" = not recorded. */
    present: { staffUserId: wire.present?.staff_user_id ?? '', customerUserId: wire.present?.customer_user_id ?? '' },
    /** Undefined: no date recorded. */
    when: wire.when,
    creator: wire.creator,
    // An invitee that cannot be read is left out of the meeting rather than hiding the meeting.
    invitees: wire.invitees.flatMap((row) => {
      const parsed = invitee.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    }),
  })),
);

/** The meeting the screens use (OBP's always-empty TokBox `keys` are not part of it). */
export type Meeting = z.output<typeof tolerantMeeting>;

/** `GET /banks/BANK_ID/meetings` → `MeetingsJsonV310 {meetings: [...]}`. */
export const tolerantMeetingList = listEnvelope('meetings', tolerantMeeting, 'meeting_id');
