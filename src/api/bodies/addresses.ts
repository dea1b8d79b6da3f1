import type { AddressDraft } from '@/api/drafts/addresses';
import type { PostCustomerAddress } from '@/api/schemas/addresses';

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
