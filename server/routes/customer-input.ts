import { CUSTOMER_LIMITS, type PostCustomerV500 } from '@/api/schemas/customers';
import { INVALID_JSON_FORMAT } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';
import { isValidObpDate } from '../json/obp-dates';
import { codePointLength } from '../search/like-pattern';
import type { NewCustomer } from '../repositories/customer-repository';

/** Optional fields of `PostCustomerJsonV500`: JSON null in them means "absent", as lift-json extracts None. */
export const POST_CUSTOMER_OPTIONAL_FIELDS = [
  'customer_number', 'email', 'face_image', 'date_of_birth', 'relationship_status', 'dependants', 'dob_of_dependants',
  'credit_rating', 'credit_limit', 'highest_education_attained', 'employment_status', 'kyc_status', 'last_ok_date',
  'title', 'branch_id', 'name_suffix',
] as const;

/** lift-json fails the extraction of a date that is not a real one; the schema only checks the shape. */
export function hasRealDates(body: PostCustomerV500): boolean {
  const dates = [body.face_image?.date, body.date_of_birth, body.last_ok_date, ...(body.dob_of_dependants ?? [])];
  return dates.every((date) => date === undefined || isValidObpDate(date));
}

/** The v5.0.0 defaults for absent fields (contract §2.6): "", 0, [], false, null. */
export function newCustomerFrom(body: PostCustomerV500, bankId: string, customerNumber: string, createdAt: string): NewCustomer {
  return {
    bankId,
    customerNumber,
    legalName: body.legal_name,
    mobilePhoneNumber: body.mobile_phone_number,
    email: body.email ?? '',
    faceImageUrl: body.face_image?.url ?? '',
    faceImageDate: body.face_image?.date ?? null,
    dateOfBirth: body.date_of_birth ?? null,
    relationshipStatus: body.relationship_status ?? '',
    dependants: body.dependants ?? 0,
    dobOfDependants: body.dob_of_dependants ?? [],
    highestEducationAttained: body.highest_education_attained ?? '',
    employmentStatus: body.employment_status ?? '',
    kycStatus: body.kyc_status ?? false,
    lastOkDate: body.last_ok_date ?? null,
    creditRating: body.credit_rating?.rating ?? '',
    creditSource: body.credit_rating?.source ?? '',
    creditLimitCurrency: body.credit_limit?.currency ?? '',
    creditLimitAmount: body.credit_limit?.amount ?? '',
    title: body.title ?? '',
    branchId: body.branch_id ?? '',
    nameSuffix: body.name_suffix ?? '',
    createdAt,
  };
}

/**
 * OBP's columns have lengths (contract §1.1); a longer value fails in its database as an unexplained OBP-30051. The
 * sandbox says which field is too long instead. NUL is refused too (OBP's PostgreSQL refuses it in text), which also
 * guarantees no stored mobile number contains one.
 */
export function checkCustomerColumns(customer: NewCustomer): void {
  const fields: Array<[string, string, number]> = [
    ['customer_number', customer.customerNumber, CUSTOMER_LIMITS.customer_number],
    ['legal_name', customer.legalName, CUSTOMER_LIMITS.legal_name],
    ['mobile_phone_number', customer.mobilePhoneNumber, CUSTOMER_LIMITS.mobile_phone_number],
    ['email', customer.email, CUSTOMER_LIMITS.email],
    ['face_image.url', customer.faceImageUrl, CUSTOMER_LIMITS.face_image_url],
    ['relationship_status', customer.relationshipStatus, CUSTOMER_LIMITS.relationship_status],
    ['highest_education_attained', customer.highestEducationAttained, CUSTOMER_LIMITS.highest_education_attained],
    ['employment_status', customer.employmentStatus, CUSTOMER_LIMITS.employment_status],
    ['credit_rating.rating', customer.creditRating, CUSTOMER_LIMITS.credit_field],
    ['credit_rating.source', customer.creditSource, CUSTOMER_LIMITS.credit_field],
    ['credit_limit.currency', customer.creditLimitCurrency, CUSTOMER_LIMITS.credit_field],
    ['credit_limit.amount', customer.creditLimitAmount, CUSTOMER_LIMITS.credit_field],
    ['title', customer.title, CUSTOMER_LIMITS.title],
    ['branch_id', customer.branchId, CUSTOMER_LIMITS.branch_id],
    ['name_suffix', customer.nameSuffix, CUSTOMER_LIMITS.name_suffix],
  ];
  for (const [name, value, limit] of fields) {
    if (value.includes('\u0000')) throw badRequest(`${INVALID_JSON_FORMAT} The field ${name} must not contain the NUL character.`);
    const length = codePointLength(value);
    if (length > limit) {
      throw badRequest(`${INVALID_JSON_FORMAT} The field ${name} is too long: at most ${limit} characters are allowed, it has ${length}.`);
    }
  }
}
