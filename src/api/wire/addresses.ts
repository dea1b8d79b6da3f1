import * as z from 'zod/mini';
import type { AddressDraft } from '@/api/drafts/addresses';
import { date, id, listEnvelope, text } from './tolerant';

/*
 * Customer addresses as OBP sends them: `CustomerAddressJsonV310` built by `JSONFactory310.createAddress`
 * (obp-api/src/main/scala/code/api/v3_1_0/JSONFactory3.1.0.scala) from `MappedCustomerAddress`
 * (code/customeraddress/MappedCustomerAddressProvider.scala) or an adapter's `CustomerAddressCommons`.
 * - every text column may be NULL in older rows or null from an adapter;
 * - `tags` is the stored comma-joined column split on ",": no tags gives `[""]`, and an adapter may send null;
 * - `status` is the stored `state` (OBP keeps no status of its own);
 * - `insert_date` is the row's createdAt (a Date, null from an adapter).
 */
const tags = z.pipe(
  z.optional(z.nullable(z.union([z.array(z.unknown()), z.string()]))),
  z.transform((value): string[] => {
    const items = typeof value === 'string' ? value.split(',') : (value ?? []);
    return items.flatMap((tag) => (typeof tag === 'string' && tag.trim() !== '' ? [tag.trim()] : []));
  }),
);

const addressFields = z.looseObject({
  customer_address_id: id,
  customer_id: text,
  line_1: text,
  line_2: text,
  line_3: text,
  city: text,
  county: text,
  state: text,
  postcode: text,
  country_code: text,
  tags,
  status: text,
  insert_date: date,
});

/** OBP's address, its fields read, as the screens name them. */
const toAddress = (wire: z.output<typeof addressFields>) => ({
  customerAddressId: wire.customer_address_id,
  customerId: wire.customer_id,
  line1: wire.line_1,
  line2: wire.line_2,
  line3: wire.line_3,
  city: wire.city,
  county: wire.county,
  state: wire.state,
  postcode: wire.postcode,
  countryCode: wire.country_code,
  /** Empty tags dropped: OBP sends `[""]` for none. */
  tags: wire.tags,
  status: wire.status,
  /** Undefined: not recorded. */
  insertDate: wire.insert_date,
});

export const tolerantAddress = z.pipe(addressFields, z.transform(toAddress));

/** An address the screens use: text "" = not recorded. */
export type CustomerAddress = z.output<typeof tolerantAddress>;

/** `GET …/customers/CUSTOMER_ID/addresses` → `CustomerAddressesJsonV310 {addresses: [...]}`. */
export const tolerantAddressList = listEnvelope('addresses', tolerantAddress, 'customer_address_id');

/** An address as it was sent: when a save's answer cannot be read, the console names what it sent. */
export const sentAddress = (draft: AddressDraft, ids: { customerAddressId: string; customerId: string }): CustomerAddress => ({
  customerAddressId: ids.customerAddressId,
  customerId: ids.customerId,
  ...draft,
  tags: [...draft.tags],
  insertDate: undefined,
});
