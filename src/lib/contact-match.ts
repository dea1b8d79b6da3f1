/**
 * Matching people across OBP records that share no id: a meeting invitee and a customer are the same person when
 * their email addresses or mobile numbers agree. Numbers are written in many ways ("+44 07972 444 876",
 * "+44-07972-444876"), so they are compared by their digits alone.
 */

/** Fewer digits than this is not a phone number worth matching on (an extension, a typo, a placeholder). */
const MIN_PHONE_DIGITS = 6;

export function phoneDigits(value: string | null | undefined): string {
  return (value ?? '').replace(/\D/g, '');
}

export function normalisedEmail(value: string | null | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

export function samePhone(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = phoneDigits(a);
  return left.length >= MIN_PHONE_DIGITS && left === phoneDigits(b);
}

export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normalisedEmail(a);
  return left.includes('@') && left === normalisedEmail(b);
}

export type Contact = { email?: string | null | undefined; mobile?: string | null | undefined };

/** Whether two contacts are the same person: by email, or by the digits of the mobile number. */
export function sameContact(a: Contact, b: Contact): boolean {
  return sameEmail(a.email, b.email) || samePhone(a.mobile, b.mobile);
}
