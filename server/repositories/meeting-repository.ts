import type { SandboxDatabase } from '../database/sandbox-database';

export type ContactDetails = { name: string; mobilePhone: string; emailAddress: string };
export type MeetingInviteeRecord = { contactDetails: ContactDetails; status: string };

export type MeetingRecord = {
  meetingId: string;
  bankId: string;
  providerId: string;
  purposeId: string;
  /** OBP's `customer_user_id`: the user who created the meeting. */
  customerUserId: string;
  /** Never set by OBP; the sandbox records the creating staff user. */
  staffUserId: string;
  sessionId: string;
  customerToken: string;
  staffToken: string;
  when: string;
  creator: ContactDetails;
  /** In the order they were posted. */
  invitees: MeetingInviteeRecord[];
};

type MeetingRow = {
  meeting_id: string;
  bank_id: string;
  provider_id: string;
  purpose_id: string;
  customer_user_id: string;
  staff_user_id: string;
  session_id: string;
  customer_token: string;
  staff_token: string;
  when_at: string;
  creator_name: string;
  creator_phone: string;
  creator_email: string;
};

type InviteeRow = { meeting_id: string; name: string; mobile_phone: string; email_address: string; status: string };

const toRecord = (row: MeetingRow, invitees: MeetingInviteeRecord[]): MeetingRecord => ({
  meetingId: row.meeting_id,
  bankId: row.bank_id,
  providerId: row.provider_id,
  purposeId: row.purpose_id,
  customerUserId: row.customer_user_id,
  staffUserId: row.staff_user_id,
  sessionId: row.session_id,
  customerToken: row.customer_token,
  staffToken: row.staff_token,
  when: row.when_at,
  creator: { name: row.creator_name, mobilePhone: row.creator_phone, emailAddress: row.creator_email },
  invitees,
});

const toInvitee = (row: InviteeRow): MeetingInviteeRecord => ({
  contactDetails: { name: row.name, mobilePhone: row.mobile_phone, emailAddress: row.email_address },
  status: row.status,
});

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;

export function createMeetingRepository(database: SandboxDatabase) {
  const columns = `meeting_id, bank_id, provider_id, purpose_id, customer_user_id, staff_user_id, session_id, customer_token,
    staff_token, when_at, creator_name, creator_phone, creator_email`;
  const insertMeeting = database.prepare(
    `INSERT INTO meetings (${columns}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInvitee = database.prepare(
    'INSERT INTO meeting_invitees (meeting_id, name, mobile_phone, email_address, status) VALUES (?, ?, ?, ?, ?)',
  );
  const byIdAtBank = database.prepare<[string, string], MeetingRow>(`SELECT ${columns} FROM meetings WHERE meeting_id = ? AND bank_id = ?`);
  const inviteesOfMeeting = database.prepare<[string], InviteeRow>(
    'SELECT meeting_id, name, mobile_phone, email_address, status FROM meeting_invitees WHERE meeting_id = ? ORDER BY id',
  );
  // Newest first; meetings at the same time, the one created last first.
  const atBank = database.prepare<[string], MeetingRow>(
    `SELECT ${columns} FROM meetings WHERE bank_id = ? ORDER BY when_at DESC, id DESC`,
  );
  const inviteesAtBank = database.prepare<[string], InviteeRow>(
    `SELECT invitee.meeting_id, invitee.name, invitee.mobile_phone, invitee.email_address, invitee.status
     FROM meeting_invitees invitee JOIN meetings meeting ON meeting.meeting_id = invitee.meeting_id
     WHERE meeting.bank_id = ? ORDER BY invitee.id`,
  );

  const create = database.transaction((meeting: MeetingRecord, createdAt: string) => {
    insertMeeting.run(
      meeting.meetingId,
      meeting.bankId,
      meeting.providerId,
      meeting.purposeId,
      meeting.customerUserId,
      meeting.staffUserId,
      meeting.sessionId,
      meeting.customerToken,
      meeting.staffToken,
      meeting.when,
      meeting.creator.name,
      meeting.creator.mobilePhone,
      meeting.creator.emailAddress,
      createdAt,
    );
    for (const invitee of meeting.invitees) {
      const { name, mobilePhone, emailAddress } = invitee.contactDetails;
      insertInvitee.run(meeting.meetingId, name, mobilePhone, emailAddress, invitee.status);
    }
  });

  return {
    /** The meeting and its invitees, in one transaction: both or neither. */
    create(meeting: MeetingRecord, createdAt: string): void {
      create(meeting, createdAt);
    },

    /** A meeting of another bank is not found here. */
    findAtBank(bankId: string, meetingId: string): MeetingRecord | undefined {
      const row = byIdAtBank.get(meetingId, bankId);
      return row && toRecord(row, inviteesOfMeeting.all(meetingId).map(toInvitee));
    },

    /** Every meeting of the bank, newest `when` first, each with its invitees in posting order. */
    listAtBank(bankId: string): MeetingRecord[] {
      const invitees = new Map<string, MeetingInviteeRecord[]>();
      for (const row of inviteesAtBank.all(bankId)) {
        const list = invitees.get(row.meeting_id);
        if (list) list.push(toInvitee(row));
        else invitees.set(row.meeting_id, [toInvitee(row)]);
      }
      return atBank.all(bankId).map((row) => toRecord(row, invitees.get(row.meeting_id) ?? []));
    },
  };
}
