import { customerAddress, customerAddressList } from '@/api/schemas/addresses';
import { deletedBody } from '@/api/schemas/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, expectUnauthorized, expectMissingRole, expectError, customerNotFound } = customerRecordRequests(() => sandbox);

/** OBP's example body (SwaggerDefinitionsJSON `postCustomerAddressJsonV310`), as its CustomerAddressTest posts it. */
const ADDRESS = {
  line_1: 'No 1 the Road',
  line_2: 'The Place',
  line_3: 'The Hill',
  city: 'Berlin',
  county: '',
  state: 'Brandenburg',
  postcode: '13359',
  country_code: 'DE',
  tags: ['mailing', 'home'],
  status: 'OK',
};

const base = (customerId: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}`;
const create = (user: StaffUser, customerId: string, body: unknown = ADDRESS, bankId = BANK) => as(user, 'POST', `${base(customerId, bankId)}/address`, body);
const list = async (customerId: string, bankId = BANK) => {
  const response = await as('admin', 'GET', `${base(customerId, bankId)}/addresses`);
  expect(response.statusCode, response.body).toBe(200);
  return customerAddressList.parse(response.json()).addresses;
};
const ADDRESS_NOT_FOUND = "OBP-50200: Connector cannot return the data we requested. <- OBP-30310: Customer's Address not found by CUSTOMER_ADDRESS_ID. ";

describe('customer addresses (CustomerAddressTest)', () => {
  it('needs a login for each of POST, GET, PUT and DELETE', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('POST', `${base(customer.customer_id)}/address`, ADDRESS));
    expectUnauthorized(await anonymous('GET', `${base(customer.customer_id)}/addresses`));
    expectUnauthorized(await anonymous('PUT', `${base(customer.customer_id)}/addresses/A`, ADDRESS));
    expectUnauthorized(await anonymous('DELETE', `${base(customer.customer_id)}/addresses/A`));
  });

  it('needs CanCreateCustomerAddress, CanGetCustomerAddress, CanCreateCustomer (for PUT, as OBP’s code) and CanDeleteCustomerAddress', async () => {
    const customer = await newCustomer();
    const missing = (role: string) => `OBP-20006: User is missing one or more roles: ${role} at Bank(gh.29.uk)`;
    expectMissingRole(await create('teller', customer.customer_id), missing('CanCreateCustomerAddress'));
    expectMissingRole(await as('teller', 'GET', `${base(customer.customer_id)}/addresses`), missing('CanGetCustomerAddress'));
    expectMissingRole(await as('kyc', 'PUT', `${base(customer.customer_id)}/addresses/A`, ADDRESS), missing('CanCreateCustomer'));
    expectMissingRole(await as('teller', 'DELETE', `${base(customer.customer_id)}/addresses/A`), missing('CanDeleteCustomerAddress'));
  });

  it('answers an unknown customer with 404 OBP-30046', async () => {
    expectError(await create('manager', 'no-such-customer'), 404, customerNotFound('no-such-customer'));
    expectError(await as('manager', 'GET', `${base('no-such-customer')}/addresses`), 404, customerNotFound('no-such-customer'));
    expectError(await as('manager', 'DELETE', `${base('no-such-customer')}/addresses/A`), 404, customerNotFound('no-such-customer'));
  });

  it('creates (201), updates the city (200), lists with the tags, and deletes (200 true)', async () => {
    const customer = await newCustomer();
    const created = await create('manager', customer.customer_id);
    expect(created.statusCode, created.body).toBe(201);
    const address = customerAddress.parse(created.json());
    expect(address).toEqual({
      ...ADDRESS,
      customer_address_id: address.customer_address_id,
      customer_id: customer.customer_id,
      insert_date: '2025-06-01T12:00:00Z',
    });

    const updated = await as('manager', 'PUT', `${base(customer.customer_id)}/addresses/${address.customer_address_id}`, { ...ADDRESS, city: 'Potsdam' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(customerAddress.parse(updated.json())).toEqual({ ...address, city: 'Potsdam' });

    const [listed] = await list(customer.customer_id);
    expect(listed).toMatchObject({ city: 'Potsdam', tags: ['mailing', 'home'] });

    const deleted = await as('manager', 'DELETE', `${base(customer.customer_id)}/addresses/${address.customer_address_id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deletedBody.parse(deleted.json())).toBe(true);
    expect(deleted.body).toBe('true');
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('keeps the posted status (OBP stores the state there) and answers no tags as []', async () => {
    const customer = await newCustomer();
    const response = await create('manager', customer.customer_id, { ...ADDRESS, status: 'previous', tags: [] });
    expect(customerAddress.parse(response.json())).toMatchObject({ status: 'previous', state: 'Brandenburg', tags: [] });
    expect((await list(customer.customer_id))[0]).toMatchObject({ status: 'previous', tags: [] });
  });

  it('lists a customer’s addresses in the order they were added', async () => {
    const customer = await newCustomer();
    for (const city of ['Berlin', 'Hamburg', 'Bremen']) await create('manager', customer.customer_id, { ...ADDRESS, city });
    expect((await list(customer.customer_id)).map((address) => address.city)).toEqual(['Berlin', 'Hamburg', 'Bremen']);
  });

  it('answers an unknown address, and another customer’s address, with OBP-50200 <- OBP-30310, changing nothing', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const address = customerAddress.parse((await create('manager', owner.customer_id)).json());
    const othersUrl = `${base(other.customer_id)}/addresses/${address.customer_address_id}`;
    expectError(await as('manager', 'PUT', othersUrl, { ...ADDRESS, city: 'Stolen' }), 400, ADDRESS_NOT_FOUND);
    expectError(await as('manager', 'DELETE', othersUrl), 400, ADDRESS_NOT_FOUND);
    expectError(await as('manager', 'PUT', `${base(owner.customer_id)}/addresses/no-such-address`, ADDRESS), 400, ADDRESS_NOT_FOUND);
    expectError(await as('manager', 'DELETE', `${base(owner.customer_id)}/addresses/no-such-address`), 400, ADDRESS_NOT_FOUND);
    expect(await list(owner.customer_id)).toEqual([address]);
  });

  it('answers a customer of another bank with 404 on every address endpoint', async () => {
    const elsewhere = await newCustomer(OTHER_BANK);
    const address = customerAddress.parse((await create('admin', elsewhere.customer_id, ADDRESS, OTHER_BANK)).json());
    const atBank = base(elsewhere.customer_id);
    const notFound = customerNotFound(elsewhere.customer_id);
    expectError(await create('admin', elsewhere.customer_id), 404, notFound);
    expectError(await as('admin', 'GET', `${atBank}/addresses`), 404, notFound);
    expectError(await as('admin', 'PUT', `${atBank}/addresses/${address.customer_address_id}`, ADDRESS), 404, notFound);
    expectError(await as('admin', 'DELETE', `${atBank}/addresses/${address.customer_address_id}`), 404, notFound);
    expect(await list(elsewhere.customer_id, OTHER_BANK)).toEqual([address]);
  });

  it.each([
    ['without tags', (({ tags: _tags, ...rest }) => rest)(ADDRESS)],
    ['with tags as a string', { ...ADDRESS, tags: 'home' }],
    ['with a number for the postcode', { ...ADDRESS, postcode: 13359 }],
  ])('refuses a body %s with OBP-10001 naming PostCustomerAddressJsonV310', async (_case, body) => {
    const customer = await newCustomer();
    expectError(await create('manager', customer.customer_id, body), 400, 'OBP-10001: Incorrect json format. The Json body should be the PostCustomerAddressJsonV310 ');
  });

  it.each([
    ['tags joined longer than 20', { tags: ['mailing', 'home', 'holidays'] }, /^OBP-10001: Incorrect json format\. The field tags is too long: at most 20 characters are allowed, it has 21\.$/],
    ['a postcode longer than 20', { postcode: '1'.repeat(21) }, /^OBP-10001: Incorrect json format\. The field postcode is too long: at most 20/],
    ['a line longer than 255', { line_1: 'x'.repeat(256) }, /The field line_1 is too long: at most 255/],
    ['a status longer than 20', { status: 'x'.repeat(21) }, /The field status is too long: at most 20/],
    ['a country code of three letters', { country_code: 'DEU' }, /^OBP-10001: Incorrect json format\. The field country_code must be an ISO 3166-1 alpha-2 country code/],
    ['a lower-case country code', { country_code: 'de' }, /The field country_code must be/],
    ['an empty tag', { tags: ['home', ''] }, /^OBP-10001: Incorrect json format\. The field tags must not contain an empty tag/],
    ['a tag with a comma', { tags: ['home,work'] }, /The field tags must not contain an empty tag or a tag with a comma/],
  ])('refuses %s, names the field, and adds nothing', async (_case, change, message) => {
    const customer = await newCustomer();
    const response = await create('manager', customer.customer_id, { ...ADDRESS, ...change });
    expect(response.statusCode).toBe(400);
    expect((response.json() as { message: string }).message).toMatch(message);
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('accepts tags of exactly 20 characters joined', async () => {
    const customer = await newCustomer();
    expect((await create('manager', customer.customer_id, { ...ADDRESS, tags: ['mailing', 'home', 'holiday'] })).statusCode).toBe(201);
  });

  it('a failed update changes nothing', async () => {
    const customer = await newCustomer();
    const address = customerAddress.parse((await create('manager', customer.customer_id)).json());
    const response = await as('manager', 'PUT', `${base(customer.customer_id)}/addresses/${address.customer_address_id}`, { ...ADDRESS, city: 'Potsdam', postcode: '9'.repeat(21) });
    expect(response.statusCode).toBe(400);
    expect(await list(customer.customer_id)).toEqual([address]);
  });

  it('is served from v3.1.0 to v5.1.0', async () => {
    const customer = await newCustomer();
    for (const version of ['v3.1.0', 'v4.0.0', 'v5.0.0']) {
      expect((await as('manager', 'POST', `${base(customer.customer_id, BANK, version)}/address`, ADDRESS)).statusCode).toBe(201);
    }
    expect((await as('manager', 'POST', `${base(customer.customer_id, BANK, 'v3.0.0')}/address`, ADDRESS)).statusCode).toBe(404);
  });

  it('has Eveline Tripman’s seeded addresses, realistic and tagged', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const addresses = await list(eveline.customerId);
    expect(addresses.map((address) => [address.city, address.tags, address.status])).toEqual([
      ['Derby', ['home', 'mailing'], 'current'],
      ['Derby', ['work'], 'current'],
      ['Nottingham', ['previous'], 'previous'],
    ]);
  });
});
