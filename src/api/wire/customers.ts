import * as z from 'zod/mini';
import { embeddedCustomerAttribute } from './attributes';
import { count, date, fieldOf, flag, list, readRows, text, type UnreadableRow } from './tolerant';

/*
 * A customer as OBP really sends it, whatever the version (CustomerJsonV210/V300/V310, CustomerWithAttributesJsonV310)
 * and whatever the connector. Derived from OBP-API's source: `MappedCustomer` (title, branch_id, name_suffix added in
 * 2018 without a migration, so older rows hold null), `JSONFactory3_0_0.createCustomerJson` / `JSONFactory3_1_0`
 * (`stringOrNull` for the dates and the email), and the null-tolerant adapter formats (every omitted field null).
 * Required: only the ids — a record without a customer id cannot be opened at all.
 */

export const tolerantCustomer = z.pipe(
  z.looseObject({
    bank_id: text,
    customer_id: z.string().check(z.minLength(1)),
    customer_number: text,
    legal_name: text,
    mobile_phone_number: text,
    email: text,
    face_image: z.optional(z.nullable(z.looseObject({ url: text, date }))),
    date_of_birth: date,
    relationship_status: text,
    dependants: count,
    dob_of_dependants: z.optional(z.nullable(z.array(z.unknown()))),
    credit_rating: z.optional(z.nullable(z.looseObject({ rating: text, source: text }))),
    credit_limit: z.optional(z.nullable(z.looseObject({ currency: text, amount: text }))),
    highest_education_attained: text,
    employment_status: text,
    kyc_status: flag,
    last_ok_date: date,
    title: text,
    branch_id: text,
    name_suffix: text,
    customer_attributes: list(embeddedCustomerAttribute),
  }),
  z.transform((wire) => ({
    bank_id: wire.bank_id,
    customer_id: wire.customer_id,
    customer_number: wire.customer_number,
    legal_name: wire.legal_name,
    mobile_phone_number: wire.mobile_phone_number,
    email: wire.email,
    face_image: { url: wire.face_image?.url ?? '', date: wire.face_image?.date ?? null },
    date_of_birth: wire.date_of_birth ?? null,
    relationship_status: wire.relationship_status,
    /** Undefined: not recorded (OBP's adapters send null), which is not the same as none. */
    dependants: wire.dependants,
    // A null or unreadable date inside the list is not a recorded date of birth.
    dob_of_dependants: (wire.dob_of_dependants ?? []).flatMap((value) => {
      const parsed = date.safeParse(value);
      return parsed.success && parsed.data ? [parsed.data] : [];
    }),
    credit_rating: { rating: wire.credit_rating?.rating ?? '', source: wire.credit_rating?.source ?? '' },
    credit_limit: { currency: wire.credit_limit?.currency ?? '', amount: wire.credit_limit?.amount ?? '' },
    highest_education_attained: wire.highest_education_attained,
    employment_status: wire.employment_status,
    /** Undefined: the server did not say (null from an adapter). */
    kyc_status: wire.kyc_status,
    last_ok_date: wire.last_ok_date ?? null,
    title: wire.title,
    branch_id: wire.branch_id,
    name_suffix: wire.name_suffix,
    customer_attributes: wire.customer_attributes,
  })),
);

/** The customer the screens use: text "" = not recorded; `dependants`/`kyc_status` undefined = not recorded. */
export type Customer = z.output<typeof tolerantCustomer>;

/** What every list of customers shows. */
export type CustomerSummary = Pick<
  Customer,
  'bank_id' | 'customer_id' | 'customer_number' | 'legal_name' | 'mobile_phone_number' | 'email' | 'kyc_status'
>;

export type CustomerRow = CustomerSummary | UnreadableRow;

/** `{"customers": [...]}` of any version: each row read on its own. */
export const tolerantCustomerList = z.pipe(
  z.looseObject({ customers: z.optional(z.nullable(z.array(z.unknown()))) }),
  z.transform((wire): CustomerRow[] => readRows(tolerantCustomer, wire.customers ?? [], fieldOf('customer_id'))),
);
