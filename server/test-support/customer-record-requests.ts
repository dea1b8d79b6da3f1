import { randomUUID } from 'node:crypto';
import { customerV310, type CustomerV310 } from '@/api/schemas/customers';
import type { RoleName } from '@/api/schemas/roles';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { TEST_PASSWORD_COST, hashPassword } from '../security/passwords';
import { BANK, OTHER_BANK, PASSWORD, directLoginHeader, errorOf, type StaffUser, type TestSandbox } from './test-sandbox';

export type Requester = (method: InjectOptions['method'], url: string, payload?: unknown) => Promise<LightMyRequestResponse>;

/**
 * Requests for the customer record's tests: JSON bodies, new customers of their own for each test, and the checks
 * every endpoint shares (401 without a login, 403 naming the role).
 */
export function customerRecordRequests(sandbox: () => TestSandbox) {
  let sequence = 0;
  const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`;

  const withBody = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
    method,
    url,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

  const as = (user: StaffUser, method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    sandbox().as(user, payload === undefined ? { method, url } : withBody(method, url, payload));
  const anonymous = (method: InjectOptions['method'], url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
    sandbox().app.inject(payload === undefined ? { method, url } : withBody(method, url, payload));

  /** A new customer of the bank, made by the admin (who may create customers at both banks). */
  const newCustomer = async (bankId = BANK, overrides: Record<string, unknown> = {}): Promise<CustomerV310> => {
    const response = await as('admin', 'POST', `/obp/v5.1.0/banks/${bankId}/customers`, {
      legal_name: `Test Customer ${unique()}`,
      mobile_phone_number: `+44 7700 ${unique()}`,
      customer_number: `T${unique()}`,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return customerV310.parse(response.json());
  };

  /** A user of its own with exactly these roles (bank "" for an any-bank role), signed in. */
  const userWithRoles = async (roles: ReadonlyArray<readonly [RoleName, string]>): Promise<Requester> => {
    const { repositories, app } = sandbox();
    const username = `user${unique()}`;
    const userId = randomUUID();
    repositories.users.create({ userId, username, email: `${username}@example.com`, provider: 'test', passwordHash: hashPassword(PASSWORD, TEST_PASSWORD_COST) }, '2025-01-01T00:00:00Z');
    for (const [roleName, bankId] of roles) repositories.users.grant({ entitlementId: randomUUID(), userId, bankId, roleName });
    const login = await app.inject({ method: 'POST', url: '/my/logins/direct', headers: { DirectLogin: directLoginHeader(username) } });
    const { token } = login.json() as { token: string };
    return (method, url, payload) =>
      app.inject({
        ...(payload === undefined ? { method, url } : withBody(method, url, payload)),
        headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), DirectLogin: `token=${token}` },
      });
  };

  const expectUnauthorized = (response: LightMyRequestResponse) => {
    expect(response.statusCode).toBe(401);
    expect(errorOf(response)).toEqual({ code: 401, message: 'OBP-20001: User not logged in. Authentication is required!' });
  };

  const expectMissingRole = (response: LightMyRequestResponse, message: string) => {
    expect(errorOf(response)).toEqual({ code: 403, message });
  };

  const expectError = (response: LightMyRequestResponse, status: number, message: string | RegExp) => {
    expect(response.statusCode, response.body).toBe(status);
    const body = errorOf(response);
    expect(body.code).toBe(status);
    if (typeof message === 'string') expect(body.message).toBe(message);
    else expect(body.message).toMatch(message);
  };

  const customerNotFound = (customerId: string) =>
    `OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID.. Current CustomerId(${customerId})`;

  return { unique, as, anonymous, newCustomer, userWithRoles, expectUnauthorized, expectMissingRole, expectError, customerNotFound, BANK, OTHER_BANK };
}
