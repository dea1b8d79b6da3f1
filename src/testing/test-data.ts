import type { NewCustomer } from '@/api/drafts/customers';
import type { CustomerWithAttributesV310 } from '@/api/schemas/customers';
import { tolerantCustomer, type Customer } from '@/api/wire/customers';
import type { CurrentUser } from '@/api/wire/users';

export const TEST_BANK = 'gh.29.uk';

/**
 * The seeds' example customer as OBP sends her (`CustomerWithAttributesJsonV310`), every field empty but her identity:
 * what a stubbed server answers. Override what a test is about, in OBP's own field names.
 */
export function testCustomerJson(overrides: Partial<CustomerWithAttributesV310> = {}): CustomerWithAttributesV310 {
  return {
    bank_id: TEST_BANK,
    customer_id: 'c-1',
    customer_number: '5987953',
    legal_name: 'Eveline Tripman',
    mobile_phone_number: '+44 07972 444 876',
    email: '',
    face_image: { url: '', date: null },
    date_of_birth: null,
    relationship_status: '',
    dependants: 0,
    dob_of_dependants: [],
    credit_rating: { rating: '', source: '' },
    credit_limit: { currency: '', amount: '' },
    highest_education_attained: '',
    employment_status: '',
    kyc_status: false,
    last_ok_date: null,
    title: '',
    branch_id: '',
    name_suffix: '',
    customer_attributes: [],
    ...overrides,
  };
}

/** The same customer as the screens get her: read from that JSON the way the console reads OBP. */
export function testCustomer(overrides: Partial<Customer> = {}): Customer {
  return { ...tolerantCustomer.parse(testCustomerJson()), ...overrides };
}

/** A signed-in staff user holding `roles` at the test bank. */
export function testUser(roles: readonly string[], username = 'manager'): CurrentUser {
  return {
    userId: 'u-1',
    email: '',
    providerId: username,
    provider: 'sandbox',
    username,
    entitlements: roles.map((roleName, index) => ({ entitlementId: `e${index}`, roleName, bankId: TEST_BANK })),
    views: [],
  };
}

export const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A create-customer draft with nothing but a name and a mobile number; `overrides` fills in the rest. */
export const newCustomerDraft = (overrides: Partial<NewCustomer> = {}): NewCustomer => ({
  legalName: 'Ana Pérez',
  mobilePhoneNumber: '+34 600 12 34 56',
  customerNumber: '',
  email: '',
  title: '',
  nameSuffix: '',
  dateOfBirth: '',
  relationshipStatus: '',
  dobOfDependants: [],
  highestEducationAttained: '',
  employmentStatus: '',
  branchId: '',
  kycStatus: false,
  lastOkDate: '',
  faceImage: { url: '', date: '' },
  creditRating: { rating: '', source: '' },
  creditLimit: { currency: '', amount: '' },
  ...overrides,
});
