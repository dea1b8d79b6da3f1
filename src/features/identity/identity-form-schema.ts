import * as z from 'zod/mini';
import type { Customer } from '@/api/wire/customers';
import {
  CUSTOMER_FIELD_LIMITS,
  type BranchDraft,
  type CustomerDataDraft,
  type CustomerNumberDraft,
  type EmailDraft,
  type IdentityDraft,
  type MobileNumberDraft,
} from '@/api/drafts/customers';
import { dayToObpDate, obpDateToDay } from '@/lib/obp-dates';
import { isRealDay, isWebUrl, EMAIL, limitedText, requiredText, today } from '@/lib/validation';
import { isValidPhoneNumber, normalisedPhoneNumber, type CountryCode } from '@/lib/phone-number';

/*
 * The six identity updates of OBP (contract §2.13–2.21): one form schema, one draft builder and one mutation each.
 * Forms hold strings; the schemas trim them and mirror OBP's column limits (MappedCustomer, contract §1.1); the
 * draft goes to `useCustomerUpdate`, which makes OBP's body (checked against the shared wire schemas).
 *
 * Schema messages are message keys; a length limit travels as `key:limit` (see `fieldMessage`).
 */

export const REQUIRED = 'identityEdit.validation.required';
export const TOO_LONG = 'identityEdit.validation.tooLong';
export const INVALID_EMAIL = 'identityEdit.validation.email';
export const INVALID_PHONE = 'identityEdit.validation.phone';
export const EMAIL_CLEAR_EXPLICITLY = 'identityEdit.validation.emailClearExplicitly';
export const INVALID_DAY = 'identityEdit.validation.day';
export const FUTURE_DAY = 'identityEdit.validation.future';
export const INVALID_URL = 'identityEdit.validation.url';
export const INVALID_COUNT = 'identityEdit.validation.count';
export const NUMBER_UNCHANGED = 'identityEdit.validation.numberUnchanged';
export const NUMBER_SEPARATOR = 'identityEdit.validation.numberSeparator';

/** Lenient on purpose: OBP stores any string; this only catches what is plainly not an address. */

const text = (limit: number) => limitedText(limit, TOO_LONG);
const required = (limit: number) => requiredText(limit, REQUIRED, TOO_LONG);

/** A calendar day from `<input type="date">`: required, real, and (for births and photos) not in the future. */
const pastDay = z.string().check(
  z.minLength(1, REQUIRED),
  z.refine(isRealDay, INVALID_DAY),
  z.refine((value) => !isRealDay(value) || value <= today(), FUTURE_DAY),
);

// --- email -------------------------------------------------------------------------------------------------------

/**
 * An empty field never clears a recorded email by accident: the form asks for an address, and clearing it is the
 * separate "Clear email" action with its confirmation (which sends the empty string itself).
 */
export const emailSchema = z.object({
  email: text(CUSTOMER_FIELD_LIMITS.email).check(
    z.refine((value) => value.trim() !== '', EMAIL_CLEAR_EXPLICITLY),
    z.refine((value) => value.trim() === '' || EMAIL.test(value), INVALID_EMAIL),
  ),
});
export type EmailValues = z.input<typeof emailSchema>;
export const emailDefaults = (customer: Customer): EmailValues => ({ email: customer.email });
export const emailDraft = (values: z.output<typeof emailSchema>): EmailDraft => ({ email: values.email });

// --- mobile phone number -----------------------------------------------------------------------------------------

/** A valid phone number (libphonenumber-js); one without a country code is read in `region`, the user's. */
export const mobileSchemaFor = (region: CountryCode) =>
  z.object({
    mobilePhoneNumber: required(CUSTOMER_FIELD_LIMITS.mobilePhoneNumber).check(
      z.refine((value) => value.trim() === '' || isValidPhoneNumber(value, region), INVALID_PHONE),
    ),
  });
export const mobileSchema = mobileSchemaFor('GB');
export type MobileValues = z.input<typeof mobileSchema>;
export const mobileDefaults = (customer: Customer): MobileValues => ({
  mobilePhoneNumber: customer.mobilePhoneNumber,
});
/** Sent in the international format ("+44 7972 444876"), so every colleague reads the number the same way. */
export const mobileDraft = (values: z.output<typeof mobileSchema>, region: CountryCode = 'GB'): MobileNumberDraft => ({
  mobilePhoneNumber: normalisedPhoneNumber(values.mobilePhoneNumber, region) ?? values.mobilePhoneNumber,
});

// --- customer number ---------------------------------------------------------------------------------------------

/**
 * OBP refuses a number already used at the bank, and counts the customer itself (contract §2.13–2.21): sending the
 * current number would fail with OBP-30006, so an unchanged number is caught here and never sent.
 */
