import { ROLE_NAMES } from '@/api/schemas/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerRecordRequests } from '../test-support/customer-record-requests';
import { BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 0 });
});
afterAll(async () => sandbox.close());

const { as, anonymous, userWithRoles } = customerRecordRequests(() => sandbox);
const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('POST /entitlement-requests', () => {
  it('needs a login', async () => {
    const response = await anonymous('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetCustomer' });
    expect(errorOf(response)).toEqual({ code: 401, message: 'OBP-20001: User not logged in. Authentication is required!' });
  });

  it('records a request for a bank role: 201 with OBP’s EntitlementRequestJSON, the user as UserJsonV200', async () => {
    const request = await userWithRoles([['CanGetCustomer', BANK]]);
    const response = await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanCreateCustomer' });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as Record<string, unknown> & { user: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['entitlement_request_id', 'user', 'role_name', 'bank_id', 'created']);
    expect(body).toMatchObject({ role_name: 'CanCreateCustomer', bank_id: BANK, created: expect.stringMatching(CREATED) as unknown });
    expect(Object.keys(body.user)).toEqual(['user_id', 'email', 'provider_id', 'provider', 'username', 'entitlements']);
    expect(body.user.entitlements).toEqual({ list: [{ entitlement_id: expect.any(String) as unknown, role_name: 'CanGetCustomer', bank_id: BANK }] });
  });

  it('records a request for an any-bank role with bank_id ""', async () => {
    const request = await userWithRoles([]);
    const response = await request('POST', '/obp/v3.0.0/entitlement-requests', { bank_id: '', role_name: 'CanGetAnyKycStatuses' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ bank_id: '', role_name: 'CanGetAnyKycStatuses' });
  });

  it('refuses the same request twice with OBP-30214', async () => {
    const request = await userWithRoles([]);
    expect((await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetCustomers' })).statusCode).toBe(201);
    const again = await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetCustomers' });
    expect(errorOf(again)).toEqual({ code: 400, message: 'OBP-30214: Entitlement Request already exists for the user.' });
  });

  it('refuses a body that is not CreateEntitlementRequestJSON', async () => {
    const response = await as('teller', 'POST', '/obp/v5.1.0/entitlement-requests', { role_name: 'CanGetCustomer' });
    expect(errorOf(response)).toEqual({ code: 400, message: 'OBP-10001: Incorrect json format. The Json body should be the CreateEntitlementRequestJSON ' });
  });

  it('checks the bank before the role name (OBP’s order)', async () => {
    const response = await as('teller', 'POST', '/obp/v5.1.0/entitlement-requests', { bank_id: 'no.such.bank', role_name: 'NoSuchRole' });
    expect(errorOf(response)).toEqual({ code: 404, message: 'OBP-30001: Bank not found. Please specify a valid value for BANK_ID. Current BankId is no.such.bank' });
  });

  it('refuses an unknown role, listing the roles there are, sorted', async () => {
    const response = await as('teller', 'POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanDoAnything' });
    expect(errorOf(response)).toEqual({ code: 400, message: `OBP-10007: Incorrect Role name:CanDoAnything. Possible roles are ${[...ROLE_NAMES].sort().join(', ')}` });
  });

  it('refuses a bank role without a bank and an any-bank role with one', async () => {
    const bankRole = await as('teller', 'POST', '/obp/v5.1.0/entitlement-requests', { bank_id: '', role_name: 'CanCreateCustomer' });
    expect(errorOf(bankRole)).toEqual({ code: 400, message: 'OBP-30205: This entitlement is a Bank Role. Please set bank_id to a valid bank id.' });
    const systemRole = await as('teller', 'POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetAnyKycStatuses' });
    expect(errorOf(systemRole)).toEqual({ code: 400, message: 'OBP-30206: This entitlement is a System Role. Please set bank_id to empty string.' });
  });

  it('is not served before v3.0.0', async () => {
    expect((await as('teller', 'POST', '/obp/v2.2.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetCustomer' })).statusCode).toBe(404);
  });
});

describe('GET /my/entitlement-requests', () => {
  it('needs a login', async () => {
    expect((await anonymous('GET', '/obp/v5.1.0/my/entitlement-requests')).statusCode).toBe(401);
  });

  it('lists the user’s own requests, oldest first, and nobody else’s', async () => {
    const request = await userWithRoles([]);
    const other = await userWithRoles([]);
    await other('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetCustomer' });
    expect((await request('GET', '/obp/v5.1.0/my/entitlement-requests')).json()).toEqual({ entitlement_requests: [] });
    await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanGetCustomer' });
    await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: '', role_name: 'CanGetAnyKycChecks' });
    const response = await request('GET', '/obp/v5.1.0/my/entitlement-requests');
    expect(response.statusCode).toBe(200);
    const list = (response.json() as { entitlement_requests: Array<{ role_name: string; bank_id: string }> }).entitlement_requests;
    expect(list.map((item) => [item.role_name, item.bank_id])).toEqual([
      ['CanGetCustomer', BANK],
      ['CanGetAnyKycChecks', ''],
    ]);
  });
});

describe('GET /entitlement-requests and DELETE /entitlement-requests/ID (administration)', () => {
  it('need CanGetEntitlementRequestsAtAnyBank and CanDeleteEntitlementRequestsAtAnyBank', async () => {
    expect(errorOf(await as('manager', 'GET', '/obp/v5.1.0/entitlement-requests'))).toEqual({
      code: 403,
      message: 'OBP-20006: User is missing one or more roles: CanGetEntitlementRequestsAtAnyBank',
    });
    expect(errorOf(await as('manager', 'DELETE', '/obp/v5.1.0/entitlement-requests/any'))).toEqual({
      code: 403,
      message: 'OBP-20006: User is missing one or more roles: CanDeleteEntitlementRequestsAtAnyBank',
    });
    expect((await anonymous('GET', '/obp/v5.1.0/entitlement-requests')).statusCode).toBe(401);
  });

  it('list every user’s requests and delete one (200 true); a second delete is OBP’s wrapped not-found', async () => {
    const request = await userWithRoles([]);
    const created = (await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanAddKycStatus' })).json() as {
      entitlement_request_id: string;
    };
    const all = (await as('admin', 'GET', '/obp/v5.1.0/entitlement-requests')).json() as { entitlement_requests: Array<{ entitlement_request_id: string }> };
    expect(all.entitlement_requests.map((item) => item.entitlement_request_id)).toContain(created.entitlement_request_id);

    const deleted = await as('admin', 'DELETE', `/obp/v5.1.0/entitlement-requests/${created.entitlement_request_id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toBe(true);
    expect((await request('GET', '/obp/v5.1.0/my/entitlement-requests')).json()).toEqual({ entitlement_requests: [] });

    const again = await as('admin', 'DELETE', `/obp/v5.1.0/entitlement-requests/${created.entitlement_request_id}`);
    expect(errorOf(again)).toEqual({
      code: 400,
      message: 'OBP-50200: Connector cannot return the data we requested. <- OBP-30215: EntitlementRequestId not found',
    });
    // Once deleted, the same role can be requested again.
    expect((await request('POST', '/obp/v5.1.0/entitlement-requests', { bank_id: BANK, role_name: 'CanAddKycStatus' })).statusCode).toBe(201);
  });
});
