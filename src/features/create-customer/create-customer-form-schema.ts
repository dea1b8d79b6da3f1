import * as z from 'zod/mini';
import { CUSTOMER_LIMITS, postCustomerV500, type PostCustomerV500 } from '@/api/schemas/customers';
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
    legal_name: required(CUSTOMER_LIMITS.legal_name),
    mobile_phone_number: required(CUSTOMER_LIMITS.mobile_phone_number).check(
      z.refine((value) => value.trim() === '' || isValidPhoneNumber(value, region), INVALID_PHONE),
    ),
    customer_number: text(CUSTOMER_LIMITS.customer_number).check(z.refine((value) => !value.includes('::::'), NUMBER_SEPARATOR)),
    email: text(CUSTOMER_LIMITS.email).check(z.refine((value) => value === '' || EMAIL.test(value), INVALID_EMAIL)),
    title: text(CUSTOMER_LIMITS.title),
    name_suffix: text(CUSTOMER_LIMITS.name_suffix),
    date_of_birth: optionalPastDay,
    relationship_status: text(CUSTOMER_LIMITS.relationship_status),
    // One entry per dependant, so the count sent is always the number of dates (OBP-10020 otherwise).
    dependants: z.array(z.object({ date_of_birth: requiredPastDay })),
    highest_education_attained: text(CUSTOMER_LIMITS.highest_education_attained),
    employment_status: text(CUSTOMER_LIMITS.employment_status),
    branch_id: text(ID_MAX_LENGTH).check(z.regex(ID_PATTERN, INVALID_ID)),
    kyc_status: z.boolean(),
    last_ok_date: optionalPastDay,
    face_image_url: text(CUSTOMER_LIMITS.face_image_url).check(z.refine((value) => value === '' || isWebUrl(value), INVALID_URL)),
    face_image_date: optionalPastDay,
    credit_rating: text(CUSTOMER_LIMITS.credit_field),
    credit_source: text(CUSTOMER_LIMITS.credit_field),
    credit_limit_currency: z
      .string()
      .check(z.trim(), z.toUpperCase(), z.refine((value) => value === '' || isCurrencyCode(value), INVALID_CURRENCY)),
    credit_limit_amount: text(CUSTOMER_LIMITS.credit_field).check(z.refine((value) => value === '' || AMOUNT.test(value), INVALID_AMOUNT)),
  })
  .check(
    // OBP's face image and credit limit are objects of two fields: one half alone cannot be sent.
    z.superRefine((values, context) => {
      if (values.face_image_date && !values.face_image_url) {
        context.addIssue({ code: 'custom', message: FACE_IMAGE_URL_NEEDED, path: ['face_image_url'], input: values });
      }
      if (values.face_image_url && !values.face_image_date) {
        context.addIssue({ code: 'custom', message: FACE_IMAGE_DATE_NEEDED, path: ['face_image_date'], input: values });
      }
      if (values.credit_limit_amount && !values.credit_limit_currency) {
        context.addIssue({ code: 'custom', message: CURRENCY_NEEDED, path: ['credit_limit_currency'], input: values });
      }
      if (values.credit_limit_currency && !values.credit_limit_amount) {
        context.addIssue({ code: 'custom', message: AMOUNT_NEEDED, path: ['credit_limit_amount'], input: values });
      }
      if (values.credit_source && !values.credit_rating) {
        context.addIssue({ code: 'custom', message: RATING_NEEDED, path: ['credit_rating'], input: values });
      }
    }),
  );

export const createCustomerSchema = createCustomerSchemaFor('GB');

export type CreateCustomerValues = z.input<typeof createCustomerSchema>;
export type CreateCustomerOutput = z.output<typeof createCustomerSchema>;

export const EMPTY_CUSTOMER: CreateCustomerValues = {
  legal_name: '',
  mobile_phone_number: '',
  customer_number: '',
  email: '',
  title: '',
  name_suffix: '',
  date_of_birth: '',
  relationship_status: '',
  dependants: [],
  highest_education_attained: '',
  employment_status: '',
  branch_id: '',
  kyc_status: false,
  last_ok_date: '',
  face_image_url: '',
  face_image_date: '',
  credit_rating: '',
  credit_source: '',
  credit_limit_currency: '',
  credit_limit_amount: '',
};

/**
 * The v5.0.0 body with only what the user filled in (OBP fills the rest: a random number, "", 0, false, null). The
 * mobile number goes in the international format, so it reads the same to every colleague wherever they are.
 */
export function createCustomerBody(values: CreateCustomerOutput, region: CountryCode = 'GB'): PostCustomerV500 {
  const mobile = normalisedPhoneNumber(values.mobile_phone_number, region) ?? values.mobile_phone_number;
  const body: PostCustomerV500 = { legal_name: values.legal_name, mobile_phone_number: mobile };
  const strings = [
    'customer_number',
    'email',
    'title',
    'name_suffix',
    'relationship_status',
    'highest_education_attained',
    'employment_status',
    'branch_id',
  ] as const;
  for (const field of strings) if (values[field]) body[field] = values[field];
  if (values.date_of_birth) body.date_of_birth = dayToObpDate(values.date_of_birth);
  if (values.dependants.length > 0) {
    body.dependants = values.dependants.length;
    body.dob_of_dependants = values.dependants.map((dependant) => dayToObpDate(dependant.date_of_birth));
  }
  if (values.kyc_status) body.kyc_status = true;
  if (values.last_ok_date) body.last_ok_date = dayToObpDate(values.last_ok_date);
  if (values.face_image_url) body.face_image = { url: values.face_image_url, date: dayToObpDate(values.face_image_date) };
  if (values.credit_rating || values.credit_source) body.credit_rating = { rating: values.credit_rating, source: values.credit_source };
  if (values.credit_limit_currency) body.credit_limit = { currency: values.credit_limit_currency, amount: values.credit_limit_amount };
  return postCustomerV500.parse(body);
}

