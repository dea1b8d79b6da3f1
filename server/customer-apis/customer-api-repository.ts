import type { SandboxDatabase } from '../database/sandbox-database';
import type { CustomerAddressRecord } from '../repositories/customer-address-repository';

/**
 * The SQL of the OpenWealth and bankingservice.ai views (issue 9): what OBP's tables lack (see
 * database/customer-api-migrations.ts). OBP's own rows are read and written through OBP's repositories.
 */
export type PersonType = 'naturalPerson' | 'legalPerson';
export type PersonRelation = 'beneficialOwner' | 'authorisedRepresentative' | 'assetManager' | 'accountOwner' | 'authorisedSignatory' | 'other';
export type CustomerStatus = 'active' | 'inactive' | 'closed';

export type CustomerProfile = {
  personType: PersonType;
  givenName: string | null;
  lastName: string | null;
  company: string;
  legalForm: string;
  lei: string;
  domiciliaryCompany: boolean;
  status: CustomerStatus;
  referenceCurrency: string;
};

export const DEFAULT_PROFILE: CustomerProfile = {
  personType: 'naturalPerson',
  givenName: null,
  lastName: null,
  company: '',
  legalForm: '',
  lei: '',
  domiciliaryCompany: false,
  status: 'active',
  referenceCurrency: '',
};

export type PersonRecord = {
  id: number;
  personId: string;
  bankId: string;
  personType: PersonType;
  givenName: string;
  lastName: string;
  organisationName: string;
  title: string;
  gender: string;
  birthDate: string;
  nationality: string;
  countryOfDomicile: string;
  language: string;
};

export type ContactMedium = 'email' | 'phone' | 'fax' | 'website' | 'socialMediaProfile';
export type ContactDetailRecord = {
  id: number;
  medium: ContactMedium;
  mediumType: '' | 'private' | 'business';
  content: string;
  additionalInformation: string;
};
export type ContactOwner = { customerId: string } | { personId: string };

export type KycSituations = { nonFinancialSituation: Record<string, unknown>; financialSituation: Record<string, unknown> };

export type AddressDetails = {
  addressName: string;
  isDomicile: boolean | null;
  isMailingAddress: boolean | null;
  mailingInstruction: string;
  dispatchType: 'postal' | 'electronical' | 'other';
  language: string;
  salutation: Record<string, string>;
  name: Record<string, string>;
  careOf: string;
  toTheAttentionOf: string;
  postBox: string;
};

export const DEFAULT_ADDRESS_DETAILS: AddressDetails = {
  addressName: '',
  isDomicile: null,
  isMailingAddress: null,
  mailingInstruction: '',
  dispatchType: 'postal',
  language: '',
  salutation: {},
  name: {},
  careOf: '',
  toTheAttentionOf: '',
  postBox: '',
};

/** An OBP address with its rowid, which OpenWealth uses as the (numeric) addressIdentification. */
export type NumberedAddress = Pick<CustomerAddressRecord, 'customerAddressId' | 'line1' | 'line2' | 'line3' | 'city' | 'county' | 'state' | 'postcode' | 'countryCode' | 'tags'> & {
  id: number;
};

type ProfileRow = {
  person_type: PersonType;
  given_name: string | null;
  last_name: string | null;
  company: string;
  legal_form: string;
  lei: string;
  domiciliary_company: number;
  status: CustomerStatus;
  reference_currency: string;
};

type PersonRow = {
  id: number;
  person_id: string;
  bank_id: string;
  person_type: PersonType;
  given_name: string;
  last_name: string;
  organisation_name: string;
  title: string;
  gender: string;
  birth_date: string;
  nationality: string;
  country_of_domicile: string;
  language: string;
};

type AddressDetailsRow = {
  address_name: string;
  is_domicile: number | null;
  is_mailing_address: number | null;
  mailing_instruction: string;
  dispatch_type: AddressDetails['dispatchType'];
  language: string;
  salutation: string;
  name: string;
  care_of: string;
  to_the_attention_of: string;
  post_box: string;
};

type AddressRow = {
  id: number;
  customer_address_id: string;
  line_1: string;
  line_2: string;
  line_3: string;
  city: string;
  county: string;
  state: string;
  postcode: string;
  country_code: string;
  tags: string;
};

