import { isObpError } from '@/api/errors';
import { CUSTOMER_LIMITS, postCustomerV500, type PostCustomerV500 } from '@/api/schemas/customers';
import {
  putCustomerBranch,
  putCustomerData,
  putCustomerEmail,
  putCustomerIdentity,
  putCustomerMobileNumber,
  putCustomerNumber,
  type putCustomerCreditLimit,
  type putCustomerCreditRatingAndSource,
} from '@/api/schemas/customer-updates';
import type * as z from 'zod/mini';
import { fieldLimits } from './field-limits';

/** OBP's customer column limits (contract §1.1) under the console's names. */
export const CUSTOMER_FIELD_LIMITS = fieldLimits(CUSTOMER_LIMITS);

/*
 * How the console writes a customer: the drafts a form builds, in the console's own names (those of the `Customer`
 * domain type), and the one place they become OBP's request bodies. Values are already as OBP wants them (dates as
 * OBP dates, trimmed text); only the names and the shape change here. Bodies with a shared wire schema are checked
 * against it before they leave.
 */

/** A new customer: text "" = not given, so OBP fills its own default (a random number, "", 0, false, null). */
export type NewCustomer = {
  legalName: string;
  mobilePhoneNumber: string;
  customerNumber: string;
  email: string;
  title: string;
  nameSuffix: string;
  dateOfBirth: string;
  relationshipStatus: string;
  /** One date per dependant: OBP's `dependants` count is always the number of dates (OBP-10020 otherwise). */
  dobOfDependants: string[];
  highestEducationAttained: string;
  employmentStatus: string;
  branchId: string;
  kycStatus: boolean;
  lastOkDate: string;
  faceImage: { url: string; date: string };
  creditRating: { rating: string; source: string };
  creditLimit: { currency: string; amount: string };
};

/** `PostCustomerJsonV500` (contract §2.6) with only what was given. */
export function toCreateCustomerBody(customer: NewCustomer): PostCustomerV500 {
  const body: PostCustomerV500 = { legal_name: customer.legalName, mobile_phone_number: customer.mobilePhoneNumber };
  const texts = {
    customer_number: customer.customerNumber,
    email: customer.email,
    title: customer.title,
    name_suffix: customer.nameSuffix,
    date_of_birth: customer.dateOfBirth,
    relationship_status: customer.relationshipStatus,
    highest_education_attained: customer.highestEducationAttained,
    employment_status: customer.employmentStatus,
    branch_id: customer.branchId,
    last_ok_date: customer.lastOkDate,
  } satisfies { [Field in keyof PostCustomerV500]?: string };
  for (const field of Object.keys(texts) as (keyof typeof texts)[]) if (texts[field]) body[field] = texts[field];
  if (customer.dobOfDependants.length > 0) {
    body.dependants = customer.dobOfDependants.length;
    body.dob_of_dependants = customer.dobOfDependants;
  }
  if (customer.kycStatus) body.kyc_status = true;
  if (customer.faceImage.url) body.face_image = { url: customer.faceImage.url, date: customer.faceImage.date };
  if (customer.creditRating.rating || customer.creditRating.source) {
    body.credit_rating = { rating: customer.creditRating.rating, source: customer.creditRating.source };
  }
  if (customer.creditLimit.currency) body.credit_limit = { currency: customer.creditLimit.currency, amount: customer.creditLimit.amount };
  return postCustomerV500.parse(body);
}

// --- the v3.1.0 field updates (contract §2.13–2.21): every field of each body is required ----------------------

export const toEmailBody = (draft: { email: string }) => putCustomerEmail.parse({ email: draft.email });

export const toMobileNumberBody = (draft: { mobilePhoneNumber: string }) =>
  putCustomerMobileNumber.parse({ mobile_phone_number: draft.mobilePhoneNumber });

export const toCustomerNumberBody = (draft: { customerNumber: string }) => putCustomerNumber.parse({ customer_number: draft.customerNumber });

export type IdentityDraft = { legalName: string; dateOfBirth: string; title: string; nameSuffix: string };
export const toIdentityBody = (draft: IdentityDraft) =>
  putCustomerIdentity.parse({
    legal_name: draft.legalName,
    date_of_birth: draft.dateOfBirth,
    title: draft.title,
    name_suffix: draft.nameSuffix,
  });

export const toBranchBody = (draft: { branchId: string }) => putCustomerBranch.parse({ branch_id: draft.branchId });

export type CustomerDataDraft = {
  faceImage: { url: string; date: string };
  relationshipStatus: string;
  dependants: number;
  highestEducationAttained: string;
  employmentStatus: string;
};
export const toCustomerDataBody = (draft: CustomerDataDraft) =>
  putCustomerData.parse({
    face_image: { url: draft.faceImage.url, date: draft.faceImage.date },
    relationship_status: draft.relationshipStatus,
    dependants: draft.dependants,
    highest_education_attained: draft.highestEducationAttained,
    employment_status: draft.employmentStatus,
  });

/** `PUT …/credit-rating-and-source`: flat strings, unlike the record's `credit_rating: {rating, source}`. */
export const toCreditRatingBody = (draft: { rating: string; source: string }): z.infer<typeof putCustomerCreditRatingAndSource> => ({
  credit_rating: draft.rating,
  credit_source: draft.source,
});

export const toCreditLimitBody = (draft: { currency: string; amount: string }): z.infer<typeof putCustomerCreditLimit> => ({
  credit_limit: { currency: draft.currency, amount: draft.amount },
});

// --- answers that name a field ----------------------------------------------------------------------------------

/** A field of a customer form a server's refusal is about, in the console's names. */
export type CustomerFieldProblem = { field: 'customerNumber'; problem: 'taken' };

/**
 * A taken customer number, said by OBP's number check (OBP-30006) or, on create, by the database (OBP-30051: OBP
 * v5.0.0 skips the check and fails on the unique index). Undefined for any other error.
 */
export function customerFieldProblem(error: unknown, write: 'create' | 'update'): CustomerFieldProblem | undefined {
  if (!isObpError(error)) return undefined;
  if (error.code === 'OBP-30006' || (write === 'create' && error.code === 'OBP-30051')) return { field: 'customerNumber', problem: 'taken' };
  return undefined;
}
