import * as z from 'zod/mini';
import { obpDate } from './common';

/** Bodies of the v3.1.0 PUT field updates (contract §2.13–2.21); every field is required. Class names for OBP-10001. */
export const putCustomerEmail = z.object({ email: z.string() });
export const putCustomerNumber = z.object({ customer_number: z.string() });
export const putCustomerMobileNumber = z.object({ mobile_phone_number: z.string() });
export const putCustomerIdentity = z.object({
  legal_name: z.string(),
  date_of_birth: obpDate,
  title: z.string(),
  name_suffix: z.string(),
});
export const putCustomerCreditLimit = z.object({
  credit_limit: z.object({ currency: z.string(), amount: z.string() }),
});
/** Flat strings, unlike the response's `credit_rating: {rating, source}`. */
export const putCustomerCreditRatingAndSource = z.object({ credit_rating: z.string(), credit_source: z.string() });
export const putCustomerBranch = z.object({ branch_id: z.string() });
export const putCustomerData = z.object({
  face_image: z.object({ url: z.string(), date: obpDate }),
  relationship_status: z.string(),
  dependants: z.int(),
  highest_education_attained: z.string(),
  employment_status: z.string(),
});

export const CUSTOMER_UPDATE_CLASS_NAMES = {
  email: 'PutUpdateCustomerEmailJsonV310',
  number: 'PutUpdateCustomerNumberJsonV310',
  'mobile-number': 'PutUpdateCustomerMobilePhoneNumberJsonV310',
  identity: 'PutUpdateCustomerIdentityJsonV310',
  'credit-limit': 'PutUpdateCustomerCreditLimitJsonV310',
  'credit-rating-and-source': 'PutUpdateCustomerCreditRatingAndSourceJsonV310',
  branch: 'PutUpdateCustomerBranchJsonV310',
  data: 'PutUpdateCustomerDataJsonV310',
} as const;
