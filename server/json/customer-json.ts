import type { CustomerAttribute, CustomerV210, CustomerV300, CustomerV310 } from '@/api/schemas/customers';
import type { CustomerAttributeRecord } from '../repositories/customer-attribute-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import { dayOf } from './obp-dates';

/**
 * The customer JSON shapes of OBP's JSON factories (contract §1.1). They differ in how dates of birth are written
 * (Date vs `yyyy-MM-dd` string) and in which trailing fields they carry.
 *
 * Each is written out as one object literal, field by field in OBP's order, on purpose: built from shared parts with
 * object spreads (`{...core(c), date_of_birth, ...details(c)}`) one customer took ~70 µs on Node 20 — a spread after
 * other properties goes through V8's slow path — and serialising a page of 20 customers was the largest part of a
 * phone search's handler in the profile (README, Benchmarks). A literal takes under a microsecond.
 */

/** `CustomerJsonV310` (create, PUT updates). */
export const customerJsonV310 = (customer: CustomerRecord): CustomerV310 => ({
  bank_id: customer.bankId,
  customer_id: customer.customerId,
  customer_number: customer.customerNumber,
  legal_name: customer.legalName,
  mobile_phone_number: customer.mobilePhoneNumber,
  email: customer.email,
  face_image: { url: customer.faceImageUrl, date: customer.faceImageDate },
  date_of_birth: customer.dateOfBirth,
  relationship_status: customer.relationshipStatus,
  dependants: customer.dependants,
  dob_of_dependants: customer.dobOfDependants,
  credit_rating: { rating: customer.creditRating, source: customer.creditSource },
  credit_limit: { currency: customer.creditLimitCurrency, amount: customer.creditLimitAmount },
  highest_education_attained: customer.highestEducationAttained,
  employment_status: customer.employmentStatus,
  kyc_status: customer.kycStatus,
  last_ok_date: customer.lastOkDate,
  title: customer.title,
  branch_id: customer.branchId,
  name_suffix: customer.nameSuffix,
});

/** `CustomerJsonV300` (phone search, v5 list): dates of birth as `yyyy-MM-dd`, "" when unset. */
export const customerJsonV300 = (customer: CustomerRecord): CustomerV300 => ({
  bank_id: customer.bankId,
  customer_id: customer.customerId,
  customer_number: customer.customerNumber,
  legal_name: customer.legalName,
  mobile_phone_number: customer.mobilePhoneNumber,
  email: customer.email,
  face_image: { url: customer.faceImageUrl, date: customer.faceImageDate },
  date_of_birth: dayOf(customer.dateOfBirth),
  relationship_status: customer.relationshipStatus,
  dependants: customer.dependants,
  dob_of_dependants: customer.dobOfDependants.map(dayOf),
  credit_rating: { rating: customer.creditRating, source: customer.creditSource },
  credit_limit: { currency: customer.creditLimitCurrency, amount: customer.creditLimitAmount },
  highest_education_attained: customer.highestEducationAttained,
  employment_status: customer.employmentStatus,
  kyc_status: customer.kycStatus,
  last_ok_date: customer.lastOkDate,
  title: customer.title,
  branch_id: customer.branchId,
  name_suffix: customer.nameSuffix,
});

/** `CustomerJsonV210` (`/banks/BANK_ID/my/customers`): no title, branch or suffix. */
export const customerJsonV210 = (customer: CustomerRecord): CustomerV210 => ({
  bank_id: customer.bankId,
  customer_id: customer.customerId,
  customer_number: customer.customerNumber,
  legal_name: customer.legalName,
  mobile_phone_number: customer.mobilePhoneNumber,
  email: customer.email,
  face_image: { url: customer.faceImageUrl, date: customer.faceImageDate },
  date_of_birth: customer.dateOfBirth,
  relationship_status: customer.relationshipStatus,
  dependants: customer.dependants,
  dob_of_dependants: customer.dobOfDependants,
  credit_rating: { rating: customer.creditRating, source: customer.creditSource },
  credit_limit: { currency: customer.creditLimitCurrency, amount: customer.creditLimitAmount },
  highest_education_attained: customer.highestEducationAttained,
  employment_status: customer.employmentStatus,
  kyc_status: customer.kycStatus,
  last_ok_date: customer.lastOkDate,
});

/** `CustomerAttributeResponseJsonV300`. */
export const customerAttributeJson = (attribute: CustomerAttributeRecord): CustomerAttribute => ({
  customer_attribute_id: attribute.customerAttributeId,
  name: attribute.name,
  type: attribute.type,
  value: attribute.value,
});

/** The customer JSON with `customer_attributes` last (assigned, not spread: see above). */
export const withAttributes = <Json extends object>(json: Json, attributes: readonly CustomerAttributeRecord[]) =>
  Object.assign(json, { customer_attributes: attributes.map(customerAttributeJson) });
