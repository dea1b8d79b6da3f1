import * as z from 'zod/mini';
import { nullableObpDate } from './common';

/**
 * Column limits of MappedCustomerAddress (contract §2.10): tags are stored joined with "," in 20 characters; `mStatus`
 * is a `MediumString` (OBP's `medium_string.length`, default 20).
 */
export const ADDRESS_LIMITS = { line: 255, city: 255, county: 255, state: 255, postcode: 20, country_code: 2, tags_joined: 20, status: 20 } as const;

/** `PostCustomerAddressJsonV310` — POST …/address and PUT …/addresses/ID; all fields required. */
export const postCustomerAddress = z.object({
  line_1: z.string(),
  line_2: z.string(),
  line_3: z.string(),
  city: z.string(),
  county: z.string(),
  state: z.string(),
  postcode: z.string(),
  country_code: z.string(),
  tags: z.array(z.string()),
  status: z.string(),
});
export type PostCustomerAddress = z.infer<typeof postCustomerAddress>;

/** `CustomerAddressJsonV310`. */
export const customerAddress = z.object({
  customer_address_id: z.string(),
  customer_id: z.string(),
  line_1: z.string(),
  line_2: z.string(),
  line_3: z.string(),
  city: z.string(),
  county: z.string(),
  state: z.string(),
  postcode: z.string(),
  country_code: z.string(),
  tags: z.array(z.string()),
  status: z.string(),
  insert_date: nullableObpDate,
});
export type CustomerAddress = z.infer<typeof customerAddress>;
export const customerAddressList = z.object({ addresses: z.array(customerAddress) });
