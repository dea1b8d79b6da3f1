import { customerListV300, customerV310, customerWithAttributesV310 } from '@/api/schemas/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, userWithRoles, expectUnauthorized, expectMissingRole, expectError, customerNotFound, unique } =
  customerRecordRequests(() => sandbox);

const url = (customerId: string, suffix: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}/${suffix}`;
const put = (user: StaffUser, customerId: string, suffix: string, payload: unknown, bankId = BANK, version = 'v5.1.0') =>
  as(user, 'PUT', url(customerId, suffix, bankId, version), payload);
const fetchCustomer = async (customerId: string, bankId = BANK) =>
  customerWithAttributesV310.parse((await as('admin', 'GET', `/obp/v5.1.0/banks/${bankId}/customers/${customerId}`)).json());

/** Each update: the suffix, a user with its role, the role the teller lacks, a valid body, what the answer shows. */
const UPDATES = [
  ['email', 'manager', 'CanUpdateCustomerEmail', { email: 'new.address@example.org' }, { email: 'new.address@example.org' }],
  ['mobile-number', 'manager', 'CanUpdateCustomerMobilePhoneNumber', { mobile_phone_number: '+44 7700 900123' }, { mobile_phone_number: '+44 7700 900123' }],
  [
    'identity',
    'kyc',
    'CanUpdateCustomerIdentity',
    { legal_name: 'Zoë Ashworth-Lee', date_of_birth: '1984-02-29T00:00:00Z', title: 'Dr', name_suffix: 'PhD' },
    { legal_name: 'Zoë Ashworth-Lee', date_of_birth: '1984-02-29T00:00:00Z', title: 'Dr', name_suffix: 'PhD' },
  ],
  ['credit-limit', 'admin', 'CanUpdateCustomerCreditLimit', { credit_limit: { currency: 'GBP', amount: '7500.00' } }, { credit_limit: { currency: 'GBP', amount: '7500.00' } }],
  ['branch', 'admin', 'CanUpdateCustomerBranch', { branch_id: 'LONDON-02' }, { branch_id: 'LONDON-02' }],
  [
    'data',
    'kyc',
    'CanUpdateCustomerData',
    {
      face_image: { url: 'https://example.com/faces/new.jpg', date: '2024-03-01T00:00:00Z' },
      relationship_status: 'Married',
      dependants: 1,
      highest_education_attained: "Bachelor's degree",
      employment_status: 'Self-employed',
    },
    {
      face_image: { url: 'https://example.com/faces/new.jpg', date: '2024-03-01T00:00:00Z' },
      relationship_status: 'Married',
      dependants: 1,
      highest_education_attained: "Bachelor's degree",
      employment_status: 'Self-employed',
    },
  ],
] as const;

const CLASS_NAMES: Record<string, string> = {
  email: 'PutUpdateCustomerEmailJsonV310',
  number: 'PutUpdateCustomerNumberJsonV310',
  'mobile-number': 'PutUpdateCustomerMobilePhoneNumberJsonV310',
  identity: 'PutUpdateCustomerIdentityJsonV310',
  'credit-limit': 'PutUpdateCustomerCreditLimitJsonV310',
  'credit-rating-and-source': 'PutUpdateCustomerCreditRatingAndSourceJsonV310',
  branch: 'PutUpdateCustomerBranchJsonV310',
  data: 'PutUpdateCustomerDataJsonV310',
};

describe('PUT /banks/BANK_ID/customers/CUSTOMER_ID/<field> (v3.1.0)', () => {
  describe.each(UPDATES)('…/%s', (suffix, user, role, body, shown) => {
    it('needs a login (OBP-20001)', async () => {
      const customer = await newCustomer();
      expectUnauthorized(await anonymous('PUT', url(customer.customer_id, suffix), body));
    });

    it(`needs ${role} at the bank`, async () => {
      const customer = await newCustomer();
      expectMissingRole(await put('teller', customer.customer_id, suffix, body), `OBP-20006: User is missing one or more roles: ${role} at Bank(gh.29.uk)`);
    });

    it('changes only that field and answers CustomerJsonV310', async () => {
      const customer = await newCustomer(BANK, { email: 'before@example.com', branch_id: 'DERBY6', title: 'Ms' });
      const response = await put(user, customer.customer_id, suffix, body);
      expect(response.statusCode, response.body).toBe(200);
      const updated = customerV310.parse(response.json());
      expect(updated).toMatchObject(shown);
      const { customer_attributes: attributes, ...fetched } = await fetchCustomer(customer.customer_id);
      expect(attributes).toEqual([]);
      expect(fetched).toEqual(updated);
      const unchanged = Object.fromEntries(Object.entries(customer).filter(([key]) => !(key in shown)));
      expect(updated).toMatchObject(unchanged);
    });

    it('refuses a body that is not its class (OBP-10001 naming it)', async () => {
      const customer = await newCustomer();
      expectError(await put(user, customer.customer_id, suffix, { unexpected: true }), 400, `OBP-10001: Incorrect json format. The Json body should be the ${CLASS_NAMES[suffix]} `);
    });

    it('answers an unknown customer and a customer of another bank with 404 OBP-30046', async () => {
      expectError(await put(user, 'no-such-customer', suffix, body), 404, customerNotFound('no-such-customer'));
      const elsewhere = await newCustomer(OTHER_BANK);
      expectError(await put('admin', elsewhere.customer_id, suffix, body), 404, customerNotFound(elsewhere.customer_id));
      expect(await fetchCustomer(elsewhere.customer_id, OTHER_BANK)).toMatchObject({ ...elsewhere, customer_attributes: [] });
    });

    it('answers an unknown bank with 404 OBP-30001 before the roles', async () => {
      const customer = await newCustomer();
      expectError(await put('teller', customer.customer_id, suffix, body, 'no.such.bank'), 404, /^OBP-30001: Bank not found\./);
    });

    it.each(['v3.1.0', 'v4.0.0', 'v5.0.0'])('is served under %s too', async (version) => {
      const customer = await newCustomer();
      expect((await put(user, customer.customer_id, suffix, body, BANK, version)).statusCode).toBe(200);
    });

    it('is not served before v3.1.0', async () => {
      const customer = await newCustomer();
      expectError(await put(user, customer.customer_id, suffix, body, BANK, 'v3.0.0'), 404, /^OBP-10404: /);
    });
  });

  describe('…/number', () => {
    it('needs CanUpdateCustomerNumber and sets a free number, which GET then shows', async () => {
      const customer = await newCustomer();
      expectMissingRole(await put('manager', customer.customer_id, 'number', { customer_number: 'X1' }), 'OBP-20006: User is missing one or more roles: CanUpdateCustomerNumber at Bank(gh.29.uk)');
      const number = `N${unique()}`;
      const response = await put('admin', customer.customer_id, 'number', { customer_number: number });
      expect(response.statusCode).toBe(200);
      expect(customerV310.parse(response.json()).customer_number).toBe(number);
      expect((await fetchCustomer(customer.customer_id)).customer_number).toBe(number);
    });

    it('refuses a number used at the bank with OBP-30006, even the customer’s own', async () => {
      const customer = await newCustomer();
      expectError(
        await put('admin', customer.customer_id, 'number', { customer_number: EVELINE_TRIPMAN.customerNumber }),
        400,
        'OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER. Current customer_number(5987953) and Current bank_id(gh.29.uk)',
      );
      expectError(await put('admin', customer.customer_id, 'number', { customer_number: customer.customer_number }), 400, /^OBP-30006: /);
      expect((await fetchCustomer(customer.customer_id)).customer_number).toBe(customer.customer_number);
    });

    it('accepts a number that is used only at another bank', async () => {
      const elsewhere = await newCustomer(OTHER_BANK);
      const customer = await newCustomer();
      expect((await put('admin', customer.customer_id, 'number', { customer_number: elsewhere.customer_number })).statusCode).toBe(200);
    });
  });

  describe('…/credit-rating-and-source', () => {
    const body = { credit_rating: 'AA', credit_source: 'Experian' };

    it('needs either of its two roles, and says so', async () => {
      const customer = await newCustomer();
      expectMissingRole(
        await put('teller', customer.customer_id, 'credit-rating-and-source', body),
        'OBP-20006: User is missing one or more roles: CanUpdateCustomerCreditRatingAndSource or CanUpdateCustomerCreditRatingAndSourceAtAnyBank for BankId(gh.29.uk).',
      );
    });

    it('takes a flat body and answers the rating as {rating, source}, with the bank role or only the any-bank role', async () => {
      for (const roles of [[['CanUpdateCustomerCreditRatingAndSource', BANK]], [['CanUpdateCustomerCreditRatingAndSourceAtAnyBank', '']]] as const) {
        const customer = await newCustomer();
        const request = await userWithRoles(roles);
        const response = await request('PUT', url(customer.customer_id, 'credit-rating-and-source'), body);
        expect(response.statusCode, response.body).toBe(200);
        expect(customerV310.parse(response.json()).credit_rating).toEqual({ rating: 'AA', source: 'Experian' });
      }
    });

    it('refuses the nested shape of the response with 400', async () => {
      const customer = await newCustomer();
      expectError(
        await put('admin', customer.customer_id, 'credit-rating-and-source', { credit_rating: { rating: 'AA', source: 'Experian' } }),
        400,
        'OBP-10001: Incorrect json format. The Json body should be the PutUpdateCustomerCreditRatingAndSourceJsonV310 ',
      );
    });
  });

  describe('what lift-json and OBP’s columns refuse', () => {
    it('refuses dates with milliseconds, date-only dates and dates that do not exist', async () => {
      const customer = await newCustomer();
      for (const date of ['1990-01-01T00:00:00.000Z', '1990-01-01', '1990-02-30T00:00:00Z']) {
        expectError(
          await put('kyc', customer.customer_id, 'identity', { legal_name: 'A', date_of_birth: date, title: '', name_suffix: '' }),
          400,
          'OBP-10001: Incorrect json format. The Json body should be the PutUpdateCustomerIdentityJsonV310 ',
        );
      }
    });

    it.each([
      ['email', 'manager', { email: `${'x'.repeat(190)}@example.com` }, 'email', 200],
      ['mobile-number', 'manager', { mobile_phone_number: '7'.repeat(51) }, 'mobile_phone_number', 50],
      ['identity', 'kyc', { legal_name: '王'.repeat(256), date_of_birth: '1990-01-01T00:00:00Z', title: '', name_suffix: '' }, 'legal_name', 255],
      ['credit-limit', 'admin', { credit_limit: { currency: 'GBP', amount: '9'.repeat(101) } }, 'credit_limit\\.amount', 100],
      ['data', 'kyc', { face_image: { url: '', date: '2024-01-01T00:00:00Z' }, relationship_status: 'It is complicated', dependants: 0, highest_education_attained: '', employment_status: '' }, 'relationship_status', 16],
    ] as const)('names a field longer than its column (…/%s) and changes nothing', async (suffix, user, body, field, limit) => {
      const customer = await newCustomer();
      const response = await put(user, customer.customer_id, suffix, body);
      expectError(response, 400, new RegExp(`^OBP-10001: Incorrect json format\\. The field ${field} is too long: at most ${limit} characters`));
      const { customer_attributes: _attributes, ...fetched } = await fetchCustomer(customer.customer_id);
      expect(fetched).toEqual(customer);
    });

    it('refuses negative dependants, and leaves the dates of birth of dependants as they are', async () => {
      const customer = await newCustomer(BANK, { dependants: 1, dob_of_dependants: ['2015-05-05T00:00:00Z'] });
      const data = { face_image: { url: '', date: '2024-01-01T00:00:00Z' }, relationship_status: '', highest_education_attained: '', employment_status: '' };
      expectError(await put('kyc', customer.customer_id, 'data', { ...data, dependants: -1 }), 400, 'OBP-10001: Incorrect json format. The field dependants must not be negative.');
      const response = customerV310.parse((await put('kyc', customer.customer_id, 'data', { ...data, dependants: 3 })).json());
      expect(response).toMatchObject({ dependants: 3, dob_of_dependants: ['2015-05-05T00:00:00Z'] });
    });
  });

  it('keeps the phone index in step: the new mobile number is found at once, the old one no more', async () => {
    const customer = await newCustomer();
    const mobile = `+44 7700 ${unique()}`;
    await put('manager', customer.customer_id, 'mobile-number', { mobile_phone_number: mobile });
    const search = async (pattern: string) =>
      customerListV300.parse((await as('teller', 'POST', `/obp/v5.1.0/banks/${BANK}/search/customers/mobile-phone-number`, { mobile_phone_number: pattern })).json())
        .customers.map((found) => found.customer_id);
    expect(await search(`%${mobile.slice(5)}`)).toEqual([customer.customer_id]);
    expect(await search(customer.mobile_phone_number)).toEqual([]);
  });
});
