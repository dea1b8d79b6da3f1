import { customerListV210, customerListV300, customerV310, customerWithAttributesV310 } from '@/api/schemas/customers';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { BANK, OTHER_BANK, createTestSandbox, errorOf, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ config: { searchResultCeiling: 500 } });
});
afterAll(async () => sandbox.close());

let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${(sequence += 1)}`;

const json = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(payload),
});
const post = (user: StaffUser, url: string, payload: unknown) => sandbox.as(user, json('POST', url, payload));
const get = (user: StaffUser, url: string) => sandbox.as(user, { method: 'GET', url });
const createCustomer = (user: StaffUser, payload: unknown, bankId = BANK, version = 'v5.1.0') =>
  post(user, `/obp/${version}/banks/${bankId}/customers`, payload);

const FULL_CUSTOMER = {
  legal_name: 'María José Núñez Ibáñez',
  mobile_phone_number: '+34 612 34 56 78',
  email: 'maria.nunez@example.com',
  face_image: { url: 'https://example.com/faces/maria.jpg', date: '2020-05-01T00:00:00Z' },
  date_of_birth: '1984-02-29T00:00:00Z',
  relationship_status: 'Married',
  dependants: 2,
  dob_of_dependants: ['2012-06-01T00:00:00Z', '2015-09-15T00:00:00Z'],
  credit_rating: { rating: 'AA', source: 'Experian' },
  credit_limit: { currency: 'EUR', amount: '5000.00' },
  highest_education_attained: "Master's degree",
  employment_status: 'Employed',
  kyc_status: true,
  last_ok_date: '2024-11-30T10:15:00Z',
  title: 'Sra.',
  branch_id: 'MADRID-01',
  name_suffix: '',
};

const JSON_BODY_SHOULD_BE_V310 = 'OBP-10001: Incorrect json format. The Json body should be the PostCustomerJsonV310 ';

describe('POST /banks/BANK_ID/customers (v5.0.0 createCustomer)', () => {
  it('needs a login', async () => {
    const response = await sandbox.app.inject(json('POST', `/obp/v5.1.0/banks/${BANK}/customers`, { legal_name: 'A', mobile_phone_number: '1' }));
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).message).toBe('OBP-20001: User not logged in. Authentication is required!');
  });

  it('needs CanCreateCustomer at the bank or CanCreateCustomerAtAnyBank', async () => {
    const teller = await createCustomer('teller', { legal_name: 'A', mobile_phone_number: '1' });
    expect(teller.statusCode).toBe(403);
    expect(errorOf(teller).message).toBe('OBP-20006: User is missing one or more roles: CanCreateCustomer or CanCreateCustomerAtAnyBank for BankId(gh.29.uk).');
    const elsewhere = await createCustomer('manager', { legal_name: 'A', mobile_phone_number: '1' }, OTHER_BANK);
    expect(elsewhere.statusCode).toBe(403);
    expect(errorOf(elsewhere).message).toContain('for BankId(GENODEM1GLS).');
  });

  it('answers an unknown bank with 404 before checking roles', async () => {
    const response = await createCustomer('teller', { legal_name: 'A', mobile_phone_number: '1' }, 'no.such.bank');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toMatch(/^OBP-30001: /);
  });

  it('creates from the two required fields, with OBP’s defaults and a generated number', async () => {
    const response = await createCustomer('manager', { legal_name: 'Zoë Ashworth-Lee', mobile_phone_number: '+44 7700 900001' });
    expect(response.statusCode).toBe(201);
    const customer = customerV310.parse(response.json());
    expect(customer).toMatchObject({
      bank_id: BANK,
      legal_name: 'Zoë Ashworth-Lee',
      email: '',
      face_image: { url: '', date: null },
      date_of_birth: null,
      relationship_status: '',
      dependants: 0,
      dob_of_dependants: [],
      credit_rating: { rating: '', source: '' },
      credit_limit: { currency: '', amount: '' },
      kyc_status: false,
      last_ok_date: null,
      title: '',
      branch_id: '',
      name_suffix: '',
    });
    expect(customer.customer_number).toMatch(/^\d+$/);
    expect(customer.customer_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates from every field; GET by id then answers the same, with its attributes', async () => {
    const customerNumber = `N-${unique()}`;
    // The admin: a customer born KYC-verified also needs CanAddKycStatus.
    const created = await createCustomer('admin', { ...FULL_CUSTOMER, customer_number: customerNumber }, BANK, 'v5.0.0');
    expect(created.statusCode).toBe(201);
    const body = customerV310.parse(created.json());
    expect(body).toEqual({ ...FULL_CUSTOMER, customer_number: customerNumber, bank_id: BANK, customer_id: body.customer_id });
    const fetched = await get('teller', `/obp/v5.1.0/banks/${BANK}/customers/${body.customer_id}`);
    expect(customerWithAttributesV310.parse(fetched.json())).toEqual({ ...body, customer_attributes: [] });
  });

  it('reads JSON null in an optional field as absent', async () => {
    const response = await createCustomer('manager', { legal_name: 'Null Email', mobile_phone_number: '1', email: null, face_image: null });
    expect(response.statusCode).toBe(201);
    expect(customerV310.parse(response.json())).toMatchObject({ email: '', face_image: { url: '', date: null } });
  });

  it.each([
    ['without legal_name', { mobile_phone_number: '1' }],
    ['with a number for a string', { legal_name: 'A', mobile_phone_number: 4477 }],
    ['with dependants as a string', { legal_name: 'A', mobile_phone_number: '1', dependants: '2' }],
    ['with a date with milliseconds', { legal_name: 'A', mobile_phone_number: '1', date_of_birth: '1990-01-01T00:00:00.000Z' }],
    ['with a date-only date', { legal_name: 'A', mobile_phone_number: '1', last_ok_date: '2024-01-01' }],
    ['with a date that does not exist', { legal_name: 'A', mobile_phone_number: '1', date_of_birth: '1990-02-30T00:00:00Z' }],
    ['with an array body', [FULL_CUSTOMER]],
  ])('refuses a body %s with 400 naming the class', async (_case, payload) => {
    const response = await createCustomer('manager', payload);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({ code: 400, message: JSON_BODY_SHOULD_BE_V310 });
  });

  it('needs as many dates of birth as dependants (OBP-10020)', async () => {
    const response = await createCustomer('manager', { ...FULL_CUSTOMER, dependants: 3 });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe('OBP-10020: Incorrect json. The field dependants(3) not equal the length(2) of dob_of_dependants array');
  });

  it('refuses a customer number with ::::', async () => {
    const response = await createCustomer('manager', { legal_name: 'A', mobile_phone_number: '1', customer_number: 'a::::b' });
    expect(errorOf(response)).toEqual({ code: 400, message: 'OBP-10001: Incorrect json format. customer_number can not contain `::::` characters' });
  });

  it('refuses a number already used at the bank, but not one used at another bank', async () => {
    const response = await createCustomer('manager', { legal_name: 'A', mobile_phone_number: '1', customer_number: EVELINE_TRIPMAN.customerNumber });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe(
      'OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER. Current customer_number(5987953) and Current bank_id(gh.29.uk)',
    );
    const otherBank = await createCustomer('admin', { legal_name: 'A', mobile_phone_number: '1', customer_number: EVELINE_TRIPMAN.customerNumber }, OTHER_BANK);
    expect(otherBank.statusCode).toBe(201);
  });

  it.each([
    ['relationship_status', { relationship_status: 'x'.repeat(17) }, 16],
    ['mobile_phone_number', { mobile_phone_number: '7'.repeat(51) }, 50],
    ['legal_name', { legal_name: '王'.repeat(256) }, 255],
    ['credit_limit.amount', { credit_limit: { currency: 'EUR', amount: '9'.repeat(101) } }, 100],
  ])('names a field longer than its column: %s', async (field, overrides, limit) => {
    const response = await createCustomer('manager', { legal_name: 'A', mobile_phone_number: '1', ...overrides });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(new RegExp(`^OBP-10001: Incorrect json format\\. The field ${field.replace('.', '\\.')} is too long: at most ${limit} characters`));
  });

  it('accepts a value exactly as long as its column, counting characters not bytes', async () => {
    const response = await createCustomer('manager', { legal_name: '王'.repeat(255), mobile_phone_number: '7'.repeat(50), relationship_status: 'x'.repeat(16) });
    expect(response.statusCode).toBe(201);
  });

  it('refuses the NUL character', async () => {
    const response = await createCustomer('manager', { legal_name: 'A\u0000B', mobile_phone_number: '1' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toContain('legal_name');
  });

  it('checks id fields before the bank and the roles, as OBP’s auto-validation', async () => {
    const response = await createCustomer('teller', { legal_name: 'A', mobile_phone_number: '1', branch_id: 'LONDON 01' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe('OBP-10001: Incorrect json format. Here are all invalid values: List((branch_id,LONDON 01))');
  });

  it('answers a non-JSON body with OBP’s 404 and unparsable JSON with 400', async () => {
    const url = `/obp/v5.1.0/banks/${BANK}/customers`;
    const text = await sandbox.as('manager', { method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: '{}' });
    expect(text.statusCode).toBe(404);
    expect(errorOf(text).message).toMatch(/^OBP-10404: 404 Not Found\..*Content-Type header MUST be `application\/json`/);
    const none = await sandbox.as('manager', { method: 'POST', url });
    expect(none.statusCode).toBe(404);
    const broken = await sandbox.as('manager', { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"legal_name": ' });
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken).message).toMatch(/^OBP-10001: Incorrect json format\. /);
    const empty = await sandbox.as('manager', { method: 'POST', url, headers: { 'content-type': 'application/json; charset=utf-8' }, payload: '' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).message).toMatch(/^OBP-10001: /);
  });

  it('is served under v5.0.0 and v5.1.0 only (older versions had another body)', async () => {
    const response = await createCustomer('manager', { legal_name: 'A', mobile_phone_number: '1' }, BANK, 'v4.0.0');
    expect(response.statusCode).toBe(404);
  });

  it('makes the new customer findable by phone at once', async () => {
    const mobile = `+44 7700 ${unique()}`;
    await createCustomer('manager', { legal_name: 'Findable', mobile_phone_number: mobile });
    const found = await post('teller', `/obp/v5.1.0/banks/${BANK}/search/customers/mobile-phone-number`, { mobile_phone_number: `%${mobile.slice(4)}` });
    expect(customerListV300.parse(found.json()).customers.map((customer) => customer.legal_name)).toEqual(['Findable']);
  });
});

describe('GET /banks/BANK_ID/customers/CUSTOMER_ID', () => {
  const eveline = () => sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;

  it.each(['v3.1.0', 'v4.0.0', 'v5.0.0', 'v5.1.0'])('answers the customer with attributes under %s', async (version) => {
    const response = await get('teller', `/obp/${version}/banks/${BANK}/customers/${eveline().customerId}`);
    expect(response.statusCode).toBe(200);
    expect(customerWithAttributesV310.parse(response.json())).toMatchObject({
      customer_number: EVELINE_TRIPMAN.customerNumber,
      legal_name: EVELINE_TRIPMAN.legalName,
      mobile_phone_number: EVELINE_TRIPMAN.mobilePhoneNumber,
      email: EVELINE_TRIPMAN.email,
      customer_attributes: expect.arrayContaining([expect.objectContaining({ name: 'CUSTOMER_SINCE', type: 'DATE_WITH_DAY', value: '2019-06-03' })]),
    });
  });

  it('needs a login and CanGetCustomer at the bank', async () => {
    expect((await sandbox.app.inject({ method: 'GET', url: `/obp/v5.1.0/banks/${BANK}/customers/${eveline().customerId}` })).statusCode).toBe(401);
    const response = await get('manager', `/obp/v5.1.0/banks/${OTHER_BANK}/customers/${eveline().customerId}`);
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).message).toBe('OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(GENODEM1GLS)');
  });

  it('answers an unknown customer, and a customer of another bank, with 404 OBP-30046', async () => {
    const unknown = await get('teller', `/obp/v5.1.0/banks/${BANK}/customers/no-such-customer`);
    expect(errorOf(unknown)).toEqual({
      code: 404,
      message: 'OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID.. Current CustomerId(no-such-customer)',
    });
    const otherBankCustomer = sandbox.repositories.userCustomerLinks.customersOfUser(
      sandbox.repositories.users.findByUsername('admin')!.userId,
      OTHER_BANK,
    )[0]!;
    const crossBank = await get('admin', `/obp/v5.1.0/banks/${BANK}/customers/${otherBankCustomer.customerId}`);
    expect(crossBank.statusCode).toBe(404);
    expect(errorOf(crossBank).message).toMatch(/^OBP-30046: /);
    expect((await get('admin', `/obp/v5.1.0/banks/${OTHER_BANK}/customers/${otherBankCustomer.customerId}`)).statusCode).toBe(200);
  });

  it('answers an unknown bank with 404 OBP-30001', async () => {
    const response = await get('admin', `/obp/v5.1.0/banks/nowhere/customers/${eveline().customerId}`);
    expect(errorOf(response).message).toBe('OBP-30001: Bank not found. Please specify a valid value for BANK_ID. Current BankId is nowhere');
  });
});

describe('POST /banks/BANK_ID/customers/customer-number', () => {
  const url = (bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/customer-number`;

  it('answers the customer with that number at the bank', async () => {
    const response = await post('teller', url(BANK, 'v3.1.0'), { customer_number: EVELINE_TRIPMAN.customerNumber });
    expect(response.statusCode).toBe(200);
    expect(customerWithAttributesV310.parse(response.json()).legal_name).toBe(EVELINE_TRIPMAN.legalName);
  });

  it('needs a login and CanGetCustomer', async () => {
    expect((await sandbox.app.inject(json('POST', url(), { customer_number: '1' }))).statusCode).toBe(401);
    const response = await post('manager', url(OTHER_BANK), { customer_number: '1' });
    expect(errorOf(response)).toEqual({ code: 403, message: 'OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(GENODEM1GLS)' });
  });

  it('answers an unknown number with 404 OBP-30002, also when the number exists at another bank', async () => {
    const unknown = await post('teller', url(), { customer_number: 'nope' });
    expect(errorOf(unknown)).toEqual({ code: 404, message: 'OBP-30002: Customer not found. Please specify a valid value for CUSTOMER_NUMBER.' });
    // The second seeded customer is at gh.29.uk only.
    const [onlyAtBank] = sandbox.repositories.customers.findByRowIds([2]);
    expect(onlyAtBank?.bankId).toBe(BANK);
    expect((await post('admin', url(BANK), { customer_number: onlyAtBank!.customerNumber })).statusCode).toBe(200);
    expect((await post('admin', url(OTHER_BANK), { customer_number: onlyAtBank!.customerNumber })).statusCode).toBe(404);
  });

  it('refuses a body that is not PostCustomerNumberJsonV310', async () => {
    const response = await post('teller', url(), { number: '5987953' });
    expect(errorOf(response)).toEqual({ code: 400, message: 'OBP-10001: Incorrect json format. The Json body should be the PostCustomerNumberJsonV310 ' });
  });
});

