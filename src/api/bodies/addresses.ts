import { ADDRESS_LIMITS, type PostCustomerAddress } from '@/api/schemas/addresses';
import type { CustomerAddress } from '@/api/wire/addresses';
import { fieldLimits } from './field-limits';

/** OBP's address column limits (contract §2.10) under the console's names. */
export const ADDRESS_FIELD_LIMITS = fieldLimits(ADDRESS_LIMITS);

/** An address to add or to replace one with, in the console's names (those of `CustomerAddress`). */
export type AddressDraft = Pick<
  CustomerAddress,
  'line1' | 'line2' | 'line3' | 'city' | 'county' | 'state' | 'postcode' | 'countryCode' | 'tags' | 'status'
>;

/** `PostCustomerAddressJsonV310`: every field is required, so an empty line travels as "". */
export const toAddressBody = (draft: AddressDraft): PostCustomerAddress => ({
  line_1: draft.line1,
  line_2: draft.line2,
  line_3: draft.line3,
  city: draft.city,
  county: draft.county,
  state: draft.state,
  postcode: draft.postcode,
  country_code: draft.countryCode,
  tags: [...draft.tags],
  status: draft.status,
});
