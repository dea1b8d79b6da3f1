import { BANK, customerSearchUrl, EVELINE, expect, test } from './fixtures';
import { chromiumLaunchOptions } from './support/browser';

/*
 * Many tabs, one session: a tab opened without a session (as Ctrl-click opens one) joins the session of an open tab
 * over a BroadcastChannel, nothing in localStorage; signing out in one tab ends the session in every tab.
 */
// Each tab in a renderer process of its own, as the two tabs of a user's browser usually are: with the suite's one
// process per site both tabs share one main thread, and the new tab's wait for an answer (250 ms) ran out while that
// thread was still busy drawing it. A browser of its own (a worker-scoped option), for this file only.
test.use({ launchOptions: chromiumLaunchOptions({ ownProcessPerTab: true }) });

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
