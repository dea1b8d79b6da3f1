import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_EXTENSIONS } from '../extensions/sandbox-extensions';
import { createTestSandbox, errorOf, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const capabilities = (target: TestSandbox, version = 'v5.1.0') => target.app.inject({ method: 'GET', url: `/obp/${version}/sandbox/capabilities` });

describe('GET /obp/v5.1.0/sandbox/capabilities', () => {
  it('declares every extension by default, without a login', async () => {
    sandbox = await createTestSandbox({ customers: 0 });
    const response = await capabilities(sandbox);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ server: 'customer-desk-sandbox', extensions: [...SANDBOX_EXTENSIONS] });
    expect(response.json()).toEqual({
      server: 'customer-desk-sandbox',
      extensions: ['kyc-status-history', 'address-status', 'multiple-social-media-handles', 'paged-phone-search', 'customer-number-check', 'credit-limit-requests',
        'token-revocation', 'kyc-item-versions', 'metrics-url-patterns'],
    });
  });

  it('declares only the extensions configured', async () => {
    sandbox = await createTestSandbox({ customers: 0, config: { extensions: new Set(['credit-limit-requests', 'kyc-status-history']) } });
    expect((await capabilities(sandbox)).json()).toEqual({ server: 'customer-desk-sandbox', extensions: ['kyc-status-history', 'credit-limit-requests'] });
  });

  it('is not there with no extension: OBP’s own 404, as a real OBP server answers', async () => {
    sandbox = await createTestSandbox({ customers: 0, config: { extensions: new Set() } });
    const response = await capabilities(sandbox);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response)).toMatchObject({ code: 404, message: expect.stringMatching(/^OBP-10404: /) as unknown });
  });

  it('is served at v5.1.0 only', async () => {
    sandbox = await createTestSandbox({ customers: 0 });
    expect((await capabilities(sandbox, 'v5.0.0')).statusCode).toBe(404);
  });
});

describe('credit-limit requests follow their extension', () => {
  it('are not served without it: OBP’s 404, as on OBP since 2023', async () => {
    sandbox = await createTestSandbox({ customers: 0, config: { extensions: new Set(['paged-phone-search']) } });
    const response = await sandbox.as('admin', { method: 'GET', url: '/obp/v5.1.0/banks/gh.29.uk/customers/any-customer/credit_limit/requests' });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toMatch(/^OBP-10404: /);
  });

  it('are served with it', async () => {
    sandbox = await createTestSandbox({ customers: 0 });
    const response = await sandbox.as('admin', { method: 'GET', url: '/obp/v5.1.0/banks/gh.29.uk/customers/any-customer/credit_limit/requests' });
    expect(errorOf(response).message).toMatch(/^OBP-30046: /);
  });
});
