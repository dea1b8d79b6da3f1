import * as z from 'zod/mini';
import { CUSTOMER_FIELD_LIMITS, type NewCustomer } from '@/api/drafts/customers';
import { dayToObpDate } from '@/lib/obp-dates';
import { isCurrencyCode, isRealDay, isWebUrl, EMAIL, limitedText, requiredText, today } from '@/lib/validation';
import { isValidPhoneNumber, normalisedPhoneNumber, type CountryCode } from '@/lib/phone-number';

/*
 * The create-customer form (v5.0.0 `PostCustomerJsonV500`, contract §2.6): only the legal name and the mobile phone
 * number are required; every other field is sent only when the user filled it in. Checks mirror OBP: the column
 * limits of MappedCustomer (§1.1), the POST id check on `branch_id` (§0.1), `dependants` equal to the number of
 * dependants' dates of birth (OBP-10020), dates as `yyyy-MM-ddTHH:mm:ssZ`.
 *
 * Schema messages are message keys; a length limit travels as `key:limit` (see `fieldMessage`).
 */

export const REQUIRED = 'createCustomer.validation.required';
export const TOO_LONG = 'createCustomer.validation.tooLong';
export const INVALID_EMAIL = 'createCustomer.validation.email';
export const INVALID_PHONE = 'createCustomer.validation.phone';
export const INVALID_DAY = 'createCustomer.validation.day';
export const FUTURE_DAY = 'createCustomer.validation.future';
export const INVALID_URL = 'createCustomer.validation.url';
export const INVALID_ID = 'createCustomer.validation.id';
export const INVALID_CURRENCY = 'createCustomer.validation.currency';
export const INVALID_AMOUNT = 'createCustomer.validation.amount';
export const NUMBER_SEPARATOR = 'createCustomer.validation.numberSeparator';
export const NUMBER_TAKEN = 'createCustomer.validation.numberTaken';
export const FACE_IMAGE_URL_NEEDED = 'createCustomer.validation.faceImageUrlNeeded';
export const FACE_IMAGE_DATE_NEEDED = 'createCustomer.validation.faceImageDateNeeded';
export const CURRENCY_NEEDED = 'createCustomer.validation.currencyNeeded';
export const AMOUNT_NEEDED = 'createCustomer.validation.amountNeeded';
export const RATING_NEEDED = 'createCustomer.validation.ratingNeeded';

/** OBP's POST id check (contract §0.1): up to 36 characters of letters, digits, `-`, `.` and `_`. */
export const ID_PATTERN = /^[A-Za-z0-9\-._]*$/;
export const ID_MAX_LENGTH = 36;

const AMOUNT = /^\d+(\.\d+)?$/;

const text = (limit: number) => limitedText(limit, TOO_LONG);
const required = (limit: number) => requiredText(limit, REQUIRED, TOO_LONG);
/** An optional calendar day: empty, or a real day not after today. */
const optionalPastDay = z.string().check(
  z.refine((value) => value === '' || isRealDay(value), INVALID_DAY),
  z.refine((value) => !isRealDay(value) || value <= today(), FUTURE_DAY),
);
const requiredPastDay = z.string().check(
  z.minLength(1, REQUIRED),
  z.refine((value) => value === '' || isRealDay(value), INVALID_DAY),
  z.refine((value) => !isRealDay(value) || value <= today(), FUTURE_DAY),
);

