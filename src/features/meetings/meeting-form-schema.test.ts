import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/api/wire/users';
import { toCreateMeetingBody } from '@/api/bodies/meetings';
import { meetingDefaults, meetingFormSchema, newMeeting, nextHalfHour, type MeetingFormValues } from './meeting-form-schema';

const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = originalZone;
});

const valid = (): MeetingFormValues => ({
  providerId: 'in-person',
  purposeId: 'mortgage',
  date: '2026-11-24T10:30',
  duration: '45',
  creator: { name: 'manager', mobilePhone: '', emailAddress: 'manager@example.com' },
  invitees: [{ name: 'Eveline Tripman', mobilePhone: '+44 07972 444 876', emailAddress: 'eveline@example.com', status: 'invited' }],
});

const messagesOf = (values: MeetingFormValues) => {
  const result = meetingFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the scheduling form', () => {
  it('accepts a complete meeting and sends OBP’s body, in UTC without milliseconds', () => {
    const parsed = meetingFormSchema.parse(valid());
    expect(toCreateMeetingBody(newMeeting(parsed))).toEqual({
      provider_id: 'in-person',
      purpose_id: 'mortgage',
      date: '2026-11-24T02:30:00Z',
      creator: { name: 'manager', mobile_phone: '', email_address: 'manager@example.com' },
      invitees: [
        {
          contact_details: { name: 'Eveline Tripman', mobile_phone: '+44 07972 444 876', email_address: 'eveline@example.com' },
          status: 'invited',
        },
      ],
    });
  });

  it('refuses ids with spaces, as OBP wants them URL-friendly', () => {
    expect(messagesOf({ ...valid(), providerId: 'in person' })).toEqual({ providerId: 'meetings.validation.urlFriendly' });
    expect(messagesOf({ ...valid(), purposeId: 'kyc review' })).toEqual({ purposeId: 'meetings.validation.urlFriendly' });
    expect(meetingFormSchema.parse({ ...valid(), providerId: ' video ' }).providerId).toBe('video');
  });

  it('mirrors OBP’s column limits', () => {
    const long = (length: number) => 'x'.repeat(length);
    const values = valid();
    values.providerId = long(65);
    values.creator.mobilePhone = long(33);
    values.creator.emailAddress = `${long(95)}@b.com`;
    values.invitees[0]!.name = long(256);
    expect(messagesOf(values)).toEqual({
      providerId: 'meetings.validation.tooLong:64',
      'creator.mobilePhone': 'meetings.validation.tooLong:32',
      'creator.emailAddress': 'meetings.validation.tooLong:100',
      'invitees.0.name': 'meetings.validation.tooLong:255',
    });
  });

  it('needs the essentials and real email addresses', () => {
    const values = valid();
    values.date = '';
    values.creator.name = '  ';
    values.invitees[0]!.emailAddress = 'not-an-email';
    values.invitees[0]!.name = '';
    expect(messagesOf(values)).toEqual({
      date: 'meetings.validation.required',
      'creator.name': 'meetings.validation.required',
      'invitees.0.name': 'meetings.validation.required',
      'invitees.0.emailAddress': 'meetings.validation.email',
    });
    expect(messagesOf({ ...valid(), duration: '7' })).toEqual({ duration: 'meetings.validation.duration' });
    expect(messagesOf({ ...valid(), invitees: [] })).toEqual({});
  });

  it('prefills the creator from the signed-in user and proposes the next half hour', () => {
    const user = { username: 'manager', email: 'manager@example.com' } as CurrentUser;
    const defaults = meetingDefaults(user, [], new Date(2026, 10, 23, 9, 10));
    expect(defaults.creator).toEqual({ name: 'manager', mobilePhone: '', emailAddress: 'manager@example.com' });
    expect(defaults.date).toBe('2026-11-23T09:30');
    expect(defaults.duration).toBe('30');
    expect(nextHalfHour(new Date(2026, 10, 23, 23, 45))).toBe('2026-11-24T00:00');
  });
});
