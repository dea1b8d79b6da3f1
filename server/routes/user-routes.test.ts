import { customerIdList, customerListWithAttributesV300 } from '@/api/schemas/customers';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import { currentUser } from '@/api/schemas/users';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../seed/seed-database';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { BANK, OTHER_BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const get = (user: 'admin' | 'manager' | 'kyc' | 'teller', url: string) => sandbox.as(user, { method: 'GET', url });
const entitlementsOf = async (user: 'admin' | 'manager' | 'kyc' | 'teller') =>
  currentUser.parse((await get(user, '/obp/v5.1.0/users/current')).json()).entitlements.list.map(({ role_name, bank_id }) => `${role_name}@${bank_id}`).sort();

describe('GET /users/current', () => {
  it.each(['v3.0.0', 'v3.1.0', 'v4.0.0', 'v5.0.0', 'v5.1.0'])('is served under %s and needs a login', async (version) => {
    const anonymous = await sandbox.app.inject({ method: 'GET', url: `/obp/${version}/users/current` });
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).message).toBe('OBP-20001: User not logged in. Authentication is required!');
    const response = await get('teller', `/obp/${version}/users/current`);
    expect(response.statusCode).toBe(200);
    expect(currentUser.parse(response.json())).toMatchObject({ username: 'teller', email: 'teller@example.com', views: { list: [] } });
  });

  it('is not served before v3.0.0', async () => {
    const response = await get('teller', '/obp/v2.1.0/users/current');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toMatch(/^OBP-10404: /);
  });

  it('lists exactly the roles issue 2 gives each staff user, any-bank roles with bank_id ""', async () => {
    const expected = (roles: readonly RoleName[]) => roles.map((role) => `${role}@${ROLES[role] === 'any' ? '' : BANK}`).sort();
    expect(await entitlementsOf('manager')).toEqual(expected(STAFF_ROLES.manager));
    expect(await entitlementsOf('kyc')).toEqual(expected(STAFF_ROLES.kyc));
    expect(await entitlementsOf('teller')).toEqual(['CanGetCustomer@gh.29.uk']);
    expect(await entitlementsOf('kyc')).toContain('CanGetAnyKycChecks@');
  });

  it('gives the admin every role: bank roles at both banks, any-bank roles once', async () => {
    const roles = Object.keys(ROLES) as RoleName[];
    const expected = roles.flatMap((role) => (ROLES[role] === 'any' ? [`${role}@`] : [`${role}@${BANK}`, `${role}@${OTHER_BANK}`])).sort();
    expect(await entitlementsOf('admin')).toEqual(expected);
  });
});

describe('GET /users/current/customers', () => {
  it('needs a login', async () => {
    expect((await sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/users/current/customers' })).statusCode).toBe(401);
  });

  it('lists the customers linked to the user at every bank, with attributes', async () => {
    const manager = customerListWithAttributesV300.parse((await get('manager', '/obp/v3.0.0/users/current/customers')).json());
    expect(manager.customers).toHaveLength(6);
    expect(manager.customers[0]).toMatchObject({
      legal_name: EVELINE_TRIPMAN.legalName,
      customer_attributes: expect.arrayContaining([expect.objectContaining({ name: 'CUSTOMER_SINCE', type: 'DATE_WITH_DAY', value: '2019-06-03' })]),
    });
    const admin = customerListWithAttributesV300.parse((await get('admin', '/obp/v5.1.0/users/current/customers')).json());
    expect(new Set(admin.customers.map((customer) => customer.bank_id))).toEqual(new Set([BANK, OTHER_BANK]));
  });

  it('is an empty list for a user without links', async () => {
    expect((await get('teller', '/obp/v5.1.0/users/current/customers')).json()).toEqual({ customers: [] });
  });
});

describe('GET /users/current/customers/customer_ids', () => {
  it('needs a login and is served from v5.1.0 only', async () => {
    expect((await sandbox.app.inject({ method: 'GET', url: '/obp/v5.1.0/users/current/customers/customer_ids' })).statusCode).toBe(401);
    expect((await get('manager', '/obp/v5.0.0/users/current/customers/customer_ids')).statusCode).toBe(404);
  });

  it('lists each linked customer id once', async () => {
    const ids = customerIdList.parse((await get('manager', '/obp/v5.1.0/users/current/customers/customer_ids')).json()).customers.map(({ id }) => id);
    const eveline = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!;
    expect(ids.filter((id) => id === eveline.customerId)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6);
  });
});
