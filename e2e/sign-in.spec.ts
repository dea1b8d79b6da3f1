import { customerSearchUrl, expect, SANDBOX_PASSWORD, test } from './fixtures';

test.describe('signing in and out', () => {
  test('a wrong password is refused and keeps the typed username', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password').fill('not-the-password');
    const login = page.waitForResponse((response) => response.url().endsWith('/my/logins/direct'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await login).status()).toBe(401);
    await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
    await expect(page.getByLabel('Username')).toHaveValue('manager');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('the right password opens the console with the user and their roles', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password').fill(SANDBOX_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The console opens on the home page of the user's bank.
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s work, manager' })).toBeVisible();
    await expect(page).toHaveURL(/\/banks\/gh\.29\.uk$/);
    await page.getByText(/^Signed in as\s*manager$/).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'CanGetCustomers' })).toBeVisible();
    const token = await page.evaluate(() => sessionStorage.getItem('customer-desk.session'));
    expect(token).toBeTruthy();
    expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual([]);
  });

  test('the sandbox names its demo users, and choosing one fills in the form', async ({ page }) => {
    await page.goto('/sign-in');
    const demo = page.getByRole('region', { name: 'Sandbox users' });
    await expect(demo).toContainText(`password ${SANDBOX_PASSWORD}`);
    await expect(demo.getByRole('listitem')).toHaveText([/^manager\s+relationship manager/, /^kyc\s+KYC officer/, /^teller\s+teller/, /^admin\s+administrator/]);
    await demo.getByRole('button', { name: 'Use kyc' }).click();
    await expect(page.getByLabel('Username')).toHaveValue('kyc');
    await expect(page.getByLabel('Password')).toHaveValue(SANDBOX_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s work, kyc' })).toBeVisible();
  });

  test('signing out forgets the session', async ({ page }) => {
    // Signed in through the form (the signInAs fixture would hand every new page load the token again).
    await page.goto('/sign-in');
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password').fill(SANDBOX_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s work, manager' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('customer-desk.session'))).toBeNull();
    await page.goto(customerSearchUrl());
    await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  });

  test('after the server rejects the token, signing in again returns to the same page', async ({ page }) => {
    await page.addInitScript(() => sessionStorage.setItem('customer-desk.session', 'a-token-the-server-never-issued'));
    await page.goto(customerSearchUrl(undefined, '?by=number&q=5987953'));
    await expect(page.getByText('Your session has ended. Sign in again to continue where you were.')).toBeVisible();
    await page.getByLabel('Username').fill('manager');
    await page.getByLabel('Password').fill(SANDBOX_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/banks\/gh\.29\.uk\/customers\?by=number&q=5987953$/);
    await expect(page.getByRole('link', { name: 'Eveline Tripman' })).toBeVisible();
  });

  test('an idle session is warned, then signed out', async ({ page, signInAs }) => {
    await page.clock.install();
    await signInAs('manager');
    await page.goto(customerSearchUrl());
    await expect(page.getByRole('heading', { name: 'Find a customer' })).toBeVisible();
    // The e2e sandbox configures a 5-minute idle limit with a 30-second warning.
    await page.clock.fastForward('04:31');
    const warning = page.getByRole('dialog', { name: 'Still there?' });
    await expect(warning).toBeVisible();
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await expect(warning).toBeHidden();
    await page.clock.fastForward('04:31');
    await expect(warning).toBeVisible();
    await page.clock.fastForward('00:31');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=.*reason=idle/);
    await expect(page.getByText('You were signed out after a period without activity.')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('customer-desk.session'))).toBeNull();
  });
});
