import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, recordUrl, test } from './fixtures';

const handleCall = (page: Page, method: string) =>
  page.waitForResponse((response) => response.url().endsWith('/social_media_handles') && response.request().method() === method);

test.describe('social media tab', () => {
  test('a manager adds two handles and sees both', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('manager');
    await page.goto(recordUrl(customer.customer_id, 'social-media'));
    const tab = page.getByRole('region', { name: 'Social media' });
    await expect(tab.getByText('No social-media handle is recorded for this customer.')).toBeVisible();

    await tab.getByRole('button', { name: 'Add a handle' }).click();
    await expect(tab.getByLabel('Network')).toBeFocused();
    await expect(tab.getByText(`The handle is stored under customer number ${customer.customer_number}.`, { exact: false })).toBeVisible();
    await tab.getByLabel('Network').fill('twitter');
    await tab.getByLabel('Handle', { exact: true }).fill('@test_customer');
    await expect(tab.getByLabel('Date added')).not.toHaveValue('');
    await expectAccessible();
    const first = handleCall(page, 'POST');
    await tab.getByRole('button', { name: 'Add handle', exact: true }).click();
    const firstResponse = await first;
    expect(firstResponse.status()).toBe(201);
    const firstBody = firstResponse.request().postDataJSON() as Record<string, string>;
    expect(firstBody).toMatchObject({ customer_number: customer.customer_number, type: 'twitter', handle: '@test_customer' });
    expect(firstBody.date_added).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(firstBody.date_activated).toBe(firstBody.date_added);
    await expect(tab.getByText('The twitter handle @test_customer was added.')).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Add a handle' })).toBeFocused();

    await tab.getByRole('button', { name: 'Add a handle' }).click();
    await tab.getByLabel('Network').fill('wechat');
    await tab.getByLabel('Handle', { exact: true }).fill('test-customer-wx');
    await tab.getByLabel('Date added').fill('2025-03-01T09:30');
    await tab.getByLabel('Date activated').fill('2025-03-02T10:00');
    const second = handleCall(page, 'POST');
    await tab.getByRole('button', { name: 'Add handle', exact: true }).click();
    const secondResponse = await second;
    expect(secondResponse.status()).toBe(201);
    // The e2e browser runs in Europe/London: 1 March is GMT.
    expect(secondResponse.request().postDataJSON()).toMatchObject({ date_added: '2025-03-01T09:30:00Z', date_activated: '2025-03-02T10:00:00Z' });
    await expect(tab.getByText('The wechat handle test-customer-wx was added.')).toBeVisible();

    const table = tab.getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveCount(2);
    await expect(table.getByRole('row', { name: /@test_customer/ })).toContainText('twitter');
    const wechat = table.getByRole('row', { name: /test-customer-wx/ });
    await expect(wechat).toContainText('wechat');
    await expect(wechat).toContainText(/1 Mar 2025|Mar 1, 2025/);
    await expect(wechat).toContainText(/2 Mar 2025|Mar 2, 2025/);
    await expectAccessible();
  });

  test('a handle too long for OBP is stopped before sending, with the values kept', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request);
    await signInAs('manager');
    await page.goto(recordUrl(customer.customer_id, 'social-media'));
    const tab = page.getByRole('region', { name: 'Social media' });
    let sent = false;
    page.on('request', (call) => {
      if (call.method() === 'POST' && call.url().endsWith('/social_media_handles')) sent = true;
    });
    await tab.getByRole('button', { name: 'Add a handle' }).click();
    await tab.getByLabel('Network').fill('a-network-name-too-long');
    await tab.getByLabel('Handle', { exact: true }).fill('someone');
    await tab.getByRole('button', { name: 'Add handle', exact: true }).click();
    await expect(tab.getByText('The network can have at most 16 characters.')).toBeVisible();
    await expect(tab.getByLabel('Network')).toBeFocused();
    await expect(tab.getByLabel('Network')).toHaveValue('a-network-name-too-long');
    await expect(tab.getByLabel('Handle', { exact: true })).toHaveValue('someone');
    expect(sent).toBe(false);
  });

  test('a teller is told which roles the tab needs', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('teller');
    await page.goto(recordUrl(customer.customer_id, 'social-media'));
    const tab = page.getByRole('region', { name: 'Social media' });
    await expect(tab.getByText(`Seeing this customer's handles needs the role CanGetSocialMediaHandles at ${BANK}, which you do not hold.`)).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Add a handle' })).toHaveCount(0);
    await tab.getByText('1 action here needs a role you do not hold').click();
    await expect(tab.getByText(`Add a handle: Requires CanAddSocialMediaHandle at ${BANK}`)).toBeVisible();
    await expectAccessible();
  });
});
