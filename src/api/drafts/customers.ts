import { isObpError } from '@/api/errors';
import { CUSTOMER_LIMITS } from '@/api/schemas/customers';
import { fieldLimits } from './field-limits';

/** OBP's customer column limits (contract §1.1) under the console's names. */
export const CUSTOMER_FIELD_LIMITS = fieldLimits(CUSTOMER_LIMITS);

/*
 * What a customer form hands to a hook of `resources/customers.ts`: the drafts, in the console's own names (those of
 * the `Customer` domain type). Values are already as OBP wants them (dates as OBP dates, trimmed text); the hook
 * turns a draft into OBP's body (`bodies/customers.ts`), so screens never build one.
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

// --- the v3.1.0 field updates (contract §2.13–2.21): every field of each is required ----------------------------

export type EmailDraft = { email: string };
export type MobileNumberDraft = { mobilePhoneNumber: string };
export type CustomerNumberDraft = { customerNumber: string };
export type IdentityDraft = { legalName: string; dateOfBirth: string; title: string; nameSuffix: string };
export type BranchDraft = { branchId: string };
export type CustomerDataDraft = {
  faceImage: { url: string; date: string };
  relationshipStatus: string;
  dependants: number;
  highestEducationAttained: string;
  employmentStatus: string;
};
/** The customer's own rating and its source. */
export type CreditRatingDraft = { rating: string; source: string };
/** The customer's own credit limit; the amount is text, as OBP keeps it. */
export type CreditLimitDraft = { currency: string; amount: string };

/** The draft each `PUT …/customers/CUSTOMER_ID/<suffix>` takes (`useCustomerUpdate`). */
export type CustomerUpdateDrafts = {
  email: EmailDraft;
  'mobile-number': MobileNumberDraft;
  number: CustomerNumberDraft;
  identity: IdentityDraft;
  branch: BranchDraft;
  data: CustomerDataDraft;
  'credit-rating-and-source': CreditRatingDraft;
  'credit-limit': CreditLimitDraft;
};

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
