import { BANK, customerSearchUrl, EVELINE, expect, test } from './fixtures';

/*
 * From a search to a record and back: "Back to results" and the Customers link restore the last search (kept in the
 * tab's memory, never in storage: a phone pattern is personal data).
 */
test('back to results and the Customers link restore the last search, which no storage holds', async ({ page, signInAs }) => {
  await signInAs('manager');
  const pattern = '%444 876%';
  await page.goto(customerSearchUrl(BANK, `?q=${encodeURIComponent(pattern)}`));
  await expect(page.locator('#search-results')).toBeVisible();
  await page.locator('#search-results').getByRole('link', { name: EVELINE.name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EVELINE.name })).toBeVisible();

  await page.getByRole('link', { name: '← Back to results' }).click();
  await expect(page.getByLabel('Mobile phone pattern')).toHaveValue(pattern);
  await expect(page.locator('#search-results').getByRole('link', { name: EVELINE.name }).first()).toBeVisible();

  await page.locator('#search-results').getByRole('link', { name: EVELINE.name }).first().click();
  await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'KYC' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByLabel('Mobile phone pattern')).toHaveValue(pattern);

  const stored = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }) + JSON.stringify({ ...window.localStorage }));
  expect(stored).not.toContain('444 876');
});