export const numberSchema = (currentNumber: string) =>
  z.object({
    customerNumber: required(CUSTOMER_FIELD_LIMITS.customerNumber).check(
      z.refine((value) => !value.includes('::::'), NUMBER_SEPARATOR),
      z.refine((value) => value !== currentNumber, NUMBER_UNCHANGED),
    ),
  });
export type NumberValues = z.input<ReturnType<typeof numberSchema>>;
export const numberDefaults = (customer: Customer): NumberValues => ({ customerNumber: customer.customerNumber });
export const numberDraft = (values: NumberValues): CustomerNumberDraft => ({ customerNumber: values.customerNumber });

// --- identity: name, title, suffix, date of birth ----------------------------------------------------------------

export const identitySchema = z.object({
  legalName: required(CUSTOMER_FIELD_LIMITS.legalName),
  title: text(CUSTOMER_FIELD_LIMITS.title),
  nameSuffix: text(CUSTOMER_FIELD_LIMITS.nameSuffix),
  // OBP's body requires a date of birth (PutUpdateCustomerIdentityJsonV310), so this form cannot leave it empty.
  dateOfBirth: pastDay,
});
export type IdentityValues = z.input<typeof identitySchema>;
export const identityDefaults = (customer: Customer): IdentityValues => ({
  legalName: customer.legalName,
  title: customer.title,
  nameSuffix: customer.nameSuffix,
  dateOfBirth: obpDateToDay(customer.dateOfBirth),
});
export const identityDraft = (values: z.output<typeof identitySchema>): IdentityDraft => ({
  legalName: values.legalName,
  dateOfBirth: dayToObpDate(values.dateOfBirth),
  title: values.title,
  nameSuffix: values.nameSuffix,
});

// --- branch ------------------------------------------------------------------------------------------------------

export const branchSchema = z.object({ branchId: text(CUSTOMER_FIELD_LIMITS.branchId) });
export type BranchValues = z.input<typeof branchSchema>;
export const branchDefaults = (customer: Customer): BranchValues => ({ branchId: customer.branchId });
export const branchDraft = (values: z.output<typeof branchSchema>): BranchDraft => ({ branchId: values.branchId });

// --- other data: face image, relationship status, dependants, education, employment ------------------------------

export const dataSchema = z.object({
  faceImageUrl: text(CUSTOMER_FIELD_LIMITS.faceImageUrl).check(z.refine((value) => value === '' || isWebUrl(value), INVALID_URL)),
  // OBP's body requires a face image date (PutUpdateCustomerDataJsonV310), even without an image.
  faceImageDate: pastDay,
  relationshipStatus: text(CUSTOMER_FIELD_LIMITS.relationshipStatus),
  dependants: z.string().check(
    z.trim(),
    z.minLength(1, REQUIRED),
    z.refine((value) => /^\d{1,3}$/.test(value), INVALID_COUNT),
  ),
  highestEducationAttained: text(CUSTOMER_FIELD_LIMITS.highestEducationAttained),
  employmentStatus: text(CUSTOMER_FIELD_LIMITS.employmentStatus),
});
export type DataValues = z.input<typeof dataSchema>;

/** With no face image date recorded, today is offered (and shown): OBP needs one with every change of these fields. */
export const dataDefaults = (customer: Customer, day = today()): DataValues => ({
  faceImageUrl: customer.faceImage.url,
  faceImageDate: obpDateToDay(customer.faceImage.date) || day,
  relationshipStatus: customer.relationshipStatus,
  dependants: customer.dependants === undefined ? '' : String(customer.dependants),
  highestEducationAttained: customer.highestEducationAttained,
  employmentStatus: customer.employmentStatus,
});

/** An unchanged face image day keeps OBP's exact stored instant instead of moving it to midnight. */
export const dataDraft = (values: z.output<typeof dataSchema>, storedFaceImageDate: string | undefined): CustomerDataDraft => ({
  faceImage: {
    url: values.faceImageUrl,
    date:
      storedFaceImageDate && obpDateToDay(storedFaceImageDate) === values.faceImageDate
        ? storedFaceImageDate
        : dayToObpDate(values.faceImageDate),
  },
  relationshipStatus: values.relationshipStatus,
  dependants: Number(values.dependants),
  highestEducationAttained: values.highestEducationAttained,
  employmentStatus: values.employmentStatus,
});

/**
 * OBP's data update leaves `dob_of_dependants` as it is, so a new count can disagree with the recorded dates.
 * Undefined when they agree (or the count is not a number yet).
 */
export function dependantsMismatch(dependants: string, datesRecorded: number): { count: number; dates: number } | undefined {
  if (!/^\d+$/.test(dependants.trim())) return undefined;
  const count = Number(dependants.trim());
  return count === datesRecorded ? undefined : { count, dates: datesRecorded };
}
