import { OPERATIONS } from '@/api/schemas/operations';
import { ROLES, type RoleName } from '@/api/schemas/roles';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obpRoutes } from '../app';
import { testSandboxConfig } from '../config';
import { createGuards } from '../http/guards';
import { OBP_VERSIONS, versionsServing, type ObpRoute } from '../http/obp-routes';
import { BANK, OTHER_BANK, createTestSandbox, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

/**
 * The authorization matrix, generated from the shared operations table: every OBP endpoint × anonymous, a forged
 * token, each seeded user × both banks, plus the customer of the other bank under this bank's path. A cell passes
 * when no one gets a 2xx they should not: without a login (except the public bank list), with a forged token,
 * without one of the operation's roles at that bank, or for another bank's customer.
 */
let sandbox: TestSandbox;
let routes: ObpRoute[];
const customerAt: Record<string, string> = {};
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 30 });
  const config = testSandboxConfig();
  routes = obpRoutes({ repositories: sandbox.repositories, guards: createGuards(sandbox.repositories, config), config });
  for (const bank of [BANK, OTHER_BANK]) {
    customerAt[bank] = sandbox.database.prepare('SELECT customer_id FROM customers WHERE bank_id = ? ORDER BY id LIMIT 1').pluck().get(bank) as string;
  }
});
afterAll(async () => sandbox.close());

const PUBLIC_OPERATIONS = new Set(['getBanks', 'getBank', 'getSandboxCapabilities']);
/** Rows that are a further check inside another operation's endpoint, not an endpoint of their own. */
const CHECKS_WITHIN_ANOTHER_OPERATION = new Set(['createCustomerAsKycVerified']);
const USERS: StaffUser[] = ['admin', 'manager', 'kyc', 'teller'];

const urlOf = (route: ObpRoute, bank: string, customerId: string) => {
  const version = versionsServing(route).at(-1) ?? OBP_VERSIONS.at(-1)!;
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'bankId') return bank;
    if (name === 'customerId') return customerId;
    return 'some-id';
  });
  return `/obp/${version}${path}`;
};

const holdsAnyRole = (userId: string, roles: readonly RoleName[], bank: string) =>
  roles.some((role) => sandbox.repositories.users.hasEntitlement(userId, ROLES[role] === 'any' ? '' : bank, role));

const request = (route: ObpRoute, url: string, headers: Record<string, string>): InjectOptions => ({
  method: route.method,
  url,
  headers: { 'content-type': 'application/json', ...headers },
  payload: route.method === 'POST' || route.method === 'PUT' ? '{}' : undefined,
});

describe('authorization matrix', () => {
  it('covers every operation of operations.ts', () => {
    const served = new Set(routes.map((route) => route.operation));
    expect(
      Object.keys(OPERATIONS).filter((operation) => !served.has(operation as keyof typeof OPERATIONS) && !CHECKS_WITHIN_ANOTHER_OPERATION.has(operation)),
    ).toEqual([]);
  });

  it('refuses every cell that must be refused (anonymous, forged, missing role, other bank’s customer)', async () => {
    const wrong: string[] = [];
    let cells = 0;
    const userIds = Object.fromEntries(
      await Promise.all(USERS.map(async (user) => [user, (await sandbox.as(user, { method: 'GET', url: '/obp/v5.1.0/users/current' })).json<{ user_id: string }>().user_id])),
    ) as Record<StaffUser, string>;
    for (const route of routes) {
      const roles: readonly RoleName[] = OPERATIONS[route.operation];
      for (const bank of [BANK, OTHER_BANK]) {
        const url = urlOf(route, bank, customerAt[bank]!);
        const check = (who: string, status: number, mustRefuse: boolean) => {
          cells += 1;
          if (status >= 500 || (mustRefuse && status < 300)) wrong.push(`${route.method} ${url} as ${who}: ${status}`);
        };
        check('anonymous', (await sandbox.app.inject(request(route, url, {}))).statusCode, !PUBLIC_OPERATIONS.has(route.operation));
        check('forged token', (await sandbox.app.inject(request(route, url, { DirectLogin: 'token=forged-token-0123456789' }))).statusCode, !PUBLIC_OPERATIONS.has(route.operation));
        for (const user of USERS) {
          const lacks = roles.length > 0 && !holdsAnyRole(userIds[user], roles, bank);
          check(user, (await sandbox.as(user, request(route, url, {}))).statusCode, lacks);
          if (route.url.includes(':customerId') && route.url.includes(':bankId')) {
            // The other bank's customer under this bank's path: never served (bank-less KYC paths have no bank to mismatch).
            const other = urlOf(route, bank, customerAt[bank === BANK ? OTHER_BANK : BANK]!);
            cells += 1;
            const status = (await sandbox.as(user, request(route, other, {}))).statusCode;
            if (route.method === 'GET' && status < 300) wrong.push(`${route.method} ${other} as ${user}: ${status}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBeGreaterThan(500);
  });
});