/** The form's schema; a mobile number without a country code is read in `region` (the user's). */
export const createCustomerSchemaFor = (region: CountryCode) => z
  .object({
    legalName: required(CUSTOMER_FIELD_LIMITS.legalName),
    mobilePhoneNumber: required(CUSTOMER_FIELD_LIMITS.mobilePhoneNumber).check(
      z.refine((value) => value.trim() === '' || isValidPhoneNumber(value, region), INVALID_PHONE),
    ),
    customerNumber: text(CUSTOMER_FIELD_LIMITS.customerNumber).check(z.refine((value) => !value.includes('::::'), NUMBER_SEPARATOR)),
    email: text(CUSTOMER_FIELD_LIMITS.email).check(z.refine((value) => value === '' || EMAIL.test(value), INVALID_EMAIL)),
    title: text(CUSTOMER_FIELD_LIMITS.title),
    nameSuffix: text(CUSTOMER_FIELD_LIMITS.nameSuffix),
    dateOfBirth: optionalPastDay,
    relationshipStatus: text(CUSTOMER_FIELD_LIMITS.relationshipStatus),
    // One entry per dependant, so the count sent is always the number of dates (OBP-10020 otherwise).
    dependants: z.array(z.object({ dateOfBirth: requiredPastDay })),
    highestEducationAttained: text(CUSTOMER_FIELD_LIMITS.highestEducationAttained),
    employmentStatus: text(CUSTOMER_FIELD_LIMITS.employmentStatus),
    branchId: text(ID_MAX_LENGTH).check(z.regex(ID_PATTERN, INVALID_ID)),
    kycStatus: z.boolean(),
    lastOkDate: optionalPastDay,
    faceImageUrl: text(CUSTOMER_FIELD_LIMITS.faceImageUrl).check(z.refine((value) => value === '' || isWebUrl(value), INVALID_URL)),
    faceImageDate: optionalPastDay,
    creditRating: text(CUSTOMER_FIELD_LIMITS.creditField),
    creditSource: text(CUSTOMER_FIELD_LIMITS.creditField),
    creditLimitCurrency: z
      .string()
      .check(z.trim(), z.toUpperCase(), z.refine((value) => value === '' || isCurrencyCode(value), INVALID_CURRENCY)),
    creditLimitAmount: text(CUSTOMER_FIELD_LIMITS.creditField).check(z.refine((value) => value === '' || AMOUNT.test(value), INVALID_AMOUNT)),
  })
  .check(
    // OBP's face image and credit limit are objects of two fields: one half alone cannot be sent.
    z.superRefine((values, context) => {
      if (values.faceImageDate && !values.faceImageUrl) {
        context.addIssue({ code: 'custom', message: FACE_IMAGE_URL_NEEDED, path: ['faceImageUrl'], input: values });
      }
      if (values.faceImageUrl && !values.faceImageDate) {
        context.addIssue({ code: 'custom', message: FACE_IMAGE_DATE_NEEDED, path: ['faceImageDate'], input: values });
      }
      if (values.creditLimitAmount && !values.creditLimitCurrency) {
        context.addIssue({ code: 'custom', message: CURRENCY_NEEDED, path: ['creditLimitCurrency'], input: values });
      }
      if (values.creditLimitCurrency && !values.creditLimitAmount) {
        context.addIssue({ code: 'custom', message: AMOUNT_NEEDED, path: ['creditLimitAmount'], input: values });
      }
      if (values.creditSource && !values.creditRating) {
        context.addIssue({ code: 'custom', message: RATING_NEEDED, path: ['creditRating'], input: values });
      }
    }),
  );

export const createCustomerSchema = createCustomerSchemaFor('GB');

export type CreateCustomerValues = z.input<typeof createCustomerSchema>;
export type CreateCustomerOutput = z.output<typeof createCustomerSchema>;

export const EMPTY_CUSTOMER: CreateCustomerValues = {
  legalName: '',
  mobilePhoneNumber: '',
  customerNumber: '',
  email: '',
  title: '',
  nameSuffix: '',
  dateOfBirth: '',
  relationshipStatus: '',
  dependants: [],
  highestEducationAttained: '',
  employmentStatus: '',
  branchId: '',
  kycStatus: false,
  lastOkDate: '',
  faceImageUrl: '',
  faceImageDate: '',
  creditRating: '',
  creditSource: '',
  creditLimitCurrency: '',
  creditLimitAmount: '',
};

/**
 * The draft `useCreateCustomer` sends as the v5.0.0 body with only what the user filled in (OBP fills the rest: a
 * random number, "", 0, false, null). The mobile number goes in the international format, so it reads the same to
 * every colleague wherever they are.
 */
export function newCustomer(values: CreateCustomerOutput, region: CountryCode = 'GB'): NewCustomer {
  const day = (value: string) => (value ? dayToObpDate(value) : '');
  return {
    legalName: values.legalName,
    mobilePhoneNumber: normalisedPhoneNumber(values.mobilePhoneNumber, region) ?? values.mobilePhoneNumber,
    customerNumber: values.customerNumber,
    email: values.email,
    title: values.title,
    nameSuffix: values.nameSuffix,
    dateOfBirth: day(values.dateOfBirth),
    relationshipStatus: values.relationshipStatus,
    dobOfDependants: values.dependants.map((dependant) => dayToObpDate(dependant.dateOfBirth)),
    highestEducationAttained: values.highestEducationAttained,
    employmentStatus: values.employmentStatus,
    branchId: values.branchId,
    kycStatus: values.kycStatus,
    lastOkDate: day(values.lastOkDate),
    faceImage: { url: values.faceImageUrl, date: day(values.faceImageDate) },
    creditRating: { rating: values.creditRating, source: values.creditSource },
    creditLimit: { currency: values.creditLimitCurrency, amount: values.creditLimitAmount },
  };
}
