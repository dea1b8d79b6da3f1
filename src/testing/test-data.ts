import type { Customer } from '@/api/wire/customers';
import type { CurrentUser } from '@/api/wire/users';

export const TEST_BANK = 'gh.29.uk';

/** The seeds' example customer with every field empty but her identity; override what a test is about. */
export function testCustomer(overrides: Partial<Customer> = {}): Customer {
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

/** A signed-in staff user holding `roles` at the test bank. */
export function testUser(roles: readonly string[], username = 'manager'): CurrentUser {
  return {
    user_id: 'u-1',
    email: '',
    provider_id: username,
    provider: 'sandbox',
    username,
    entitlements: { list: roles.map((role_name, index) => ({ entitlement_id: `e${index}`, role_name, bank_id: TEST_BANK })) },
    views: { list: [] },
  };
}

export const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