describe('GET /banks/BANK_ID/customers (v5 list)', () => {
  const list = async (query: string, user: StaffUser = 'manager') => {
    const response = await get(user, `/obp/v5.1.0/banks/${BANK}/customers${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return customerListV300.parse(response.json()).customers;
  };

  it('needs a login and CanGetCustomers', async () => {
    expect((await sandbox.app.inject({ method: 'GET', url: `/obp/v5.1.0/banks/${BANK}/customers` })).statusCode).toBe(401);
    const response = await get('teller', `/obp/v5.1.0/banks/${BANK}/customers`);
    expect(errorOf(response)).toEqual({ code: 403, message: 'OBP-20006: User is missing one or more roles: CanGetCustomers for BankId(gh.29.uk).' });
  });

  it('answers 50 customers of the bank by default, newest last_ok_date first', async () => {
    const customers = await list('');
    expect(customers).toHaveLength(50);
    expect(customers.every((customer) => customer.bank_id === BANK)).toBe(true);
    const dates = customers.map((customer) => customer.last_ok_date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages without overlap or gaps, in both directions', async () => {
    for (const direction of ['asc', 'DESC']) {
      const pages = [];
      for (let offset = 0; offset < 400; offset += 70) pages.push(...(await list(`?limit=70&offset=${offset}&sort_direction=${direction}`)));
      const ids = pages.map((customer) => customer.customer_id);
      expect(new Set(ids).size).toBe(ids.length);
      const all = await list('?limit=400');
      expect(new Set(ids)).toEqual(new Set(all.map((customer) => customer.customer_id)));
    }
    const ascending = (await list('?limit=400&sort_direction=asc')).map((customer) => customer.last_ok_date);
    // SQLite sorts NULL first in ascending order.
    expect(ascending.filter((date) => date !== null)).toEqual(ascending.filter((date) => date !== null).sort());
  });

  it.each([
    ['?limit=0', 'OBP-10025: wrong value for obp_limit parameter. Please send a positive integer (=>1)!'],
    ['?limit=ten', 'OBP-10025: wrong value for obp_limit parameter. Please send a positive integer (=>1)!'],
    ['?offset=-1', 'OBP-10024: wrong value for obp_offset parameter. Please send a positive integer (=>0)!'],
    ['?offset=1.5', 'OBP-10024: wrong value for obp_offset parameter. Please send a positive integer (=>0)!'],
    ['?sort_direction=up', 'OBP-10023: obp_sort_direction parameter can only take two values: DESC or ASC!'],
    ['?limit=0&sort_direction=up', 'OBP-10023: obp_sort_direction parameter can only take two values: DESC or ASC!'],
    ['?limit=501', 'OBP-10012: Invalid value. Maximum number is 500.'],
  ])('refuses %s with OBP-10016 wrapping the reason', async (query, reason) => {
    const response = await get('manager', `/obp/v5.1.0/banks/${BANK}/customers${query}`);
    expect(errorOf(response)).toEqual({ code: 400, message: `OBP-10016: Incorrect filter Parameters in URL.  <- ${reason}` });
  });

  it('is served under v5.0.0 and v5.1.0, not under v4.0.0 where this URL filters by attributes', async () => {
    expect((await get('manager', `/obp/v5.0.0/banks/${BANK}/customers`)).statusCode).toBe(200);
    expect((await get('manager', `/obp/v4.0.0/banks/${BANK}/customers`)).statusCode).toBe(404);
  });
});

describe('GET /banks/BANK_ID/my/customers', () => {
  it('lists the user’s customers at that bank only', async () => {
    expect((await sandbox.app.inject({ method: 'GET', url: `/obp/v5.1.0/banks/${BANK}/my/customers` })).statusCode).toBe(401);
    const manager = customerListV210.parse((await get('manager', `/obp/v5.1.0/banks/${BANK}/my/customers`)).json());
    expect(manager.customers.map((customer) => customer.legal_name)).toContain(EVELINE_TRIPMAN.legalName);
    expect(manager.customers).toHaveLength(6);
    const admin = customerListV210.parse((await get('admin', `/obp/v5.0.0/banks/${OTHER_BANK}/my/customers`)).json());
    expect(admin.customers.length).toBeGreaterThan(0);
    expect(admin.customers.every((customer) => customer.bank_id === OTHER_BANK)).toBe(true);
    expect((await get('teller', `/obp/v5.1.0/banks/${BANK}/my/customers`)).json()).toEqual({ customers: [] });
  });

  it('answers an unknown bank with 404 OBP-30001', async () => {
    expect(errorOf(await get('manager', '/obp/v5.1.0/banks/nowhere/my/customers')).message).toMatch(/^OBP-30001: /);
  });
});
