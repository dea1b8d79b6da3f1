import type { CustomerAttribute, CustomerV210, CustomerV300, CustomerV310 } from '@/api/schemas/customers';
import type { CustomerAttributeRecord } from '../repositories/customer-attribute-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import { dayOf } from './obp-dates';

/**
 * The customer JSON shapes of OBP's JSON factories (contract §1.1). They differ in how dates of birth are written
 * (Date vs `yyyy-MM-dd` string) and in which trailing fields they carry.
 */
function core(customer: CustomerRecord) {
  return {
    bank_id: customer.bankId,
    customer_id: customer.customerId,
    customer_number: customer.customerNumber,
    legal_name: customer.legalName,
    mobile_phone_number: customer.mobilePhoneNumber,
    email: customer.email,
    face_image: { url: customer.faceImageUrl, date: customer.faceImageDate },
  };
}

function details(customer: CustomerRecord) {
  return {
    relationship_status: customer.relationshipStatus,
    dependants: customer.dependants,
  };
}

function credit(customer: CustomerRecord) {
  return {
    credit_rating: { rating: customer.creditRating, source: customer.creditSource },
    credit_limit: { currency: customer.creditLimitCurrency, amount: customer.creditLimitAmount },
    highest_education_attained: customer.highestEducationAttained,
    employment_status: customer.employmentStatus,
    kyc_status: customer.kycStatus,
    last_ok_date: customer.lastOkDate,
  };
}

/** `CustomerJsonV310` (create, PUT updates). */
export const customerJsonV310 = (customer: CustomerRecord): CustomerV310 => ({
  ...core(customer),
  date_of_birth: customer.dateOfBirth,
  ...details(customer),
  dob_of_dependants: customer.dobOfDependants,
  ...credit(customer),
  title: customer.title,
  branch_id: customer.branchId,
  name_suffix: customer.nameSuffix,
});

/** `CustomerJsonV300` (phone search, v5 list): dates of birth as `yyyy-MM-dd`, "" when unset. */
export const customerJsonV300 = (customer: CustomerRecord): CustomerV300 => ({
  ...core(customer),
  date_of_birth: dayOf(customer.dateOfBirth),
  ...details(customer),
  dob_of_dependants: customer.dobOfDependants.map(dayOf),
  ...credit(customer),
  title: customer.title,
  branch_id: customer.branchId,
  name_suffix: customer.nameSuffix,
});

/** `CustomerJsonV210` (`/banks/BANK_ID/my/customers`): no title, branch or suffix. */
export const customerJsonV210 = (customer: CustomerRecord): CustomerV210 => ({
  ...core(customer),
  date_of_birth: customer.dateOfBirth,
  ...details(customer),
  dob_of_dependants: customer.dobOfDependants,
  ...credit(customer),
});

/** `CustomerAttributeResponseJsonV300`. */
export const customerAttributeJson = (attribute: CustomerAttributeRecord): CustomerAttribute => ({
  customer_attribute_id: attribute.customerAttributeId,
  name: attribute.name,
  type: attribute.type,
  value: attribute.value,
});

export const withAttributes = <Json extends object>(json: Json, attributes: readonly CustomerAttributeRecord[]) => ({
  ...json,
  customer_attributes: attributes.map(customerAttributeJson),
});
