import type { APIRequestContext, Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

/**
 * Asking for a missing role (issue 8 §8): beside an action disabled for a missing role, the user asks OBP for it
 * (`POST /entitlement-requests`), the control then says "Requested — pending" (read from `GET
 * /my/entitlement-requests`), and a request made twice is refused in people's words. Each test asks for its own role.
 */
type EntitlementRequestList = { entitlement_requests: Array<{ entitlement_request_id: string; role_name: string; user: { username: string } | null }> };

/** A database kept between runs (a reused server) may still hold the teller's request from the last run: removed. */
async function withdrawTellerRequest(request: APIRequestContext, roleName: string): Promise<void> {
  const admin = await obpApi(request, 'admin');
  const all = (await admin.get('/entitlement-requests')).body as EntitlementRequestList;
  for (const entry of all.entitlement_requests) {
    if (entry.role_name === roleName && entry.user?.username === 'teller') {
      expect((await admin.delete(`/entitlement-requests/${entry.entitlement_request_id}`)).status).toBe(200);
    }
  }
}

const requestControl = (page: Page, roleName: string) => page.getByRole('button', { name: `Request access (${roleName} at ${BANK})` });

test('a teller asks for the role an action needs, and sees the request pending', async ({ page, request, signInAs, expectAccessible }) => {
  await withdrawTellerRequest(request, 'CanUpdateCustomerEmail');
  const customer = await createTestCustomer(request);
  await signInAs('teller');
  await page.goto(recordUrl(customer.customer_id));
  const identity = page.getByRole('region', { name: 'Identity', exact: true });
  await expect(page.getByRole('region', { name: 'Email' }).getByRole('button', { name: 'Edit email' })).toHaveCount(0);
  // The edits the teller can never make are grouped in one closed note; opened, it names each role with its request.
  await identity.getByText('6 actions here need roles you do not hold').click();
  const email = identity.getByRole('listitem').filter({ hasText: 'Edit email:' });
  await expect(email).toContainText(`Requires CanUpdateCustomerEmail at ${BANK}`);

  const asked = page.waitForResponse((response) => response.url().endsWith('/entitlement-requests') && response.request().method() === 'POST');
  const reread = page.waitForResponse((response) => response.url().endsWith('/my/entitlement-requests') && response.request().method() === 'GET');
  await email.getByRole('button', { name: `Request access (CanUpdateCustomerEmail at ${BANK})` }).click();
  const response = await asked;
  expect(response.status()).toBe(201);
  expect(response.request().postDataJSON()).toEqual({ bank_id: BANK, role_name: 'CanUpdateCustomerEmail' });
  await reread;
  await expect(email.getByText('Requested — pending')).toBeVisible();
  await expect(requestControl(page, 'CanUpdateCustomerEmail')).toHaveCount(0);
  // Still no Edit: a request grants nothing until an administrator does.
  await expect(page.getByRole('region', { name: 'Email' }).getByRole('button', { name: 'Edit email' })).toHaveCount(0);
  await expectAccessible();

  // The pending request comes from the server, not from this page's memory.
  await page.reload();
  await identity.getByText('6 actions here need roles you do not hold').click();
  await expect(email.getByText('Requested — pending')).toBeVisible();
});

test('asking again for a role already asked for is refused in people’s words, and shows it pending', async ({ page, request, signInAs }) => {
  const role = 'CanUpdateCustomerMobilePhoneNumber';
  await withdrawTellerRequest(request, role);
  const customer = await createTestCustomer(request);
  await signInAs('teller');
  await page.goto(recordUrl(customer.customer_id));
  const control = requestControl(page, role);
  const identity = page.getByRole('region', { name: 'Identity', exact: true });
  await identity.getByText('6 actions here need roles you do not hold').click();
  await expect(control).toBeVisible();

  // Meanwhile the same request is made elsewhere (another tab, another device).
  const teller = await obpApi(request, 'teller');
  expect((await teller.post('/entitlement-requests', { bank_id: BANK, role_name: role })).status).toBe(201);

  const refused = page.waitForResponse((response) => response.url().endsWith('/entitlement-requests') && response.request().method() === 'POST');
  await control.click();
  const response = await refused;
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { message: string }).message).toMatch(/^OBP-30214: /);
  const mobile = identity.getByRole('listitem').filter({ hasText: 'Edit mobile phone:' });
  await expect(mobile.getByRole('status').filter({ hasText: 'You have already asked for this role; an administrator has not answered yet.' })).toBeVisible();
  await expect(mobile).not.toContainText('OBP-30214');
  await expect(mobile.getByText('Requested — pending')).toBeVisible();
});
