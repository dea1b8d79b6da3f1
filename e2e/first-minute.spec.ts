import { expect, test } from './fixtures';

/* The sandbox says who to sign in as (it answers the capabilities question; a bank's OBP server does not). */
test('the sign-in page names the sandbox users, and one of them signs in', async ({ page, expectAccessible }) => {
  await page.goto('/sign-in');
  const users = page.getByRole('region', { name: 'Sandbox users' });
  await expect(users).toBeVisible();
  for (const username of ['manager', 'kyc', 'teller', 'admin']) await expect(users.getByText(username, { exact: true })).toBeVisible();
  await expect(users).toContainText('sandbox123!');
  await expectAccessible();

  await page.getByLabel('Username').fill('manager');
  await page.getByLabel('Password').fill('sandbox123!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
