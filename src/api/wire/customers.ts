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
    bankId: wire.bank_id,
    customerId: wire.customer_id,
    customerNumber: wire.customer_number,
    legalName: wire.legal_name,
    mobilePhoneNumber: wire.mobile_phone_number,
    email: wire.email,
    faceImage: { url: wire.face_image?.url ?? '', date: wire.face_image?.date },
    dateOfBirth: wire.date_of_birth,
    relationshipStatus: wire.relationship_status,
    /** Undefined: not recorded (OBP's adapters send null), which is not the same as none. */
    dependants: wire.dependants,
    // A null or unreadable date inside the list is not a recorded date of birth.
    dobOfDependants: (wire.dob_of_dependants ?? []).flatMap((value) => {
      const parsed = date.safeParse(value);
      return parsed.success && parsed.data ? [parsed.data] : [];
    }),
    creditRating: { rating: wire.credit_rating?.rating ?? '', source: wire.credit_rating?.source ?? '' },
    creditLimit: { currency: wire.credit_limit?.currency ?? '', amount: wire.credit_limit?.amount ?? '' },
    highestEducationAttained: wire.highest_education_attained,
    employmentStatus: wire.employment_status,
    /** Undefined: the server did not say (null from an adapter). */
    kycStatus: wire.kyc_status,
    lastOkDate: wire.last_ok_date,
    title: wire.title,
    branchId: wire.branch_id,
    nameSuffix: wire.name_suffix,
    customerAttributes: wire.customer_attributes,
  })),
);

/** The customer the screens use: text "" = not recorded; `dependants`/`kyc_status` undefined = not recorded. */
export type Customer = z.output<typeof tolerantCustomer>;

/** What every list of customers shows. */
export type CustomerSummary = Pick<
  Customer,
  'bankId' | 'customerId' | 'customerNumber' | 'legalName' | 'mobilePhoneNumber' | 'email' | 'kycStatus'
>;

export type CustomerRow = CustomerSummary | UnreadableRow;

/** `{"customers": [...]}` of any version: each row read on its own. */
export const tolerantCustomerList = z.pipe(
  z.looseObject({ customers: z.optional(z.nullable(z.array(z.unknown()))) }),
  z.transform((wire): CustomerRow[] => readRows(tolerantCustomer, wire.customers ?? [], fieldOf('customer_id'))),
);
