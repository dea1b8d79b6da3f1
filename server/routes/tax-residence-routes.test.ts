import { deletedBody } from '@/api/schemas/common';
import { taxResidence, taxResidenceList } from '@/api/schemas/tax-residences';
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

const RESIDENCE = { domain: 'GB', tax_number: 'AB123456C' };
const base = (customerId: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}`;
const create = (user: StaffUser, customerId: string, body: unknown = RESIDENCE, bankId = BANK) => as(user, 'POST', `${base(customerId, bankId)}/tax-residence`, body);
const list = async (customerId: string, bankId = BANK) => {
  const response = await as('admin', 'GET', `${base(customerId, bankId)}/tax-residences`);
  expect(response.statusCode, response.body).toBe(200);
  return taxResidenceList.parse(response.json()).tax_residence;
};
const TAX_RESIDENCE_NOT_FOUND = 'OBP-50200: Connector cannot return the data we requested. <- OBP-30300: Tax Residence not found by TAX_RESIDENCE_ID. ';

describe('tax residences (TaxResidenceTest)', () => {
  it('needs a login for POST, GET and DELETE', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('POST', `${base(customer.customer_id)}/tax-residence`, RESIDENCE));
    expectUnauthorized(await anonymous('GET', `${base(customer.customer_id)}/tax-residences`));
    expectUnauthorized(await anonymous('DELETE', `${base(customer.customer_id)}/tax_residencies/T`));
  });

  it('needs CanCreateTaxResidence, CanGetTaxResidence and CanDeleteTaxResidence', async () => {
    const customer = await newCustomer();
    const missing = (role: string) => `OBP-20006: User is missing one or more roles: ${role} at Bank(gh.29.uk)`;
    expectMissingRole(await create('manager', customer.customer_id), missing('CanCreateTaxResidence'));
    expectMissingRole(await as('teller', 'GET', `${base(customer.customer_id)}/tax-residences`), missing('CanGetTaxResidence'));
    expectMissingRole(await as('manager', 'DELETE', `${base(customer.customer_id)}/tax_residencies/T`), missing('CanDeleteTaxResidence'));
  });

  it('answers an unknown customer with 404 OBP-30046 on POST, GET and DELETE', async () => {
    expectError(await create('kyc', 'no-such-customer'), 404, customerNotFound('no-such-customer'));
    expectError(await as('kyc', 'GET', `${base('no-such-customer')}/tax-residences`), 404, customerNotFound('no-such-customer'));
    expectError(await as('kyc', 'DELETE', `${base('no-such-customer')}/tax_residencies/T`), 404, customerNotFound('no-such-customer'));
  });

  it('creates (201 TaxResidenceV310), lists it under tax_residence, deletes it (200 true)', async () => {
    const customer = await newCustomer();
    const created = await create('kyc', customer.customer_id);
    expect(created.statusCode, created.body).toBe(201);
    const residence = taxResidence.parse(created.json());
    expect(residence).toEqual({ ...RESIDENCE, tax_residence_id: residence.tax_residence_id });
    const listed = await as('manager', 'GET', `${base(customer.customer_id)}/tax-residences`);
    expect(listed.json()).toEqual({ tax_residence: [residence] });
    const deleted = await as('kyc', 'DELETE', `${base(customer.customer_id)}/tax_residencies/${residence.tax_residence_id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deletedBody.parse(deleted.json())).toBe(true);
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('refuses the same domain and tax number twice for a customer (400), but not for another customer', async () => {
    const customer = await newCustomer();
    const other = await newCustomer();
    await create('kyc', customer.customer_id);
    expectError(await create('kyc', customer.customer_id), 400, /^OBP-50200: Connector cannot return the data we requested\. The customer already has a tax residence/);
    expect(await list(customer.customer_id)).toHaveLength(1);
    expect((await create('kyc', other.customer_id)).statusCode).toBe(201);
    expect((await create('kyc', customer.customer_id, { domain: 'US', tax_number: RESIDENCE.tax_number })).statusCode).toBe(201);
  });

  it('answers an unknown tax residence, and another customer’s, with OBP-50200 <- OBP-30300 and deletes nothing', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const residence = taxResidence.parse((await create('kyc', owner.customer_id)).json());
    expectError(await as('kyc', 'DELETE', `${base(other.customer_id)}/tax_residencies/${residence.tax_residence_id}`), 400, TAX_RESIDENCE_NOT_FOUND);
    expectError(await as('kyc', 'DELETE', `${base(owner.customer_id)}/tax_residencies/nothing`), 400, TAX_RESIDENCE_NOT_FOUND);
    expect(await list(owner.customer_id)).toEqual([residence]);
  });

  it('answers a customer of another bank with 404 on every tax residence endpoint', async () => {
    const elsewhere = await newCustomer(OTHER_BANK);
    const residence = taxResidence.parse((await create('admin', elsewhere.customer_id, RESIDENCE, OTHER_BANK)).json());
    const notFound = customerNotFound(elsewhere.customer_id);
    expectError(await create('admin', elsewhere.customer_id), 404, notFound);
    expectError(await as('admin', 'GET', `${base(elsewhere.customer_id)}/tax-residences`), 404, notFound);
    expectError(await as('admin', 'DELETE', `${base(elsewhere.customer_id)}/tax_residencies/${residence.tax_residence_id}`), 404, notFound);
    expect(await list(elsewhere.customer_id, OTHER_BANK)).toEqual([residence]);
  });

  it.each([
    ['a body of another shape', { country: 'GB' }, 'OBP-10001: Incorrect json format. The Json body should be the PostTaxResidenceJsonV310 '],
    ['a domain longer than 20', { domain: 'x'.repeat(21), tax_number: '1' }, 'OBP-10001: Incorrect json format. The field domain is too long: at most 20 characters are allowed, it has 21.'],
    ['a tax number longer than 20', { domain: 'GB', tax_number: '1'.repeat(21) }, 'OBP-10001: Incorrect json format. The field tax_number is too long: at most 20 characters are allowed, it has 21.'],
    ['an empty tax number', { domain: 'GB', tax_number: ' ' }, 'OBP-10001: Incorrect json format. The field tax_number must not be empty.'],
  ])('refuses %s and adds nothing', async (_case, body, message) => {
    const customer = await newCustomer();
    expectError(await create('kyc', customer.customer_id, body), 400, message);
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('is served from v3.1.0 on', async () => {
    const customer = await newCustomer();
    expect((await as('kyc', 'GET', `${base(customer.customer_id, BANK, 'v3.1.0')}/tax-residences`)).statusCode).toBe(200);
    expect((await as('kyc', 'GET', `${base(customer.customer_id, BANK, 'v3.0.0')}/tax-residences`)).statusCode).toBe(404);
  });

  it('has Eveline Tripman’s seeded tax residences', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    expect((await list(eveline.customerId)).map((residence) => residence.domain)).toEqual(['GB', 'US']);
  });
});
