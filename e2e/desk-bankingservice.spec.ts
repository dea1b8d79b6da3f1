import { expect, test } from './fixtures';
import { DESK_PASSWORD, deskToken, signInToDeskAs } from './support/desk-session';
import { secondSandboxUrl } from './support/sandboxes';

/**
 * The console on bankingservice.ai (issue 9): a second server process runs with CUSTOMER_DESK_BACKEND=bankingservice
 * (started by global setup, `support/sandboxes.ts`); the server signs a JWT with its private key for every forwarded
 * call. Paged list, create, edit, delete.
 */
const server = { url: secondSandboxUrl('bankingservice') };

test.describe.configure({ mode: 'serial' });

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

test.describe('the console on bankingservice.ai', () => {
  test('signs in and pages the customers by number; a read-only assistant cannot create', async ({ page, expectAccessible }) => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Username').fill('desk-viewer');
    await page.getByLabel('Password').fill(DESK_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await expect(page.getByText(/^\d+ customers$/)).toBeVisible();
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
    // No health check on this backend: no indicator at all.
    await expect(page.getByText(/^Backend:/)).toHaveCount(0);
    // A read-only assistant gets no dead button; one closed note says why they cannot create.
    await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
    await page.getByText('1 action here needs a role you do not hold').click();
    await expect(page.getByText('New customer: Needs the Customer Desk role DeskCreateCustomers')).toBeVisible();
    await expectAccessible();

    const second = page.waitForResponse((response) => response.url().includes('/desk/backend/v1/profiles/gh.29.uk/customers?page=1&size=20'));
    await page.getByRole('button', { name: 'Next page' }).click();
    expect((await second).status()).toBe(200);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  });

  test('creates a customer with an address', async ({ page, request, expectAccessible }) => {
    await signInToDeskAs(page, request, server.url, 'desk-manager');
    const lastName = `Jansen ${unique()}`;
    await page.goto(`${server.url}/customers/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'New customer' })).toBeVisible();
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByText('Give a company, or a first or last name.', { exact: true })).toBeVisible();
    await page.getByLabel('First name').fill('Jan');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Street').fill('Damrak');
    await page.getByLabel('House number').fill('58');
    await page.getByLabel('Postal code').fill('1012 LG');
    await page.getByLabel('Town').fill('Amsterdam');
    await page.getByLabel('Country').fill('nl');
    await expectAccessible();
    const created = page.waitForResponse((response) => response.url().endsWith('/desk/backend/v1/profiles/gh.29.uk/customers') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Create customer' }).click();
    expect((await created).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: `Jan ${lastName}` })).toBeVisible();
    // Only the identity tab: this backend has no persons, contact details or KYC record.
    await expect(page.getByRole('navigation', { name: 'Customer record' }).getByRole('link')).toHaveText(['Identity']);
    const identity = page.getByRole('region', { name: 'Identity' });
    await expect(identity.getByText('Damrak 58, 1012 LG Amsterdam, NL')).toBeVisible();
  });

  test('edits a customer; a relationship manager may not delete', async ({ page, request, expectAccessible }) => {
    const token = await signInToDeskAs(page, request, server.url, 'desk-manager');
    const lastName = `Visser ${unique()}`;
    const made = await request.post(`${server.url}/desk/backend/v1/profiles/gh.29.uk/customers`, { headers: { Authorization: `Bearer ${token}` }, data: { first_name: 'Anna', last_name: lastName } });
    expect(made.status()).toBe(200);
    const { id } = (await made.json()) as { id: string };
    await page.goto(`${server.url}/customers/${id}/identity`);
    await page.getByRole('region', { name: 'Identity' }).getByRole('button', { name: 'Edit customer' }).click();
    await expect(page.getByLabel('Last name')).toHaveValue(lastName);
    await page.getByLabel('Phone').fill('+31 20 555 0101');
    await expectAccessible();
    const updated = page.waitForResponse((response) => response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect((await updated).status()).toBe(200);
    await expect(page.getByRole('region', { name: 'Identity' }).getByText('+31 20 555 0101')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete customer' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Identity' }).getByText('1 action here needs a role you do not hold')).toBeVisible();
  });

  test('deletes a customer after confirmation', async ({ page, request, expectAccessible }) => {
    const token = await deskToken(request, server.url, 'desk-admin');
    const company = `Delete Me ${unique()} BV`;
    const made = await request.post(`${server.url}/desk/backend/v1/profiles/gh.29.uk/customers`, { headers: { Authorization: `Bearer ${token}` }, data: { company } });
    expect(made.status()).toBe(200);
    const { id } = (await made.json()) as { id: string };

    await signInToDeskAs(page, request, server.url, 'desk-admin');
    await page.goto(`${server.url}/customers/${id}/identity`);
    await page.getByRole('button', { name: 'Delete customer' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${company}?` });
    await expect(dialog).toBeVisible();
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Delete customer' }).click();
    const deleted = page.waitForResponse((response) => response.request().method() === 'DELETE');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    expect((await deleted).status()).toBe(200);
    await expect(page.getByText(`${company} was deleted.`)).toBeVisible();
    const gone = await request.get(`${server.url}/desk/backend/v1/profiles/gh.29.uk/customers/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(gone.status()).toBe(404);
  });
});
