import { postCustomerV500, type PostCustomerV500 } from '@/api/schemas/customers';
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
import type {
  BranchDraft,
  CreditLimitDraft,
  CreditRatingDraft,
  CustomerDataDraft,
  CustomerNumberDraft,
  CustomerUpdateDrafts,
  EmailDraft,
  IdentityDraft,
  MobileNumberDraft,
  NewCustomer,
} from '@/api/drafts/customers';
import type * as z from 'zod/mini';

/*
 * How the console writes a customer: the one place the drafts of `drafts/customers.ts` become OBP's request bodies.
 * Only the names and the shape change here. Bodies with a shared wire schema are checked against it before they
 * leave. Internal to src/api: the hooks of `resources/customers.ts` call these; screens pass drafts (lint).
 */

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

export const toEmailBody = (draft: EmailDraft) => putCustomerEmail.parse({ email: draft.email });

export const toMobileNumberBody = (draft: MobileNumberDraft) =>
  putCustomerMobileNumber.parse({ mobile_phone_number: draft.mobilePhoneNumber });

export const toCustomerNumberBody = (draft: CustomerNumberDraft) => putCustomerNumber.parse({ customer_number: draft.customerNumber });

export const toIdentityBody = (draft: IdentityDraft) =>
  putCustomerIdentity.parse({
    legal_name: draft.legalName,
    date_of_birth: draft.dateOfBirth,
    title: draft.title,
    name_suffix: draft.nameSuffix,
  });

export const toBranchBody = (draft: BranchDraft) => putCustomerBranch.parse({ branch_id: draft.branchId });

export const toCustomerDataBody = (draft: CustomerDataDraft) =>
  putCustomerData.parse({
    face_image: { url: draft.faceImage.url, date: draft.faceImage.date },
    relationship_status: draft.relationshipStatus,
    dependants: draft.dependants,
    highest_education_attained: draft.highestEducationAttained,
    employment_status: draft.employmentStatus,
  });

/** `PUT …/credit-rating-and-source`: flat strings, unlike the record's `credit_rating: {rating, source}`. */
export const toCreditRatingBody = (draft: CreditRatingDraft): z.infer<typeof putCustomerCreditRatingAndSource> => ({
  credit_rating: draft.rating,
  credit_source: draft.source,
});

export const toCreditLimitBody = (draft: CreditLimitDraft): z.infer<typeof putCustomerCreditLimit> => ({
  credit_limit: { currency: draft.currency, amount: draft.amount },
});

/** The body writer of each `PUT …/customers/CUSTOMER_ID/<suffix>`. */
export const CUSTOMER_UPDATE_BODIES: { [Suffix in keyof CustomerUpdateDrafts]: (draft: CustomerUpdateDrafts[Suffix]) => unknown } = {
  email: toEmailBody,
  'mobile-number': toMobileNumberBody,
  number: toCustomerNumberBody,
  identity: toIdentityBody,
  branch: toBranchBody,
  data: toCustomerDataBody,
  'credit-rating-and-source': toCreditRatingBody,
  'credit-limit': toCreditLimitBody,
};
