import type { Page } from '@playwright/test';
import { BANK, customerSearchUrl, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

/*
 * A phone-sized window (390 × 844, an iPhone 12–15): no route scrolls sideways, the header folds into a menu, the
 * record's tabs scroll sideways in one row, and search results are stacked cards.
 */
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page, route: string) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(widths.scroll, `${route} is ${widths.scroll} px wide in a ${widths.inner} px window`).toBeLessThanOrEqual(widths.inner);
}

test('every route fits a 390 px window', async ({ page, request, signInAs, expectAccessible }) => {
  test.setTimeout(120_000);
  const customer = await createTestCustomer(request, {
    credit_rating: { rating: 'AA', source: 'Experian' },
    credit_limit: { currency: 'GBP', amount: '2500.00' },
  });
  const api = await obpApi(request, 'admin');
  const base = `/banks/${BANK}/customers/${customer.customer_id}`;
  expect((await api.post(`${base}/attribute`, { name: 'SPECIAL_TAX_NUMBER_FOR_A_VERY_LONG_ATTRIBUTE', type: 'STRING', value: 'x'.repeat(60) })).status).toBe(201);
  expect((await api.post(`${base}/tax-residence`, { domain: 'United Kingdom', tax_number: 'QQ123456C' })).status).toBe(201);

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectNoSidewaysScroll(page, '/sign-in');

  await signInAs('admin');
  await page.goto(customerSearchUrl(BANK, '?q=%25444%25'));
  await expect(page.locator('#search-results')).toBeVisible();
  await expectNoSidewaysScroll(page, 'search results');
  // Each result is a card: its cells are stacked, the number labelled.
  const firstRow = page.locator('#search-results tbody tr').first();
  expect(await firstRow.locator('td').first().evaluate((cell) => getComputedStyle(cell).display)).toBe('block');
  await expectAccessible();

  // The header is one line with a menu button; the menu holds the navigation.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expectNoSidewaysScroll(page, 'meetings');

  const routes: Array<[string, (page: Page) => ReturnType<Page['getByRole']>]> = [
    [`/banks/${BANK}/meetings/new`, (current) => current.getByRole('form', { name: 'Schedule a meeting' })],
    [`/banks/${BANK}/crm-events`, (current) => current.getByRole('heading', { level: 1, name: 'CRM events' })],
    [`/banks/${BANK}/customers/new`, (current) => current.getByRole('heading', { level: 1, name: 'New customer' })],
    [`/banks/${BANK}/nowhere`, (current) => current.getByRole('heading', { level: 1 })],
  ];
  for (const [route, shown] of routes) {
    await page.goto(route);
    await expect(shown(page)).toBeVisible();
    await expectNoSidewaysScroll(page, route);
  }

  // The record's tabs, moved between as a user does (no reload each time).
  await page.goto(recordUrl(customer.customer_id, 'identity'));
  await expect(page.getByRole('heading', { level: 1, name: customer.legal_name })).toBeVisible();
  const tabLinks = page.getByRole('navigation', { name: 'Customer record' });
  for (const tab of ['Identity', 'Addresses', 'KYC', 'Tax residences', 'Social media', 'Credit', 'Attributes', 'Timeline']) {
    await tabLinks.getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: tab, exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectNoSidewaysScroll(page, tab);
  }
  // The tabs stay in one row that scrolls sideways by itself.
  const tabs = page.getByRole('navigation', { name: 'Customer record' }).locator('ul');
  expect(await tabs.evaluate((list) => getComputedStyle(list).flexWrap)).toBe('nowrap');
  await expectAccessible();
});
