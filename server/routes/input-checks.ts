import type { NewCustomer } from '../repositories/customer-repository';
import { invalidField } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';

/*
 * The sandbox's `input-checks` extension: what OBP stores without a question but a bank must not keep — text that is
 * no phone number, a birth, KYC check, KYC status or social-media date in the future, an amount with more decimals
 * than its currency has. Refused with OBP's own error shape and code for a body it cannot accept (OBP-10001), worded
 * as the sandbox's other stricter checks. Without the extension the sandbox stores them, as OBP does.
 *
 * The phone rule is deliberately the loose one every notation passes (national or international, spaces, dashes,
 * dots, brackets, a vanity number's letters): a server cannot know which country a number without a country code
 * belongs to. The console checks numbers exactly with libphonenumber-js in the user's region, and sends them in the
 * international format.
 */

/** What numbers are written with: an optional "+", digits, letters (vanity numbers, "ext"), spaces and `( ) . - /`. */
const PHONE_TEXT = /^\+?[0-9A-Za-z ().\-/]+$/;

/** A day's grace: a date typed as "today" somewhere east of UTC is still tomorrow's date here. */
const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

export function checkPhoneNumber(value: string, field: string): void {
  // An empty number is OBP's "none recorded"; the console never sends one.
  if (value === '') return;
  if (!PHONE_TEXT.test(value) || !/\d/.test(value)) {
    throw badRequest(invalidField(field, 'is not a phone number: use digits, spaces and + ( ) . - / only.'));
  }
}

export function checkNotInFuture(date: string | null | undefined, field: string, now: number): void {
  if (date === null || date === undefined) return;
  const instant = Date.parse(date);
  if (!Number.isNaN(instant) && instant > now + FUTURE_GRACE_MS) {
    throw badRequest(invalidField(field, 'must not be in the future.'));
  }
}

/** Decimals a currency has (GBP 2, JPY 0, BHD 3), from ICU as the console reads it; undefined for an unknown code. */
function minorUnits(currency: string): number | undefined {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
}

export function checkAmount(amount: string, currency: string, field: string): void {
  if (amount === '' || currency === '') return;
  const match = /^-?\d+(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw badRequest(invalidField(field, 'must be a number written with digits and a decimal point.'));
  const decimals = match[1]?.length ?? 0;
  const allowed = /^[A-Za-z]{3}$/.test(currency) ? minorUnits(currency.toUpperCase()) : undefined;
  if (allowed !== undefined && decimals > allowed) {
    throw badRequest(invalidField(field, `has ${decimals} decimal places; ${currency.toUpperCase()} has ${allowed}.`));
  }
}

/** createCustomer's fields, in the body's order. */
export function checkNewCustomer(customer: NewCustomer, now: number): void {
  checkPhoneNumber(customer.mobilePhoneNumber, 'mobile_phone_number');
  checkNotInFuture(customer.faceImageDate, 'face_image.date', now);
  checkNotInFuture(customer.dateOfBirth, 'date_of_birth', now);
  customer.dobOfDependants.forEach((date, index) => checkNotInFuture(date, `dob_of_dependants[${index}]`, now));
  checkAmount(customer.creditLimitAmount, customer.creditLimitCurrency, 'credit_limit.amount');
  checkNotInFuture(customer.lastOkDate, 'last_ok_date', now);
}
