import { deletedBody } from '@/api/schemas/common';
import { userCustomerLink, userCustomerLinkList } from '@/api/schemas/user-customer-links';
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

const links = (bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/user_customer_links`;
const userIdOf = (username: string) => sandbox.repositories.users.findByUsername(username)!.userId;
const linksOfCustomer = async (customerId: string, bankId = BANK) =>
  userCustomerLinkList.parse((await as('admin', 'GET', `${links(bankId)}/customers/${customerId}`)).json()).user_customer_links;

describe('user–customer links, v4.0.0 (UserCustomerLinkTest)', () => {
  it('needs a login for each operation', async () => {
    expectUnauthorized(await anonymous('POST', links(), { user_id: 'U', customer_id: 'C' }));
    expectUnauthorized(await anonymous('GET', `${links()}/customers/C`));
    expectUnauthorized(await anonymous('GET', `${links()}/users/U`));
    expectUnauthorized(await anonymous('DELETE', `${links()}/L`));
  });

  it('needs CanCreateUserCustomerLink (or its any-bank form), CanGetUserCustomerLink and CanDeleteUserCustomerLink', async () => {
    expectMissingRole(
      await as('kyc', 'POST', links(), { user_id: userIdOf('kyc'), customer_id: 'C' }),
      'OBP-20006: User is missing one or more roles: CanCreateUserCustomerLinkAtAnyBank or CanCreateUserCustomerLink for BankId(gh.29.uk).',
    );
    expectMissingRole(await as('teller', 'GET', `${links()}/customers/C`), 'OBP-20006: User is missing one or more roles: CanGetUserCustomerLink for BankId(gh.29.uk).');
    expectMissingRole(await as('teller', 'GET', `${links()}/users/U`), 'OBP-20006: User is missing one or more roles: CanGetUserCustomerLink for BankId(gh.29.uk).');
    expectMissingRole(await as('manager', 'DELETE', `${links()}/L`), 'OBP-20006: User is missing one or more roles: CanDeleteUserCustomerLink for BankId(gh.29.uk).');
  });

  it('links (201 UserCustomerLinkJson), lists by customer and by user (200), deletes (200 true), and a second delete is 400', async () => {
    const customer = await newCustomer();
    const created = await as('manager', 'POST', links(), { user_id: userIdOf('teller'), customer_id: customer.customer_id });
    expect(created.statusCode, created.body).toBe(201);
    const link = userCustomerLink.parse(created.json());
    expect(link).toEqual({
      user_customer_link_id: link.user_customer_link_id,
      customer_id: customer.customer_id,
      user_id: userIdOf('teller'),
      date_inserted: '2025-06-01T12:00:00Z',
      is_active: true,
    });
    expect(await linksOfCustomer(customer.customer_id)).toEqual([link]);
    const byUser = await as('manager', 'GET', `${links()}/users/${userIdOf('teller')}`);
    expect(userCustomerLinkList.parse(byUser.json()).user_customer_links).toContainEqual(link);

    // The new customer is now among the teller's customers.
    const mine = await as('teller', 'GET', `/obp/v5.1.0/banks/${BANK}/my/customers`);
    expect((mine.json() as { customers: Array<{ customer_id: string }> }).customers.map((found) => found.customer_id)).toContain(customer.customer_id);

    const deleted = await as('admin', 'DELETE', `${links()}/${link.user_customer_link_id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deletedBody.parse(deleted.json())).toBe(true);
    expectError(await as('admin', 'DELETE', `${links()}/${link.user_customer_link_id}`), 400, 'OBP-30035: User Customer Link not found');
    expect(await linksOfCustomer(customer.customer_id)).toEqual([]);
  });

  it('refuses a second link of the same user and customer with OBP-30007', async () => {
    const customer = await newCustomer();
    const body = { user_id: userIdOf('kyc'), customer_id: customer.customer_id };
    expect((await as('manager', 'POST', links(), body)).statusCode).toBe(201);
    expectError(await as('manager', 'POST', links(), body), 400, 'OBP-30007: The User is already linked to a Customer at the bank specified by BANK_ID');
    expect(await linksOfCustomer(customer.customer_id)).toHaveLength(1);
  });

  it('answers an unknown user with 404 OBP-20057 and an unknown customer with 404 OBP-30046, linking nothing', async () => {
    const customer = await newCustomer();
    expectError(await as('manager', 'POST', links(), { user_id: 'no-such-user', customer_id: customer.customer_id }), 404, 'OBP-20057: User not found by userId.');
    expectError(await as('manager', 'POST', links(), { user_id: userIdOf('kyc'), customer_id: 'no-such-customer' }), 404, customerNotFound('no-such-customer'));
    expectError(await as('manager', 'POST', links(), { user_id: userIdOf('kyc'), customer_id: '' }), 400, 'OBP-50005: An unspecified or internal error occurred.');
    expect(await linksOfCustomer(customer.customer_id)).toEqual([]);
  });

  it('checks POST id fields first, then the bank, then the roles (the auto-validation order)', async () => {
    expectError(await as('teller', 'POST', links('no.such.bank'), { user_id: 'has spaces', customer_id: 'C' }), 400, 'OBP-10001: Incorrect json format. Here are all invalid values: List((user_id,has spaces))');
    expectError(await as('teller', 'POST', links('no.such.bank'), { user_id: 'U', customer_id: 'C' }), 404, /^OBP-30001: /);
    expectError(await as('manager', 'POST', links(), { user: 'U' }), 400, 'OBP-10001: Incorrect json format. The Json body should be the CreateUserCustomerLinkJson ');
  });

  it('keeps to the bank: a customer of another bank is not found, and its links are neither listed nor deleted here', async () => {
    const elsewhere = await newCustomer(OTHER_BANK);
    const created = await as('admin', 'POST', links(OTHER_BANK), { user_id: userIdOf('kyc'), customer_id: elsewhere.customer_id });
    expect(created.statusCode).toBe(201);
    const link = userCustomerLink.parse(created.json());
    expectError(await as('admin', 'POST', links(), { user_id: userIdOf('teller'), customer_id: elsewhere.customer_id }), 404, customerNotFound(elsewhere.customer_id));
    expectError(await as('admin', 'GET', `${links()}/customers/${elsewhere.customer_id}`), 404, customerNotFound(elsewhere.customer_id));
    const byUser = userCustomerLinkList.parse((await as('admin', 'GET', `${links()}/users/${userIdOf('kyc')}`)).json()).user_customer_links;
    expect(byUser.map((found) => found.customer_id)).not.toContain(elsewhere.customer_id);
    expectError(await as('admin', 'DELETE', `${links()}/${link.user_customer_link_id}`), 400, 'OBP-30035: User Customer Link not found');
    expect(await linksOfCustomer(elsewhere.customer_id, OTHER_BANK)).toEqual([link]);
  });

  it('answers an unknown user with no links, as OBP', async () => {
    expect((await as('manager', 'GET', `${links()}/users/nobody`)).json()).toEqual({ user_customer_links: [] });
  });

  it('lists the seeded links of Eveline Tripman, oldest first', async () => {
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    const found = await linksOfCustomer(eveline.customerId);
    expect(found.map((link) => link.user_id).sort()).toEqual([userIdOf('admin'), userIdOf('kyc'), userIdOf('manager')].sort());
  });

  it('is served from v4.0.0 on (v2.0.0’s handler, without any check, is not)', async () => {
    const customer = await newCustomer();
    expect((await as('manager', 'POST', links(BANK, 'v4.0.0'), { user_id: userIdOf('admin'), customer_id: customer.customer_id })).statusCode).toBe(201);
    expect((await as('manager', 'POST', links(BANK, 'v3.1.0'), { user_id: userIdOf('kyc'), customer_id: customer.customer_id })).statusCode).toBe(404);
  });
});
