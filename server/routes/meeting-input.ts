import { MEETING_LIMITS, type PostMeeting } from '@/api/schemas/meetings';
import { INVALID_JSON_FORMAT } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';
import { codePointLength } from '../search/like-pattern';

/** Characters of a URL path segment that need no escaping (RFC 3986 "unreserved"). */
const URL_FRIENDLY = /^[A-Za-z0-9\-._~]+$/;

/**
 * Stricter than OBP, whose columns would fail (or silently hold) such values: `provider_id` and `purpose_id` are ids a
 * URL can carry as they are, and no field is longer than its column (contract §H). Each failure names the field.
 */
export function checkMeetingFields(body: PostMeeting): void {
  for (const field of ['provider_id', 'purpose_id'] as const) {
    const value = body[field];
    if (!URL_FRIENDLY.test(value) || value.length > MEETING_LIMITS[field]) {
      throw badRequest(
        `${INVALID_JSON_FORMAT} The field ${field} must be URL-friendly: 1 to ${MEETING_LIMITS[field]} of the characters A-Z, a-z, 0-9, '-', '.', '_' and '~' (no spaces).`,
      );
    }
  }
  const fields: Array<[string, string, number]> = [
    ['creator.name', body.creator.name, MEETING_LIMITS.name],
    ['creator.mobile_phone', body.creator.mobile_phone, MEETING_LIMITS.creator_phone],
    ['creator.email_address', body.creator.email_address, MEETING_LIMITS.email],
  ];
  body.invitees.forEach((invitee, index) => {
    const path = `invitees[${index}]`;
    fields.push(
      [`${path}.contact_details.name`, invitee.contact_details.name, MEETING_LIMITS.name],
      [`${path}.contact_details.mobile_phone`, invitee.contact_details.mobile_phone, MEETING_LIMITS.invitee_phone],
      [`${path}.contact_details.email_address`, invitee.contact_details.email_address, MEETING_LIMITS.email],
      [`${path}.status`, invitee.status, MEETING_LIMITS.status],
    );
  });
  for (const [name, value, limit] of fields) {
    if (value.includes('\u0000')) throw badRequest(`${INVALID_JSON_FORMAT} The field ${name} must not contain the NUL character.`);
    const length = codePointLength(value);
    if (length > limit) {
      throw badRequest(`${INVALID_JSON_FORMAT} The field ${name} is too long: at most ${limit} characters are allowed, it has ${length}.`);
    }
  }
}
