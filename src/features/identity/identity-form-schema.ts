import * as z from 'zod/mini';
import { CUSTOMER_LIMITS } from '@/api/schemas/customers';
import type { Customer } from '@/api/wire/customers';
import {
  putCustomerBranch,
  putCustomerData,
  putCustomerEmail,
  putCustomerIdentity,
  putCustomerMobileNumber,
  putCustomerNumber,
} from '@/api/schemas/customer-updates';
import { dayToObpDate, obpDateToDay } from '@/lib/obp-dates';
import { isRealDay, isWebUrl, EMAIL, limitedText, requiredText, today } from '@/lib/validation';
import { isValidPhoneNumber, normalisedPhoneNumber, type CountryCode } from '@/lib/phone-number';

/*
 * The six identity updates of OBP (contract §2.13–2.21): one form schema, one body builder and one mutation each.
 * Forms hold strings; the schemas trim them and mirror OBP's column limits (MappedCustomer, contract §1.1), and the
 * bodies are checked against the shared wire schemas before they leave.
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
  email: text(CUSTOMER_LIMITS.email).check(
    z.refine((value) => value.trim() !== '', EMAIL_CLEAR_EXPLICITLY),
    z.refine((value) => value.trim() === '' || EMAIL.test(value), INVALID_EMAIL),
  ),
});
export type EmailValues = z.input<typeof emailSchema>;
export const emailDefaults = (customer: Customer): EmailValues => ({ email: customer.email });
export const emailBody = (values: z.output<typeof emailSchema>) => putCustomerEmail.parse({ email: values.email });

// --- mobile phone number -----------------------------------------------------------------------------------------

/** A valid phone number (libphonenumber-js); one without a country code is read in `region`, the user's. */
export const mobileSchemaFor = (region: CountryCode) =>
  z.object({
    mobile_phone_number: required(CUSTOMER_LIMITS.mobile_phone_number).check(
      z.refine((value) => value.trim() === '' || isValidPhoneNumber(value, region), INVALID_PHONE),
    ),
  });
export const mobileSchema = mobileSchemaFor('GB');
export type MobileValues = z.input<typeof mobileSchema>;
export const mobileDefaults = (customer: Customer): MobileValues => ({
  mobile_phone_number: customer.mobilePhoneNumber,
});
/** Sent in the international format ("+44 7972 444876"), so every colleague reads the number the same way. */
export const mobileBody = (values: z.output<typeof mobileSchema>, region: CountryCode = 'GB') =>
  putCustomerMobileNumber.parse({
    mobile_phone_number: normalisedPhoneNumber(values.mobile_phone_number, region) ?? values.mobile_phone_number,
  });

// --- customer number ---------------------------------------------------------------------------------------------

/**
 * OBP refuses a number already used at the bank, and counts the customer itself (contract §2.13–2.21): sending the
 * current number would fail with OBP-30006, so an unchanged number is caught here and never sent.
 */
export const numberSchema = (currentNumber: string) =>
  z.object({
    customer_number: required(CUSTOMER_LIMITS.customer_number).check(
      z.refine((value) => !value.includes('::::'), NUMBER_SEPARATOR),
      z.refine((value) => value !== currentNumber, NUMBER_UNCHANGED),
    ),
  });
export type NumberValues = z.input<ReturnType<typeof numberSchema>>;
export const numberDefaults = (customer: Customer): NumberValues => ({ customer_number: customer.customerNumber });
export const numberBody = (values: NumberValues) => putCustomerNumber.parse({ customer_number: values.customer_number });

// --- identity: name, title, suffix, date of birth ----------------------------------------------------------------

export const identitySchema = z.object({
  legal_name: required(CUSTOMER_LIMITS.legal_name),
  title: text(CUSTOMER_LIMITS.title),
  name_suffix: text(CUSTOMER_LIMITS.name_suffix),
  // OBP's body requires a date of birth (PutUpdateCustomerIdentityJsonV310), so this form cannot leave it empty.
  date_of_birth: pastDay,
});
export type IdentityValues = z.input<typeof identitySchema>;
export const identityDefaults = (customer: Customer): IdentityValues => ({
  legal_name: customer.legalName,
  title: customer.title,
  name_suffix: customer.nameSuffix,
  date_of_birth: obpDateToDay(customer.dateOfBirth),
});
export const identityBody = (values: z.output<typeof identitySchema>) =>
  putCustomerIdentity.parse({
    legal_name: values.legal_name,
    date_of_birth: dayToObpDate(values.date_of_birth),
    title: values.title,
    name_suffix: values.name_suffix,
  });

// --- branch ------------------------------------------------------------------------------------------------------

export const branchSchema = z.object({ branch_id: text(CUSTOMER_LIMITS.branch_id) });
export type BranchValues = z.input<typeof branchSchema>;
export const branchDefaults = (customer: Customer): BranchValues => ({ branch_id: customer.branchId });
export const branchBody = (values: z.output<typeof branchSchema>) => putCustomerBranch.parse({ branch_id: values.branch_id });

// --- other data: face image, relationship status, dependants, education, employment ------------------------------

export const dataSchema = z.object({
  face_image_url: text(CUSTOMER_LIMITS.face_image_url).check(z.refine((value) => value === '' || isWebUrl(value), INVALID_URL)),
  // OBP's body requires a face image date (PutUpdateCustomerDataJsonV310), even without an image.
  face_image_date: pastDay,
  relationship_status: text(CUSTOMER_LIMITS.relationship_status),
  dependants: z.string().check(
    z.trim(),
    z.minLength(1, REQUIRED),
    z.refine((value) => /^\d{1,3}$/.test(value), INVALID_COUNT),
  ),
  highest_education_attained: text(CUSTOMER_LIMITS.highest_education_attained),
  employment_status: text(CUSTOMER_LIMITS.employment_status),
});
export type DataValues = z.input<typeof dataSchema>;

/** With no face image date recorded, today is offered (and shown): OBP needs one with every change of these fields. */
export const dataDefaults = (customer: Customer, day = today()): DataValues => ({
  face_image_url: customer.faceImage.url,
  face_image_date: obpDateToDay(customer.faceImage.date) || day,
  relationship_status: customer.relationshipStatus,
  dependants: customer.dependants === undefined ? '' : String(customer.dependants),
  highest_education_attained: customer.highestEducationAttained,
  employment_status: customer.employmentStatus,
});

/** An unchanged face image day keeps OBP's exact stored instant instead of moving it to midnight. */
export const dataBody = (values: z.output<typeof dataSchema>, storedFaceImageDate: string | undefined) =>
  putCustomerData.parse({
    face_image: {
      url: values.face_image_url,
      date:
        storedFaceImageDate && obpDateToDay(storedFaceImageDate) === values.face_image_date
          ? storedFaceImageDate
          : dayToObpDate(values.face_image_date),
    },
    relationship_status: values.relationship_status,
    dependants: Number(values.dependants),
    highest_education_attained: values.highest_education_attained,
    employment_status: values.employment_status,
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
