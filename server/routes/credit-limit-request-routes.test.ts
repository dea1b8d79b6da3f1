import { creditLimitOrderResponse, creditLimitRequestList, storedCreditLimitRequest } from '@/api/schemas/credit-limit-requests';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, OTHER_BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const { as, anonymous, newCustomer, expectUnauthorized, expectMissingRole, expectError, customerNotFound } = customerRecordRequests(() => sandbox);

const REQUEST = {
  requested_current_rate_amount1: '7500.00',
  requested_current_rate_amount2: '10000.00',
  requested_current_valid_end_date: '2025-12-31',
  current_credit_documentation: 'Payslips for the last three months.',
  temporary_requested_current_amount: '2000.00',
  requested_temporary_valid_end_date: '2025-08-31',
  temporary_credit_documentation: 'Travel booking abroad.',
};
const requests = (customerId: string, bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/customers/${customerId}/credit_limit/requests`;
const list = async (customerId: string, bankId = BANK) =>
  creditLimitRequestList.parse((await as('admin', 'GET', requests(customerId, bankId))).json()).credit_limit_requests;

describe('credit-limit requests (removed from OBP in 2023, stored by the sandbox)', () => {
  it('needs a login', async () => {
    const customer = await newCustomer();
    expectUnauthorized(await anonymous('POST', requests(customer.customer_id), REQUEST));
    expectUnauthorized(await anonymous('GET', requests(customer.customer_id)));
    expectUnauthorized(await anonymous('GET', `${requests(customer.customer_id)}/R`));
  });

  it('needs CanUpdateCustomerCreditLimit to request and CanGetCustomer to read', async () => {
    const customer = await newCustomer();
    expectMissingRole(await as('manager', 'POST', requests(customer.customer_id), REQUEST), 'OBP-20006: User is missing one or more roles: CanUpdateCustomerCreditLimit at Bank(gh.29.uk)');
    expectMissingRole(await as('manager', 'GET', requests(customer.customer_id, OTHER_BANK)), 'OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(GENODEM1GLS)');
  });

  it('stores a request (201 CreditLimitOrderResponseJson), lists it and answers it by id', async () => {
    const customer = await newCustomer();
    // The sandbox's clock (another check moves it on): the date and time of the request, in UTC.
    const now = new Date(sandbox.clock.now).toISOString();
    const created = await as('admin', 'POST', requests(customer.customer_id), REQUEST);
    expect(created.statusCode, created.body).toBe(201);
    const order = creditLimitOrderResponse.parse(created.json());
    expect(order).toEqual({ execution_date: now.slice(0, 10), execution_time: now.slice(11, 19), token: order.token, short_reference: expect.stringMatching(/^CLR-[0-9A-F]{6}$/) });

    const stored = {
      credit_limit_request_id: order.token,
      ...REQUEST,
      rank_amount_1: '7500.00',
      nominal_interest_1: '',
      rank_amount_2: '10000.00',
      nominal_interest_2: '',
      short_reference: order.short_reference,
      status: 'PENDING',
      created: `${now.slice(0, 19)}Z`,
    };
    const listed = await as('teller', 'GET', requests(customer.customer_id));
    expect(listed.statusCode).toBe(200);
    expect(creditLimitRequestList.parse(listed.json())).toEqual({ credit_limit_requests: [stored] });
    const one = await as('teller', 'GET', `${requests(customer.customer_id)}/${order.token}`);
    expect(one.statusCode).toBe(200);
    expect(storedCreditLimitRequest.parse(one.json())).toEqual(stored);
    expect(sandbox.repositories.creditLimitRequests.findOfCustomer(order.token, customer.customer_id)?.staffUserId).toBe(
      sandbox.repositories.users.findByUsername('admin')!.userId,
    );
  });

  it('lists the newest request first', async () => {
    const customer = await newCustomer();
    await as('admin', 'POST', requests(customer.customer_id), REQUEST);
    sandbox.clock.now += 60_000;
    await as('admin', 'POST', requests(customer.customer_id), { ...REQUEST, requested_current_rate_amount1: '9000' });
    expect((await list(customer.customer_id)).map((request) => request.requested_current_rate_amount1)).toEqual(['9000', '7500.00']);
  });

  it('answers an unknown request, or another customer’s, with 400', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const order = creditLimitOrderResponse.parse((await as('admin', 'POST', requests(owner.customer_id), REQUEST)).json());
    expectError(await as('admin', 'GET', `${requests(other.customer_id)}/${order.token}`), 400, /^OBP-50200: .*Credit limit request not found/);
    expectError(await as('admin', 'GET', `${requests(owner.customer_id)}/nothing`), 400, /^OBP-50200: /);
  });

  it('answers an unknown customer and a customer of another bank with 404', async () => {
    expectError(await as('admin', 'POST', requests('no-such-customer'), REQUEST), 404, customerNotFound('no-such-customer'));
    const elsewhere = await newCustomer(OTHER_BANK);
    const order = creditLimitOrderResponse.parse((await as('admin', 'POST', requests(elsewhere.customer_id, OTHER_BANK), REQUEST)).json());
    expectError(await as('admin', 'POST', requests(elsewhere.customer_id), REQUEST), 404, customerNotFound(elsewhere.customer_id));
    expectError(await as('admin', 'GET', requests(elsewhere.customer_id)), 404, customerNotFound(elsewhere.customer_id));
    expectError(await as('admin', 'GET', `${requests(elsewhere.customer_id)}/${order.token}`), 404, customerNotFound(elsewhere.customer_id));
    expect(await list(elsewhere.customer_id, OTHER_BANK)).toHaveLength(1);
  });

  it.each([
    ['a body of another shape', { amount: '1' }, 'OBP-10001: Incorrect json format. The Json body should be the CreditLimitRequestJson '],
    ['an amount that is not a number', { ...REQUEST, requested_current_rate_amount1: 'lots' }, /^OBP-10001: Incorrect json format\. The field requested_current_rate_amount1 must be a decimal amount/],
    ['no first amount', { ...REQUEST, requested_current_rate_amount1: '' }, /The field requested_current_rate_amount1 must be a decimal amount/],
    ['a second amount that is not a number', { ...REQUEST, requested_current_rate_amount2: '1,000' }, /The field requested_current_rate_amount2 must be a decimal amount/],
    ['an end date that is not a day', { ...REQUEST, requested_current_valid_end_date: '31/12/2025' }, /The field requested_current_valid_end_date must be a day like 2025-12-31/],
    ['documentation longer than 2000', { ...REQUEST, current_credit_documentation: 'x'.repeat(2001) }, /The field current_credit_documentation is too long: at most 2000/],
  ])('refuses %s and stores nothing', async (_case, body, message) => {
    const customer = await newCustomer();
    expectError(await as('admin', 'POST', requests(customer.customer_id), body), 400, message);
    expect(await list(customer.customer_id)).toEqual([]);
  });

  it('is served at its former path from v3.1.0 on', async () => {
    const customer = await newCustomer();
    expect((await as('admin', 'GET', requests(customer.customer_id, BANK, 'v3.1.0'))).statusCode).toBe(200);
    expect((await as('admin', 'GET', requests(customer.customer_id, BANK, 'v3.0.0'))).statusCode).toBe(404);
  });

  it('has Eveline Tripman’s seeded requests: one pending, one approved with its interest rates', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const found = await list(eveline.customerId);
    expect(found.map((request) => request.status)).toEqual(['PENDING', 'APPROVED']);
    expect(found[1]).toMatchObject({ rank_amount_1: '7500.00', nominal_interest_1: '19.9' });
  });
});
