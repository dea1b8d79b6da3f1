import { USER_HAS_MISSING_ROLES } from './error-messages';

/**
 * Error texts of the meetings and CRM-events endpoints. OBP's own (OBP-30104) exactly as `NewStyle.getMeeting` builds
 * it, trailing space included (contract §2.32–2.34); the sandbox's stricter checks in OBP's style.
 */
export const meetingNotFound = (meetingId: string) => `OBP-30104: Meeting not found. Current MeetingId(${meetingId}) `;

/** The CreateMeetingJson class OBP names in a failed extraction (the v2.0.0 name, contract §2.32). */
export const CREATE_MEETING_JSON = 'CreateMeetingJson';

/**
 * Stricter than OBP (which lets any signed-in user read every bank's meetings and CRM events): only staff of the
 * bank. Worded as an OBP-20006 (so it is a 403) naming the requirement, since no single role expresses it.
 */
export const notStaffAtBank = (bankId: string, anyBankRoles: readonly string[] = []) =>
  `${USER_HAS_MISSING_ROLES} any role at Bank(${bankId})${anyBankRoles.map((role) => ` or ${role}`).join('')}. Only staff of this bank may see or book its meetings and CRM events.`;
