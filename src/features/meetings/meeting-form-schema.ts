import * as z from 'zod/mini';
import { MEETING_FIELD_LIMITS, type NewMeeting } from '@/api/drafts/meetings';
import type { Customer } from '@/api/wire/customers';
import type { CurrentUser } from '@/api/wire/users';
import { localDateTimeToObpDate } from '@/lib/obp-dates';
import { EMAIL, limitedText, requiredText } from '@/lib/validation';
import { DEFAULT_DURATION, DURATIONS } from './meeting-model';

/*
 * The scheduling form: one zod schema mirroring OBP's CreateMeetingJsonV310 and its column limits (contract §H:
 * provider and purpose 64, names 255, creator phone 32, invitee phone 255, emails 100), the body builder, and the
 * mutation. Messages are keys of the `meetings` namespace; a length limit travels as `key:limit`.
 */

export const REQUIRED = 'meetings.validation.required';
export const TOO_LONG = 'meetings.validation.tooLong';
export const NOT_URL_FRIENDLY = 'meetings.validation.urlFriendly';
export const INVALID_EMAIL = 'meetings.validation.email';
export const INVALID_DATE = 'meetings.validation.dateTime';
export const INVALID_DURATION = 'meetings.validation.duration';

/** Ids travel in URLs (OBP's own "URL-friendly" rule): letters, digits, `-`, `_`, `.`, `~`, and no spaces. */
export const URL_FRIENDLY = /^[A-Za-z0-9._~-]+$/;
/** Lenient on purpose: OBP stores any string; this only catches what is plainly not an address. */
const DATE_TIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

const text = (limit: number) => limitedText(limit, TOO_LONG);
const required = (limit: number) => requiredText(limit, REQUIRED, TOO_LONG);
const email = text(MEETING_FIELD_LIMITS.email).check(z.refine((value) => value === '' || EMAIL.test(value), INVALID_EMAIL));
const urlFriendlyId = required(MEETING_FIELD_LIMITS.providerId).check(
  z.refine((value) => value === '' || URL_FRIENDLY.test(value), NOT_URL_FRIENDLY),
);

export function isDateTimeLocal(value: string): boolean {
  return DATE_TIME_LOCAL.test(value) && !Number.isNaN(new Date(value).getTime());
}

export const inviteeSchema = z.object({
  name: required(MEETING_FIELD_LIMITS.name),
  mobilePhone: text(MEETING_FIELD_LIMITS.inviteePhone),
  emailAddress: email,
  status: required(MEETING_FIELD_LIMITS.status),
});

export const meetingFormSchema = z.object({
  providerId: urlFriendlyId,
  purposeId: required(MEETING_FIELD_LIMITS.purposeId).check(z.refine((value) => value === '' || URL_FRIENDLY.test(value), NOT_URL_FRIENDLY)),
  date: z.string().check(z.minLength(1, REQUIRED), z.refine((value) => value === '' || isDateTimeLocal(value), INVALID_DATE)),
  duration: z.string().check(z.refine((value) => (DURATIONS as readonly number[]).includes(Number(value)), INVALID_DURATION)),
  creator: z.object({
    name: required(MEETING_FIELD_LIMITS.name),
    mobilePhone: text(MEETING_FIELD_LIMITS.creatorPhone),
    emailAddress: email,
  }),
  invitees: z.array(inviteeSchema),
});
export type MeetingFormValues = z.input<typeof meetingFormSchema>;
export type MeetingFormOutput = z.output<typeof meetingFormSchema>;
export type InviteeValues = MeetingFormValues['invitees'][number];

export const emptyInvitee = (): InviteeValues => ({ name: '', mobilePhone: '', emailAddress: '', status: 'invited' });

export const inviteeFromCustomer = (customer: Customer): InviteeValues => ({
  name: customer.legalName.slice(0, MEETING_FIELD_LIMITS.name),
  mobilePhone: customer.mobilePhoneNumber.slice(0, MEETING_FIELD_LIMITS.inviteePhone),
  emailAddress: customer.email.slice(0, MEETING_FIELD_LIMITS.email),
  status: 'invited',
});

/** The next half hour from now, as a `datetime-local` value: a sensible first guess that is never in the past. */
export function nextHalfHour(now = new Date()): string {
  const next = new Date(now.getTime());
  next.setSeconds(0, 0);
  next.setMinutes(next.getMinutes() < 30 ? 30 : 60);
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T${pad(next.getHours())}:${pad(next.getMinutes())}`;
}

/** The signed-in user as the creator (OBP's /users/current has a username and an email, no phone). */
export function meetingDefaults(user: CurrentUser | undefined, invitees: InviteeValues[], now = new Date()): MeetingFormValues {
  return {
    providerId: '',
    purposeId: '',
    date: nextHalfHour(now),
    duration: String(DEFAULT_DURATION),
    creator: {
      name: (user?.username ?? '').slice(0, MEETING_FIELD_LIMITS.name),
      mobilePhone: '',
      emailAddress: (user?.email ?? '').slice(0, MEETING_FIELD_LIMITS.email),
    },
    invitees,
  };
}

/** The meeting `useCreateMeeting` sends (as OBP's body, checked against the shared wire schema). */
export function newMeeting(values: MeetingFormOutput): NewMeeting {
  return {
    providerId: values.providerId,
    purposeId: values.purposeId,
    date: localDateTimeToObpDate(values.date),
    creator: values.creator,
    invitees: values.invitees.map(({ status, ...contactDetails }) => ({ contactDetails, status })),
  };
}

