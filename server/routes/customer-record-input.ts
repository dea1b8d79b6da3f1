import { DAY_PATTERN } from '@/api/schemas/common';
import { customerNotFoundById } from '../errors/error-messages';
import { customerNumberMismatch, fieldHasNul, fieldTooLong, invalidField, pathIdTooLong } from '../errors/customer-record-error-messages';
import { badRequest, notFound } from '../errors/obp-error';
import type { CustomerRecord } from '../repositories/customer-repository';
import type { Repositories } from '../repositories/repositories';
import { codePointLength } from '../search/like-pattern';

/** A field of a body with the length of the column OBP keeps it in: `[name as in the body, value, limit]`. */
export type ColumnCheck = readonly [field: string, value: string, limit: number];

/**
 * OBP's columns have lengths (contracts §1.1, §2.10, §2.22, §D, §E); a longer value fails in its database with an
 * unexplained OBP-50200 or OBP-30058. The sandbox names the field instead, and refuses NUL (OBP's PostgreSQL does).
 */
export function checkColumns(checks: readonly ColumnCheck[]): void {
  for (const [field, value, limit] of checks) {
    if (value.includes('\u0000')) throw badRequest(fieldHasNul(field));
    const length = codePointLength(value);
    if (length > limit) throw badRequest(fieldTooLong(field, limit, length));
  }
}

/** Stricter than OBP: a value a record is meaningless without must not be blank. */
export function checkNotBlank(fields: ReadonlyArray<readonly [field: string, value: string]>): void {
  for (const [field, value] of fields) if (value.trim() === '') throw badRequest(invalidField(field, 'must not be empty.'));
}

/**
 * The bodies of the KYC and social media writes repeat the customer's number; OBP stores whatever is sent. The
 * sandbox accepts only the number of the customer in the path, so a record can never claim another customer.
 */
export function checkCustomerNumber(posted: string, customer: CustomerRecord): void {
  if (posted !== customer.customerNumber) throw badRequest(customerNumberMismatch(customer.customerId));
}

/** Ids chosen by the client (KYC upserts) are kept in 255 characters, like OBP's string ids. */
export const MAXIMUM_PATH_ID_LENGTH = 255;
export function checkPathId(name: string, value: string): void {
  if (value.includes('\u0000')) throw badRequest(fieldHasNul(name));
  if (codePointLength(value) > MAXIMUM_PATH_ID_LENGTH) throw badRequest(pathIdTooLong(name, MAXIMUM_PATH_ID_LENGTH));
}

/** A calendar day `yyyy-MM-dd` that exists. */
export function isRealDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Only web addresses: a stored `javascript:` URL must never become a link in a console. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The customer with this id at any bank (the KYC reads have no bank in their path); 404 OBP-30046 otherwise. */
export function requireCustomerAnywhere(repositories: Repositories, customerId: string): CustomerRecord {
  const customer = repositories.customers.findByCustomerId(customerId);
  if (!customer) throw notFound(customerNotFoundById(customerId));
  return customer;
}