const toPerson = (row: PersonRow): PersonRecord => ({
  id: row.id,
  personId: row.person_id,
  bankId: row.bank_id,
  personType: row.person_type,
  givenName: row.given_name,
  lastName: row.last_name,
  organisationName: row.organisation_name,
  title: row.title,
  gender: row.gender,
  birthDate: row.birth_date,
  nationality: row.nationality,
  countryOfDomicile: row.country_of_domicile,
  language: row.language,
});

const toAddress = (row: AddressRow): NumberedAddress => ({
  id: row.id,
  customerAddressId: row.customer_address_id,
  line1: row.line_1,
  line2: row.line_2,
  line3: row.line_3,
  city: row.city,
  county: row.county,
  state: row.state,
  postcode: row.postcode,
  countryCode: row.country_code,
  tags: row.tags === '' ? [] : row.tags.split(','),
});

const booleanOrNull = (value: number | null) => (value === null ? null : value === 1);
const flagOrNull = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

export type CustomerApiRepository = ReturnType<typeof createCustomerApiRepository>;

export function createCustomerApiRepository(database: SandboxDatabase) {
  const profileColumns = 'person_type, given_name, last_name, company, legal_form, lei, domiciliary_company, status, reference_currency';
  const profileOf = database.prepare<[string], ProfileRow>(`SELECT ${profileColumns} FROM customer_profiles WHERE customer_id = ?`);
  const upsertProfile = database.prepare(
    `INSERT INTO customer_profiles (customer_id, ${profileColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (customer_id) DO UPDATE SET person_type = excluded.person_type, given_name = excluded.given_name,
       last_name = excluded.last_name, company = excluded.company, legal_form = excluded.legal_form, lei = excluded.lei,
       domiciliary_company = excluded.domiciliary_company, status = excluded.status, reference_currency = excluded.reference_currency`,
  );

  const customerRowIdsAfter = database
    .prepare<[string, number, number], number>('SELECT id FROM customers WHERE bank_id = ? AND id > ? ORDER BY id LIMIT ?')
    .pluck();
  const customerRowIdsAt = database
    .prepare<[string, number, number], number>('SELECT id FROM customers WHERE bank_id = ? ORDER BY id LIMIT ? OFFSET ?')
    .pluck();
  const customerCount = database.prepare<[string], number>('SELECT count(*) FROM customers WHERE bank_id = ?').pluck();

  const personColumns = `id, person_id, bank_id, person_type, given_name, last_name, organisation_name, title, gender, birth_date,
    nationality, country_of_domicile, language`;
  const insertPerson = database.prepare(
    `INSERT INTO customer_persons (person_id, bank_id, person_type, given_name, last_name, organisation_name, title, gender,
       birth_date, nationality, country_of_domicile, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const personById = database.prepare<[string, string], PersonRow>(`SELECT ${personColumns} FROM customer_persons WHERE person_id = ? AND bank_id = ?`);
  const personsAfter = database.prepare<[string, number, number], PersonRow>(
    `SELECT ${personColumns} FROM customer_persons WHERE bank_id = ? AND id > ? ORDER BY id LIMIT ?`,
  );
  const insertRole = database.prepare('INSERT OR REPLACE INTO customer_person_roles (customer_id, person_id, relation) VALUES (?, ?, ?)');
  const rolesOfCustomer = database.prepare<[string], { person_id: string; relation: PersonRelation }>(
    `SELECT r.person_id, r.relation FROM customer_person_roles r JOIN customer_persons p ON p.person_id = r.person_id
     WHERE r.customer_id = ? ORDER BY p.id`,
  );
  const customersOfPerson = database
    .prepare<[string], string>(
      `SELECT c.customer_number FROM customer_person_roles r JOIN customers c ON c.customer_id = r.customer_id
       WHERE r.person_id = ? ORDER BY c.id`,
    )
    .pluck();

  const contactColumns = 'id, medium, medium_type, content, additional_information';
  type ContactRow = { id: number; medium: ContactMedium; medium_type: ContactDetailRecord['mediumType']; content: string; additional_information: string };
  const toContact = (row: ContactRow): ContactDetailRecord => ({
    id: row.id,
    medium: row.medium,
    mediumType: row.medium_type,
    content: row.content,
    additionalInformation: row.additional_information,
  });
  const contactsOfCustomer = database.prepare<[string], ContactRow>(`SELECT ${contactColumns} FROM person_contact_details WHERE customer_id = ? ORDER BY id`);
  const contactsOfPerson = database.prepare<[string], ContactRow>(`SELECT ${contactColumns} FROM person_contact_details WHERE person_id = ? ORDER BY id`);
  const insertContact = database.prepare(
    `INSERT INTO person_contact_details (customer_id, person_id, medium, medium_type, content, additional_information, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const situationOf = database.prepare<[string], { non_financial_situation: string; financial_situation: string }>(
    'SELECT non_financial_situation, financial_situation FROM customer_kyc_situations WHERE customer_id = ?',
  );
  const upsertSituation = database.prepare(
    `INSERT INTO customer_kyc_situations (customer_id, non_financial_situation, financial_situation) VALUES (?, ?, ?)
     ON CONFLICT (customer_id) DO UPDATE SET non_financial_situation = excluded.non_financial_situation,
       financial_situation = excluded.financial_situation`,
  );

  const addressColumns = 'id, customer_address_id, line_1, line_2, line_3, city, county, state, postcode, country_code, tags';
  const addressesOf = database.prepare<[string], AddressRow>(`SELECT ${addressColumns} FROM customer_addresses WHERE customer_id = ? ORDER BY id`);
  const addressIdsOf = database.prepare<[string], number>('SELECT id FROM customer_addresses WHERE customer_id = ? ORDER BY id').pluck();
  const addressByRowId = database.prepare<[number, string], AddressRow>(`SELECT ${addressColumns} FROM customer_addresses WHERE id = ? AND customer_id = ?`);
  const addressByAddressId = database.prepare<[string], AddressRow>(`SELECT ${addressColumns} FROM customer_addresses WHERE customer_address_id = ?`);
  const detailColumns = `address_name, is_domicile, is_mailing_address, mailing_instruction, dispatch_type, language, salutation, name,
    care_of, to_the_attention_of, post_box`;
  const detailsOf = database.prepare<[string], AddressDetailsRow>(`SELECT ${detailColumns} FROM customer_address_details WHERE customer_address_id = ?`);
  const upsertDetails = database.prepare(
    `INSERT OR REPLACE INTO customer_address_details (customer_address_id, ${detailColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const socialHandles = database.prepare<[string], { id: number; type: string; handle: string }>(
    'SELECT id, type, handle FROM social_media_handles WHERE customer_id = ? ORDER BY id',
  );
  const socialHandleId = database
    .prepare<[string, string, string], number>('SELECT id FROM social_media_handles WHERE customer_id = ? AND type = ? AND handle = ?')
    .pluck();
  const deleteCustomer = database.prepare('DELETE FROM customers WHERE customer_id = ?');
  const orphanPersons = database.prepare(
    `DELETE FROM customer_persons WHERE bank_id = ? AND NOT EXISTS (SELECT 1 FROM customer_person_roles r WHERE r.person_id = customer_persons.person_id)`,
  );

  return {
    /** OBP's social media handles of the customer with their rowids (OpenWealth contact identifications). */
    socialHandlesOf: (customerId: string) => socialHandles.all(customerId),
    socialHandleId: (customerId: string, type: string, handle: string): number | undefined => socialHandleId.get(customerId, type, handle),
    /** Deletes the customer with everything that hangs on it (foreign keys cascade), and persons no contract names any more. */
    deleteCustomer(customerId: string, bankId: string): boolean {
      const deleted = deleteCustomer.run(customerId).changes > 0;
      if (deleted) orphanPersons.run(bankId);
      return deleted;
    },

    profileOf(customerId: string): CustomerProfile {
      const row = profileOf.get(customerId);
      if (!row) return DEFAULT_PROFILE;
      return {
        personType: row.person_type,
        givenName: row.given_name,
        lastName: row.last_name,
        company: row.company,
        legalForm: row.legal_form,
        lei: row.lei,
        domiciliaryCompany: row.domiciliary_company === 1,
        status: row.status,
        referenceCurrency: row.reference_currency,
      };
    },
    saveProfile(customerId: string, profile: CustomerProfile): void {
      upsertProfile.run(
        customerId, profile.personType, profile.givenName, profile.lastName, profile.company, profile.legalForm, profile.lei,
        profile.domiciliaryCompany ? 1 : 0, profile.status, profile.referenceCurrency,
      );
    },

    /** Rowids of the bank's customers after `afterRowId`, in rowid order (cursor paging). */
    customerRowIdsAfter: (bankId: string, afterRowId: number, limit: number): number[] => customerRowIdsAfter.all(bankId, afterRowId, limit),
    /** Rowids of one page of the bank's customers, in rowid order (page paging). */
    customerRowIdsAt: (bankId: string, offset: number, limit: number): number[] => customerRowIdsAt.all(bankId, limit, offset),
    customerCount: (bankId: string): number => customerCount.get(bankId)!,

    createPerson(person: Omit<PersonRecord, 'id'>, createdAt: string): void {
      insertPerson.run(
        person.personId, person.bankId, person.personType, person.givenName, person.lastName, person.organisationName, person.title,
        person.gender, person.birthDate, person.nationality, person.countryOfDomicile, person.language, createdAt,
      );
    },
    findPerson(personId: string, bankId: string): PersonRecord | undefined {
      const row = personById.get(personId, bankId);
      return row && toPerson(row);
    },
    personsAfter: (bankId: string, afterId: number, limit: number): PersonRecord[] => personsAfter.all(bankId, afterId, limit).map(toPerson),
    addRole(customerId: string, personId: string, relation: PersonRelation): void {
      insertRole.run(customerId, personId, relation);
    },
    rolesOfCustomer: (customerId: string) => rolesOfCustomer.all(customerId).map((row) => ({ personId: row.person_id, relation: row.relation })),
    /** Customer numbers of the customers whose contracts name the person. */
    customerNumbersOfPerson: (personId: string): string[] => customersOfPerson.all(personId),

    contactDetailsOf(owner: ContactOwner): ContactDetailRecord[] {
      return ('customerId' in owner ? contactsOfCustomer.all(owner.customerId) : contactsOfPerson.all(owner.personId)).map(toContact);
    },
    addContactDetail(owner: ContactOwner, detail: Omit<ContactDetailRecord, 'id'>, createdAt: string): number {
      const customerId = 'customerId' in owner ? owner.customerId : null;
      const personId = 'personId' in owner ? owner.personId : null;
      return Number(
        insertContact.run(customerId, personId, detail.medium, detail.mediumType, detail.content, detail.additionalInformation, createdAt).lastInsertRowid,
      );
    },

    kycSituationsOf(customerId: string): KycSituations {
      const row = situationOf.get(customerId);
      return {
        nonFinancialSituation: row ? (JSON.parse(row.non_financial_situation) as Record<string, unknown>) : {},
        financialSituation: row ? (JSON.parse(row.financial_situation) as Record<string, unknown>) : {},
      };
    },
    saveKycSituations(customerId: string, situations: KycSituations): void {
      upsertSituation.run(customerId, JSON.stringify(situations.nonFinancialSituation), JSON.stringify(situations.financialSituation));
    },

    addressesOf: (customerId: string): NumberedAddress[] => addressesOf.all(customerId).map(toAddress),
    addressIdsOf: (customerId: string): number[] => addressIdsOf.all(customerId),
    findAddress(rowId: number, customerId: string): NumberedAddress | undefined {
      const row = addressByRowId.get(rowId, customerId);
      return row && toAddress(row);
    },
    findAddressById(customerAddressId: string): NumberedAddress | undefined {
      const row = addressByAddressId.get(customerAddressId);
      return row && toAddress(row);
    },
    addressDetailsOf(customerAddressId: string): AddressDetails {
      const row = detailsOf.get(customerAddressId);
      if (!row) return DEFAULT_ADDRESS_DETAILS;
      return {
        addressName: row.address_name,
        isDomicile: booleanOrNull(row.is_domicile),
        isMailingAddress: booleanOrNull(row.is_mailing_address),
        mailingInstruction: row.mailing_instruction,
        dispatchType: row.dispatch_type,
        language: row.language,
        salutation: JSON.parse(row.salutation) as Record<string, string>,
        name: JSON.parse(row.name) as Record<string, string>,
        careOf: row.care_of,
        toTheAttentionOf: row.to_the_attention_of,
        postBox: row.post_box,
      };
    },
    saveAddressDetails(customerAddressId: string, details: AddressDetails): void {
      upsertDetails.run(
        customerAddressId, details.addressName, flagOrNull(details.isDomicile), flagOrNull(details.isMailingAddress), details.mailingInstruction,
        details.dispatchType, details.language, JSON.stringify(details.salutation), JSON.stringify(details.name), details.careOf,
        details.toTheAttentionOf, details.postBox,
      );
    },
  };
}
