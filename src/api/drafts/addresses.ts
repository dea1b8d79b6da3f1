import { ADDRESS_LIMITS } from '@/api/schemas/addresses';
import type { CustomerAddress } from '@/api/wire/addresses';
import { fieldLimits } from './field-limits';

/** OBP's address column limits (contract §2.10) under the console's names. */
export const ADDRESS_FIELD_LIMITS = fieldLimits(ADDRESS_LIMITS);

/** An address to add or to replace one with, in the console's names (those of `CustomerAddress`). */
export type AddressDraft = Pick<
  CustomerAddress,
  'line1' | 'line2' | 'line3' | 'city' | 'county' | 'state' | 'postcode' | 'countryCode' | 'tags' | 'status'
>;
