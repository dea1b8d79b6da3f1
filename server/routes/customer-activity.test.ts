import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { obpRoutes } from '../app';
import { testSandboxConfig } from '../config';
import { createGuards } from '../http/guards';
import { versionsServing } from '../http/obp-routes';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { BANK, createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';

/** Metrics are written just after each answer; on a busy machine that can take a while (polls return as soon as they hold). */
const UNTIL_RECORDED = { timeout: 15_000, interval: 50 };

/**
 * The Activity tab finds "who viewed or changed this customer" in OBP's metrics with `include_url_patterns=%ID%`: so
 * every call of every customer route, whatever its answer, must be recorded with the customer id in its url.
 */
let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 20 });
});
afterAll(async () => sandbox.close());

describe('metrics of customer operations', () => {
  it('records every call of every customer route with the customer id in its url, as the signed-in user', async () => {
    const config = testSandboxConfig();
    const routes = obpRoutes({ repositories: sandbox.repositories, guards: createGuards(sandbox.repositories, config), config }).filter((route) =>
      route.url.includes(':customerId'),
    );
    expect(routes.length).toBeGreaterThan(30);
    const customerId = sandbox.repositories.customers.findByNumber(BANK, EVELINE_TRIPMAN.customerNumber)!.customerId;
    for (const route of routes) {
      const version = versionsServing(route).at(-1)!;
      const path = route.url.replace(/:(\w+)/g, (_, name: string) => (name === 'bankId' ? BANK : name === 'customerId' ? customerId : 'some-id'));
      const body = route.method === 'POST' || route.method === 'PUT';
      await sandbox.as('admin', {
        method: route.method,
        url: `/obp/${version}${path}`,
        ...(body ? { headers: { 'content-type': 'application/json' }, payload: '{}' } : {}),
      });
    }
    const adminId = sandbox.repositories.users.findByUsername('admin')!.userId;
    const query = `include_url_patterns=${encodeURIComponent(`%${customerId}%`)}&user_id=${adminId}&limit=500`;
    await vi.waitFor(async () => {
      const response = await sandbox.as('admin', { method: 'GET', url: `/obp/v5.1.0/management/metrics?${query}` });
      const metrics = (response.json() as { metrics: Array<{ implemented_by_partial_function: string; user_name: string; url: string }> }).metrics;
      const recorded = new Set(metrics.map((metric) => metric.implemented_by_partial_function));
      expect(routes.map((route) => route.operation).filter((operation) => !recorded.has(operation))).toEqual([]);
      expect(metrics.every((metric) => metric.user_name === 'admin' && metric.url.includes(customerId))).toBe(true);
    }, UNTIL_RECORDED);
  });
});
