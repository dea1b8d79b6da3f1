import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../test-support/test-sandbox';
import { backendConfigFromEnvironment } from './backend-config';
import { BackendAuthenticationError, bankingServiceJwtSigner, openWealthTokenProvider, type FetchLike } from './backend-credentials';

let sandbox: TestSandbox;
let tokenRequests = 0;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 50 });
});
afterAll(async () => sandbox.close());

/** fetch over the sandbox's `inject`, counting token requests: the real endpoints, no network. */
const sandboxFetch: FetchLike = async (url, init) => {
  const { pathname, search } = new URL(url);
  if (pathname.endsWith('/oauth/token')) tokenRequests += 1;
  const response = await sandbox.app.inject({ method: init.method as 'GET', url: `${pathname}${search}`, headers: init.headers, ...(init.body ? { payload: init.body } : {}) });
  return { status: response.statusCode, json: async () => response.json() };
};

describe('backend configuration', () => {
  it('defaults to OBP, and to the sandbox’s own API paths for the other backends', () => {
    expect(backendConfigFromEnvironment({}, 8080)).toEqual({ kind: 'obp', baseUrl: 'http://127.0.0.1:8080' });
    expect(backendConfigFromEnvironment({ BACKEND: 'openwealth' }, 8080)).toMatchObject({ baseUrl: 'http://127.0.0.1:8080/openwealth', clientId: 'customer-desk-openwealth' });
    expect(backendConfigFromEnvironment({ BACKEND: 'bankingservice', BACKEND_BASE_URL: 'https://api.bankingservice.ai/' }, 8080)).toMatchObject({ baseUrl: 'https://api.bankingservice.ai' });
    // Against a real endpoint the sandbox's development secret is never sent.
    expect(backendConfigFromEnvironment({ BACKEND: 'openwealth', BACKEND_BASE_URL: 'https://blink.example' }, 8080)).toMatchObject({ clientSecret: '' });
    expect(() => backendConfigFromEnvironment({ BACKEND: 'soap' }, 8080)).toThrow(/BACKEND/);
  });
});

describe('OpenWealth client credentials', () => {
  it('obtains a token the sandbox accepts and reuses it until a minute before it expires', async () => {
    const clock = { now: sandbox.clock.now };
    const provider = openWealthTokenProvider({ baseUrl: 'http://sandbox/openwealth', clientId: 'customer-desk-openwealth', clientSecret: 'openwealth-sandbox-dev-secret', fetch: sandboxFetch, now: () => clock.now });
    const before = tokenRequests;
    const [first, second] = await Promise.all([provider.token(), provider.token()]);
    expect(second).toBe(first);
    expect(tokenRequests - before).toBe(1);
    const answer = await sandbox.app.inject({ method: 'GET', url: '/openwealth/customers?limit=1', headers: { authorization: `Bearer ${first}`, 'x-correlation-id': 'gw-1' } });
    expect(answer.statusCode).toBe(200);
    clock.now += 3600_000 - 59_000;
    expect(await provider.token()).not.toBe(first);
    expect(tokenRequests - before).toBe(2);
  });

  it('fails clearly with a wrong secret', async () => {
    const provider = openWealthTokenProvider({ baseUrl: 'http://sandbox/openwealth', clientId: 'customer-desk-openwealth', clientSecret: 'wrong', fetch: sandboxFetch });
    await expect(provider.token()).rejects.toBeInstanceOf(BackendAuthenticationError);
  });
});

describe('bankingservice.ai client-signed JWT', () => {
  it('signs with the dev key a JWT the sandbox accepts; a key it does not know is refused', async () => {
    const signer = bankingServiceJwtSigner({ clientId: 'customer-desk-bankingservice', privateKeyPem: undefined, now: () => sandbox.clock.now });
    const accepted = await sandbox.app.inject({ method: 'GET', url: '/bankingservice/v1/profiles/gh.29.uk/customers?size=1', headers: { authorization: `Bearer ${await signer.token()}` } });
    expect(accepted.statusCode).toBe(200);
    const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const stranger = bankingServiceJwtSigner({ clientId: 'customer-desk-bankingservice', privateKeyPem: otherKey, now: () => sandbox.clock.now });
    const refused = await sandbox.app.inject({ method: 'GET', url: '/bankingservice/v1/profiles/gh.29.uk/customers', headers: { authorization: `Bearer ${await stranger.token()}` } });
    expect(refused.statusCode).toBe(401);
  });
});
