import { createTestCustomer, expect, SANDBOX_PASSWORD, test } from './fixtures';
import { secondSandboxUrl } from './support/sandboxes';

/**
 * The same-origin proxy (issue 8 §6): a second server process, started by global setup (`support/sandboxes.ts`) with
 * OBP_BASE_URL pointing at the e2e sandbox, serves the console and forwards its API calls there. Its own sandbox is
 * empty and unseeded, so every user and customer the console sees came through the proxy.
 */
const proxy = { url: secondSandboxUrl('proxy') };

// Its tests run in one worker, in order.
test.describe.configure({ mode: 'serial' });

test.describe('the console through the same-origin proxy', () => {
  test('tells the console to call its own origin', async ({ request }) => {
    const config = await request.get(`${proxy.url}/config.json`);
    expect(((await config.json()) as { obpBaseUrl: string }).obpBaseUrl).toBe('');
  });

  test('signs in, searches and opens a record, every call through the proxy', async ({ page, request }) => {
    const customer = await createTestCustomer(request);
    const apiCalls: string[] = [];
    page.on('request', (call) => {
      const { pathname } = new URL(call.url());
      if (pathname.startsWith('/obp/') || pathname.startsWith('/my/')) apiCalls.push(call.url());
    });

    await page.goto(`${proxy.url}/`);
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password').fill(SANDBOX_PASSWORD);
    const login = page.waitForResponse((response) => response.url() === `${proxy.url}/my/logins/direct`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await login).status()).toBe(201);
    // The console opens on the home page; the search is one link away.
    await expect(page).toHaveURL(/\/banks\/gh\.29\.uk$/);
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Find a customer' })).toBeVisible();

    await page.getByLabel('Mobile phone pattern').fill(customer.mobile_phone_number);
    const search = page.waitForResponse((response) => response.url().startsWith(`${proxy.url}/obp/`) && response.url().includes('/search/customers/mobile-phone-number'));
    await page.getByLabel('Mobile phone pattern').press('Enter');
    expect((await search).status()).toBe(201);
    await page.getByRole('link', { name: customer.legal_name }).click();
    await expect(page.getByRole('heading', { level: 1, name: customer.legal_name })).toBeVisible();
    await expect(page.getByText(customer.customer_number).first()).toBeVisible();

    expect(apiCalls.length).toBeGreaterThan(2);
    expect(apiCalls.filter((url) => !url.startsWith(`${proxy.url}/`))).toEqual([]);
  });
});
