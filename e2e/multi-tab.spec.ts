import { BANK, customerSearchUrl, EVELINE, expect, test } from './fixtures';

/*
 * Many tabs, one session: a tab opened without a session (as Ctrl-click opens one) joins the session of an open tab
 * over a BroadcastChannel, nothing in localStorage; signing out in one tab ends the session in every tab.
 */
test('a new tab joins the open tab’s session, and signing out there ends it in both', async ({ page, signInAs }) => {
  await signInAs('manager');
  await page.goto(customerSearchUrl(BANK, `?by=number&q=${EVELINE.number}`));
  const result = page.getByRole('link', { name: EVELINE.name });
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');

  // The new tab starts with no session of its own (no sessionStorage is copied into it).
  const second = await page.context().newPage();
  await second.goto(href!);
  await expect(second.getByRole('heading', { level: 1, name: EVELINE.name })).toBeVisible();
  expect(await second.evaluate(() => window.localStorage.length)).toBe(0);

  await second.getByRole('button', { name: 'Sign out' }).click();
  await expect(second.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
