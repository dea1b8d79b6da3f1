import * as z from 'zod/mini';
import { dayDate, nullableObpDate, obpDate } from './common';

/** Column limits of OBP's MappedCustomer (contract §1.1); writes beyond them fail. */
export const CUSTOMER_LIMITS = {
  customer_number: 50,
  mobile_phone_number: 50,
  legal_name: 255,
  email: 200,
  face_image_url: 2000,
  relationship_status: 16,
  highest_education_attained: 32,
  employment_status: 32,
  credit_field: 100,
  title: 255,
  branch_id: 255,
  name_suffix: 255,
} as const;

export const faceImage = z.object({ url: z.string(), date: nullableObpDate });
export const creditRating = z.object({ rating: z.string(), source: z.string() });
export const creditLimit = z.object({ currency: z.string(), amount: z.string() });

export const customerAttribute = z.object({
  customer_attribute_id: z.string(),
  name: z.string(),
  type: z.string(),
  value: z.string(),
});
export type CustomerAttribute = z.infer<typeof customerAttribute>;

const customerCore = {
  bank_id: z.string(),
  customer_id: z.string(),
  customer_number: z.string(),
  legal_name: z.string(),
  mobile_phone_number: z.string(),
  email: z.string(),
  face_image: faceImage,
  relationship_status: z.string(),
  dependants: z.number(),
  credit_rating: creditRating,
  credit_limit: creditLimit,
  highest_education_attained: z.string(),
  employment_status: z.string(),
  kyc_status: z.boolean(),
  last_ok_date: nullableObpDate,
};

/** `CustomerJsonV310` — create and every PUT field update. */
export const customerV310 = z.object({
  ...customerCore,
  date_of_birth: nullableObpDate,
  dob_of_dependants: z.array(obpDate),
  title: z.string(),
  branch_id: z.string(),
  name_suffix: z.string(),
});
export type CustomerV310 = z.infer<typeof customerV310>;

/** `CustomerWithAttributesJsonV310` — get by id and by number. */
export const customerWithAttributesV310 = z.object({
  ...customerV310.shape,
  customer_attributes: z.array(customerAttribute),
});
export type CustomerWithAttributesV310 = z.infer<typeof customerWithAttributesV310>;

/** `CustomerJsonV300` — dates of birth as `yyyy-MM-dd` strings, "" when unset. */
export const customerV300 = z.object({
  ...customerCore,
  date_of_birth: dayDate,
  dob_of_dependants: z.array(dayDate),
  title: z.string(),
  branch_id: z.string(),
  name_suffix: z.string(),
});
export type CustomerV300 = z.infer<typeof customerV300>;
/** `CustomerJSONsV300` — phone search, v5 list of a bank, firehose. */
export const customerListV300 = z.object({ customers: z.array(customerV300) });

/** `CustomersWithAttributesJsonV300` — `GET /users/current/customers`. */
export const customerWithAttributesV300 = z.object({
  ...customerV300.shape,
  customer_attributes: z.array(customerAttribute),
});
export const customerListWithAttributesV300 = z.object({ customers: z.array(customerWithAttributesV300) });

/** `CustomerJsonV210` — `GET /banks/BANK_ID/my/customers` (no title, branch or suffix). */
export const customerV210 = z.object({
  ...customerCore,
  date_of_birth: nullableObpDate,
  dob_of_dependants: z.array(obpDate),
});
export type CustomerV210 = z.infer<typeof customerV210>;
export const customerListV210 = z.object({ customers: z.array(customerV210) });

/** `PostCustomerJsonV500` — only legal_name and mobile_phone_number are required (contract §2.6). */
export const postCustomerV500 = z.object({
  legal_name: z.string(),
  mobile_phone_number: z.string(),
  customer_number: z.optional(z.string()),
  email: z.optional(z.string()),
  face_image: z.optional(z.object({ url: z.string(), date: obpDate })),
  date_of_birth: z.optional(obpDate),
  relationship_status: z.optional(z.string()),
  dependants: z.optional(z.int()),
  dob_of_dependants: z.optional(z.array(obpDate)),
  credit_rating: z.optional(creditRating),
  credit_limit: z.optional(creditLimit),
  highest_education_attained: z.optional(z.string()),
  employment_status: z.optional(z.string()),
  kyc_status: z.optional(z.boolean()),
  last_ok_date: z.optional(obpDate),
  title: z.optional(z.string()),
  branch_id: z.optional(z.string()),
  name_suffix: z.optional(z.string()),
});
export type PostCustomerV500 = z.infer<typeof postCustomerV500>;

/** `PostCustomerNumberJsonV310`. */
export const postCustomerNumber = z.object({ customer_number: z.string() });
/** `PostCustomerPhoneNumberJsonV400` (the Explorer's `customer_phone_number` is wrong). */
export const postCustomerPhoneNumber = z.object({ mobile_phone_number: z.string() });

/** `GET /users/current/customers/customer_ids` (v5.1.0). */
export const customerIdList = z.object({ customers: z.array(z.object({ id: z.string() })) });
