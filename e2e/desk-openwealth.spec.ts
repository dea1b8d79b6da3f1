import { EVELINE, expect, test } from './fixtures';
import { DESK_PASSWORD, signInToDeskAs } from './support/desk-session';
import { secondSandboxUrl } from './support/sandboxes';

/**
 * The console on the OpenWealth / bLink backend (issue 9): a second server process runs with
 * CUSTOMER_DESK_BACKEND=openwealth (started by global setup, `support/sandboxes.ts`); staff sign in to Customer Desk
 * and every customer call goes through `/desk/*`, which the server forwards to the sandbox's OpenWealth API with its
 * own OAuth2 token.
 */
const server = { url: secondSandboxUrl('openwealth') };

test.describe.configure({ mode: 'serial' });

test.describe('the console on OpenWealth', () => {
  test('signs in and pages the customers by cursor; nothing reaches the browser but /desk', async ({ page, expectAccessible }) => {
    const calls: string[] = [];
    page.on('request', (call) => calls.push(new URL(call.url()).pathname));
    await page.goto(`${server.url}/`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByText('Staff sign-in to Customer Desk on OpenWealth / bLink customer management.')).toBeVisible();
    await page.getByLabel('Username').fill('desk-manager');
    await page.getByLabel('Password').fill(DESK_PASSWORD);
    const signIn = page.waitForResponse((response) => response.url() === `${server.url}/desk/session`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await signIn).status()).toBe(201);

    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await expect(page.getByText('Backend: available')).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(21);
    const firstRow = await rows.nth(1).getByRole('link').textContent();
    await expectAccessible();

    const next = page.waitForResponse((response) => response.url().includes('/desk/backend/customers?') && response.url().includes('cursor='));
    await page.getByRole('button', { name: 'Next page' }).click();
    expect((await next).status()).toBe(200);
    await expect(page).toHaveURL(/cursor=/);
    await expect(rows.nth(1).getByRole('link')).not.toHaveText(firstRow ?? '');
    await page.getByRole('button', { name: 'First page' }).click();
    await expect(rows.nth(1).getByRole('link')).toHaveText(firstRow ?? '');
    // The browser talks to Customer Desk only: never to the OpenWealth API, and never with its token.
    expect(calls.filter((path) => path.startsWith('/desk/backend/')).length).toBeGreaterThan(1);
    expect(calls.filter((path) => /^\/(openwealth|bankingservice|obp|my)\//.test(path))).toEqual([]);
  });

  test('opens a record with the tabs OpenWealth supports, and nothing it lacks', async ({ page, request, expectAccessible }) => {
    await signInToDeskAs(page, request, server.url, 'desk-viewer');
    await page.goto(`${server.url}/customers/${EVELINE.number}`);
    await expect(page.getByRole('heading', { level: 1, name: EVELINE.name })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Customer record' }).getByRole('link')).toHaveText(['Identity', 'Addresses', 'Persons', 'KYC record']);
    await expect(page.getByRole('region', { name: 'Identity' }).getByText(EVELINE.mobile)).toBeVisible();
    // No phone search, meetings or deletion on this backend: absent.
    await expect(page.getByRole('link', { name: 'Meetings' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete customer' })).toHaveCount(0);
    await expectAccessible();
    // The KYC record needs its role: said, not fetched.
    await page.getByRole('link', { name: 'KYC record' }).click();
    await expect(page.getByText('Needs the Customer Desk role DeskReadKycRecord')).toBeVisible();
  });

  test('adds an address to Eveline Tripman', async ({ page, request, expectAccessible }) => {
    await signInToDeskAs(page, request, server.url, 'desk-manager');
    const street = `Teststrasse ${Date.now().toString(36)}`;
    await page.goto(`${server.url}/customers/${EVELINE.number}/addresses`);
    const tab = page.getByRole('region', { name: 'Addresses' });
    await tab.getByRole('button', { name: 'Add address' }).click();
    await tab.getByLabel('Street').fill(street);
    await tab.getByLabel('Building number').fill('42');
    await tab.getByLabel('Post code').fill('8001');
    await tab.getByLabel('Town').fill('Zürich');
    await tab.getByLabel('Country').fill('ch');
    await expectAccessible();
    const created = page.waitForResponse((response) => response.url().endsWith(`/desk/backend/customers/${EVELINE.number}/addresses`) && response.request().method() === 'POST');
    await tab.getByRole('button', { name: 'Add address', exact: true }).last().click();
    expect((await created).status()).toBe(201);
    await expect(tab.getByText('Address added.')).toBeVisible();
    await expect(tab.getByRole('listitem').filter({ hasText: street })).toContainText(`${street} 42, 8001 Zürich, CH`);
  });

  test('changes an address', async ({ page, request }) => {
    const token = await signInToDeskAs(page, request, server.url, 'desk-manager');
    const street = `Wegstrasse ${Date.now().toString(36)}`;
    const made = await request.post(`${server.url}/desk/backend/customers/${EVELINE.number}/addresses`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { addressName: street, postalAddress: { salutation: {}, isDomicile: false, isMailingAddress: false, postCode: '8001', townName: 'Zürich', country: 'CH', physicalAddress: { streetName: street } } },
    });
    expect(made.status()).toBe(201);
    await page.goto(`${server.url}/customers/${EVELINE.number}/addresses`);
    const tab = page.getByRole('region', { name: 'Addresses' });
    await tab.getByRole('button', { name: `Change address ${street}` }).click();
    await tab.getByLabel('Town').fill('Winterthur');
    await tab.getByLabel('Post code').fill('8400');
    const updated = page.waitForResponse((response) => response.url().endsWith(`/desk/backend/customers/${EVELINE.number}/addresses`) && response.request().method() === 'PUT');
    await tab.getByRole('button', { name: 'Save address' }).click();
    expect((await updated).status()).toBe(204);
    await expect(tab.getByRole('listitem').filter({ hasText: street })).toContainText('8400 Winterthur, CH');
  });

  test('shows the persons of the contract and adds a contact detail', async ({ page, request, expectAccessible }) => {
    await signInToDeskAs(page, request, server.url, 'desk-manager');
    await page.goto(`${server.url}/customers/${EVELINE.number}/persons`);
    const tab = page.getByRole('region', { name: 'Persons' });
    const holder = tab.getByRole('listitem').filter({ hasText: 'Account owner' }).first();
    await expect(holder).toContainText(EVELINE.mobile);
    await expect(tab.getByText('Authorised signatory').first()).toBeVisible();
    const email = `desk.${Date.now().toString(36)}@example.com`;
    await holder.getByRole('button', { name: /^Add contact detail for/ }).click();
    await holder.getByLabel('Medium').selectOption('email');
    await holder.getByLabel('Private or business').selectOption('business');
    await holder.getByLabel('Number, address or link').fill(email);
    await expectAccessible();
    const added = page.waitForResponse((response) => response.url().includes('/contactdetails') && response.request().method() === 'POST');
    await holder.getByRole('button', { name: 'Add contact detail', exact: true }).click();
    expect((await added).status()).toBe(201);
    await expect(holder.getByText(/Contact detail added for/)).toBeVisible();
    await expect(holder.getByRole('listitem').filter({ hasText: email })).toContainText('(business)');
  });

  test('a KYC officer reads the KYC record', async ({ page, request, expectAccessible }) => {
    await signInToDeskAs(page, request, server.url, 'desk-kyc');
    await page.goto(`${server.url}/customers/${EVELINE.number}/kyc`);
    const tab = page.getByRole('region', { name: 'KYC record' });
    await expect(tab.getByRole('heading', { name: 'Financial situation', exact: true })).toBeVisible();
    await expect(tab.getByText('Source of income')).toBeVisible();
    await expectAccessible();
    // Read-only staff cannot add or change an address: no disabled buttons, one closed note naming the role.
    await page.getByRole('link', { name: 'Addresses' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Addresses' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add address' })).toHaveCount(0);
    await page.getByText('2 actions here need roles you do not hold').click();
    await expect(page.getByText('Add address: Needs the Customer Desk role DeskWriteAddresses')).toBeVisible();
    await expectAccessible();
  });
});
