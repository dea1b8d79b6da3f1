import { socialMediaHandleList, successBody } from '@/api/schemas/social-media';
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

const base = (customerId: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}/social_media_handles`;
const handle = (customerNumber: string, overrides: Record<string, unknown> = {}) => ({
  customer_number: customerNumber,
  type: 'twitter',
  handle: '@someone',
  date_added: '2024-05-01T09:30:00Z',
  date_activated: '2024-05-02T00:00:00Z',
  ...overrides,
});
const add = (user: StaffUser, customerId: string, body: unknown, bankId = BANK, version = 'v5.1.0') => as(user, 'POST', base(customerId, bankId, version), body);
const list = async (customerId: string, bankId = BANK) => {
  const response = await as('admin', 'GET', base(customerId, bankId));
  expect(response.statusCode, response.body).toBe(200);
  return socialMediaHandleList.parse(response.json()).checks;
};

describe('social media handles (v2.0.0)', () => {
  it('needs a login to add or list', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('POST', base(customer.customer_id), handle(customer.customer_number)));
    expectUnauthorized(await anonymous('GET', base(customer.customer_id)));
  });

  it('needs CanAddSocialMediaHandle and CanGetSocialMediaHandles', async () => {
    const customer = await newCustomer();
    expectMissingRole(await add('kyc', customer.customer_id, handle(customer.customer_number)), 'OBP-20006: User is missing one or more roles: CanAddSocialMediaHandle at Bank(gh.29.uk)');
    expectMissingRole(await as('kyc', 'GET', base(customer.customer_id)), 'OBP-20006: User is missing one or more roles: CanGetSocialMediaHandles at Bank(gh.29.uk)');
  });

  it('adds several handles to a customer (201 {"success":"Success"}) and lists them under checks, newest first', async () => {
    const customer = await newCustomer();
    const first = await add('manager', customer.customer_id, handle(customer.customer_number));
    expect(first.statusCode, first.body).toBe(201);
    expect(successBody.parse(first.json())).toEqual({ success: 'Success' });
    sandbox.clock.now += 60_000;
    expect((await add('manager', customer.customer_id, handle(customer.customer_number, { type: 'linkedin', handle: 'linkedin.com/in/someone' }))).statusCode).toBe(201);
    const response = await as('manager', 'GET', base(customer.customer_id));
    expect(socialMediaHandleList.parse(response.json())).toEqual({
      checks: [
        handle(customer.customer_number, { type: 'linkedin', handle: 'linkedin.com/in/someone' }),
        handle(customer.customer_number),
      ],
    });
  });

  it('refuses the same type and handle twice for a customer, adding nothing', async () => {
    const customer = await newCustomer();
    await add('manager', customer.customer_id, handle(customer.customer_number));
    expectError(await add('manager', customer.customer_id, handle(customer.customer_number)), 400, /^OBP-50005: /);
    expect(await list(customer.customer_id)).toHaveLength(1);
  });

  it('checks the JSON (plain OBP-10001) before the bank and the role, as OBP’s old-style code', async () => {
    const customer = await newCustomer();
    for (const body of [{ type: 'twitter' }, handle(customer.customer_number, { date_added: '2024-05-01' }), handle(customer.customer_number, { date_added: '2024-05-01T09:30:00.000Z' })]) {
      expectError(await add('teller', customer.customer_id, body), 400, 'OBP-10001: Incorrect json format.');
    }
    expectError(await add('manager', customer.customer_id, handle(customer.customer_number), 'no.such.bank'), 404, /^OBP-30001: /);
  });

  it('refuses a BANK_ID with characters OBP never allows (OBP-30111)', async () => {
    const customer = await newCustomer();
    expectError(
      await add('manager', customer.customer_id, handle(customer.customer_number), 'gh 29 uk'),
      400,
      "OBP-30111: Invalid Bank Id. The BANK_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255.",
    );
  });

  it('answers an unknown customer and a customer of another bank with 404', async () => {
    expectError(await add('manager', 'no-such-customer', handle('1')), 404, customerNotFound('no-such-customer'));
    expectError(await as('manager', 'GET', base('no-such-customer')), 404, customerNotFound('no-such-customer'));
    const elsewhere = await newCustomer(OTHER_BANK);
    expect((await add('admin', elsewhere.customer_id, handle(elsewhere.customer_number), OTHER_BANK)).statusCode).toBe(201);
    expectError(await add('admin', elsewhere.customer_id, handle(elsewhere.customer_number, { handle: '@other' })), 404, customerNotFound(elsewhere.customer_id));
    expectError(await as('admin', 'GET', base(elsewhere.customer_id)), 404, customerNotFound(elsewhere.customer_id));
    expect(await list(elsewhere.customer_id, OTHER_BANK)).toHaveLength(1);
  });

  it.each([
    ['another customer’s number', (number: string) => handle(`${number}0`), /^OBP-10001: Incorrect json format\. The field customer_number must be the number of the customer/],
    ['a type longer than 16', (number: string) => handle(number, { type: 'x'.repeat(17) }), /The field type is too long: at most 16 characters are allowed, it has 17\./],
    ['a handle longer than 64', (number: string) => handle(number, { handle: 'x'.repeat(65) }), /The field handle is too long: at most 64 characters are allowed, it has 65\./],
    ['an empty handle', (number: string) => handle(number, { handle: '' }), /The field handle must not be empty\./],
  ])('refuses %s and adds nothing', async (_case, body, message) => {
    const customer = await newCustomer();
    expectError(await add('manager', customer.customer_id, body(customer.customer_number)), 400, message);
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('is served from v2.0.0 on', async () => {
    const customer = await newCustomer();
    expect((await add('manager', customer.customer_id, handle(customer.customer_number), BANK, 'v2.0.0')).statusCode).toBe(201);
    expect((await as('manager', 'GET', base(customer.customer_id, BANK, 'v3.0.0'))).statusCode).toBe(200);
    expect((await as('manager', 'GET', base(customer.customer_id, BANK, 'v1.4.0'))).statusCode).toBe(404);
  });

  it('has Eveline Tripman’s seeded handles', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    expect((await list(eveline.customerId)).map((found) => found.type)).toEqual(['instagram', 'linkedin', 'twitter']);
  });
});
