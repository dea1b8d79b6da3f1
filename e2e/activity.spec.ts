import { createTestCustomer, expect, recordUrl, test } from './fixtures';

/**
 * The Activity tab (issue 10): who viewed or changed a customer, from OBP's API metrics (`GET /management/metrics`,
 * CanReadMetrics), against the real sandbox, which records every call.
 */
test('a user with CanReadMetrics views a customer and finds that view in the Activity tab', async ({
  page,
  request,
  signInAs,
  expectAccessible,
}) => {
  const customer = await createTestCustomer(request);
  await signInAs('admin');
  await page.goto(recordUrl(customer.customer_id, 'identity'));
  await expect(page.getByRole('heading', { level: 1, name: customer.legal_name })).toBeVisible();

  const metrics = page.waitForResponse((response) => response.url().includes('/management/metrics?'));
  await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'Activity' }).click();
  expect(new URL((await metrics).url()).searchParams.get('include_url_patterns')).toBe(`%${customer.customer_id}%`);
  const activity = page.getByRole('region', { name: 'Activity' });
  const view = activity.getByRole('row').filter({ hasText: 'getCustomerById' });
  await expect(view.first()).toBeVisible();
  await expect(view.first().getByRole('cell').nth(1)).toContainText('admin');
  await expect(view.first().getByRole('cell').nth(2)).toHaveText('Viewed');
  await expectAccessible();
});

test('a user without CanReadMetrics sees the Activity tab disabled, with the role it needs behind its "why?"', async ({ page, request, signInAs, expectAccessible }) => {
  const customer = await createTestCustomer(request);
  await signInAs('teller');
  await page.goto(recordUrl(customer.customer_id, 'identity'));
  const tabs = page.getByRole('navigation', { name: 'Customer record' });
  await expect(tabs.getByRole('link', { name: 'Identity' })).toBeVisible();
  const activity = tabs.getByRole('link', { name: 'Activity' });
  await expect(activity).toBeDisabled();
  await expect(activity).not.toHaveAttribute('href');
  await expect(activity).toHaveAccessibleDescription('Requires CanReadMetrics (any bank)');
  // Quiet: no line of role names in the tab bar until asked, by keyboard too.
  const role = tabs.getByText('Requires CanReadMetrics (any bank)', { exact: true });
  expect(await role.evaluate((element) => element.closest('.visually-hidden') !== null)).toBe(true);
  const why = tabs.getByRole('button', { name: 'Why is this not available?' });
  await why.focus();
  await page.keyboard.press('Enter');
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  expect(await role.evaluate((element) => element.closest('.visually-hidden') === null)).toBe(true);
  await expect(tabs.getByRole('button', { name: 'Request access (CanReadMetrics)' })).toBeVisible();
  await expectAccessible();
});
