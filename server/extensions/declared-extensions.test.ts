import { afterEach, describe, expect, it, vi } from 'vitest';
import { BANK, createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';
import type { SandboxExtension } from './sandbox-extensions';

/** Metrics are written just after each answer; on a busy machine that can take a while (polls return as soon as they hold). */
const UNTIL_RECORDED = { timeout: 15_000, interval: 50 };

/**
 * The extensions of issue 10 follow their declaration: with one, the sandbox does more than OBP; without it (as with
 * `SANDBOX_EXTENSIONS=none`), it answers as OBP's code does. (KYC item versions: server/routes/kyc-versions.test.ts.)
 */
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
const withExtensions = async (...extensions: SandboxExtension[]) => {
  sandbox = await createTestSandbox({ customers: 20, config: { extensions: new Set(extensions) } });
  return sandbox;
};
const currentUser = (target: TestSandbox, token: string) =>
  target.app.inject({ method: 'GET', url: '/obp/v5.1.0/users/current', headers: { DirectLogin: `token=${token}` } });
const signOut = (target: TestSandbox, token: string) =>
  target.app.inject({ method: 'DELETE', url: '/my/logins/direct', headers: { DirectLogin: `token=${token}` } });

describe('token-revocation', () => {
  it('with it, sign-out revokes the token', async () => {
    const target = await withExtensions('token-revocation');
    const token = await target.tokenOf('teller');
    expect((await signOut(target, token)).statusCode).toBe(204);
    expect(errorOf(await currentUser(target, token)).message).toMatch(/^OBP-20003:/);
  });

  it('without it, the path is OBP’s 404 and the token lives on until it expires', async () => {
    const target = await withExtensions('paged-phone-search');
    const token = await target.tokenOf('teller');
    const response = await signOut(target, token);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toMatch(/^OBP-10404: /);
    expect((await currentUser(target, token)).statusCode).toBe(200);
  });
});

describe('metrics-url-patterns', () => {
  const customerCalls = async (target: TestSandbox) => {
    const customerId = target.repositories.customers.findByRowIds([1])[0]!.customerId;
    await target.as('teller', { method: 'GET', url: `/obp/v5.1.0/banks/${BANK}/customers/${customerId}` });
    await target.as('teller', { method: 'GET', url: '/obp/v5.1.0/banks' });
    const url = `/obp/v5.1.0/management/metrics?include_url_patterns=${encodeURIComponent(`%${customerId}%`)}&verb=GET`;
    let urls: string[] = [];
    await vi.waitFor(async () => {
      const response = await target.as('admin', { method: 'GET', url });
      urls = (response.json() as { metrics: Array<{ url: string }> }).metrics.map((metric) => metric.url);
      expect(urls.some((recorded) => recorded.includes(customerId))).toBe(true);
    }, UNTIL_RECORDED);
    return { urls, customerId };
  };

  it('with it, GET /management/metrics answers only the calls whose url matches', async () => {
    const { urls, customerId } = await customerCalls(await withExtensions('metrics-url-patterns'));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.includes(customerId))).toBe(true);
  });

  it('without it, the pattern is ignored as in OBP’s rows query (MappedMetrics.getAllMetrics)', async () => {
    const { urls } = await customerCalls(await withExtensions('paged-phone-search'));
    expect(urls).toContain('/obp/v5.1.0/banks');
  });
});
