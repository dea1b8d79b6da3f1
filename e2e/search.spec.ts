import type { Page } from '@playwright/test';
import { BANK, customerSearchUrl, directLoginToken, EVELINE, expect, test } from './fixtures';

const searchResponse = (page: Page) =>
  page.waitForResponse((response) => response.url().includes('/search/customers/mobile-phone-number'));

test.describe('finding a customer', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('manager');
  });

  test('a phone pattern with % finds customers by part of their number, and the search is a link', async ({ page }) => {
    await page.goto(customerSearchUrl());
    const input = page.getByLabel('Mobile phone pattern');
    await input.fill('%444 876');
    await expect(page.getByText('Matches numbers like')).toBeVisible();
    await expect(page.locator('.pattern-picture')).toHaveText('…444 876');
    const response = searchResponse(page);
    await input.press('Enter');
    expect((await response).status()).toBe(201);
    await expect(page).toHaveURL(/q=%25444\+876|q=%25444%20876/);
    await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^\d+ match(es)?$/);
    await expect(page.getByRole('link', { name: EVELINE.name })).toBeVisible();
    for (const cell of await page.locator('#search-results td.phone').allTextContents()) expect(cell.endsWith('444 876')).toBe(true);

    // The URL alone reproduces the search.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByLabel('Mobile phone pattern')).toHaveValue('%444 876');
    await expect(page.getByRole('link', { name: EVELINE.name })).toBeVisible();
  });

  test('_ stands for exactly one character', async ({ page }) => {
    await page.goto(customerSearchUrl());
    await page.getByLabel('Mobile phone pattern').fill('+44 07972 444 87_');
    await expect(page.getByText('exactly 1 character (•)')).toBeVisible();
    const response = searchResponse(page);
    await page.getByRole('button', { name: 'Search' }).click();
    await response;
    await expect(page.getByRole('link', { name: EVELINE.name })).toBeVisible();
    for (const cell of await page.locator('#search-results td.phone').allTextContents()) {
      expect(cell).toMatch(/^\+44 07972 444 87.$/);
    }

    await page.getByLabel('Mobile phone pattern').fill('+44 07972 444 8_');
    const none = searchResponse(page);
    await page.getByLabel('Mobile phone pattern').press('Enter');
    await none;
    await expect(page.getByText('No customer matches.')).toBeVisible();
  });

  test('a pattern without wildcards matches only the whole number', async ({ page }) => {
    await page.goto(customerSearchUrl());
    await page.getByLabel('Mobile phone pattern').fill(EVELINE.mobile);
    await expect(page.getByText('Without % or _ only numbers written exactly like this match.')).toBeVisible();
    await page.getByLabel('Mobile phone pattern').press('Enter');
    await expect(page.getByRole('link', { name: EVELINE.name })).toBeVisible();
    for (const cell of await page.locator('#search-results td.phone').allTextContents()) expect(cell).toBe(EVELINE.mobile);
  });

  test('the keyboard moves through results and opens one', async ({ page }) => {
    await page.goto(customerSearchUrl(BANK, '?q=%2544%25'));
    const links = page.locator('#search-results a[data-row-link]');
    await expect(links.first()).toBeVisible();
    await page.getByLabel('Mobile phone pattern').press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    const name = (await links.nth(0).textContent())!;
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  });

  test('results are paged on the server', async ({ page }) => {
    await page.goto(customerSearchUrl(BANK, '?q=%25'));
    const count = page.getByRole('status').filter({ hasText: /matches/ });
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(20);
    await expect(page.locator('#search-results tbody tr')).toHaveCount(20);
    const firstPage = await page.locator('#search-results tbody tr').first().textContent();
    const next = page.waitForResponse((response) => response.url().includes('offset=20'));
    await page.getByRole('button', { name: 'Next page' }).click();
    await next;
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator('#search-results tbody tr').first()).not.toHaveText(firstPage!);
  });

  test('lookup by customer number opens the customer and shows every identity field', async ({ page }) => {
    await page.goto(customerSearchUrl());
    await page.getByRole('radio', { name: 'Customer number' }).check();
    await page.getByRole('textbox', { name: 'Customer number' }).fill(EVELINE.number);
    await page.getByRole('button', { name: 'Search' }).click();
    // One exact match opens the record at once.
    await expect(page.getByRole('heading', { level: 1, name: EVELINE.name })).toBeVisible();
    await expect(page).toHaveURL(/\/customers\/[^/]+\/identity$/);
    const identity = page.getByRole('region', { name: 'Identity' });
    for (const label of ['Legal name', 'Date of birth', 'Customer number', 'Email', 'Mobile phone', 'Relationship status', 'Dependants', 'Highest education', 'Employment status', 'KYC status', 'Branch', 'Title']) {
      await expect(identity.getByText(label, { exact: true })).toBeVisible();
    }
    await expect(identity.getByText(EVELINE.email)).toBeVisible();
    await expect(identity.getByText(EVELINE.mobile)).toBeVisible();
    for (const tab of ['Addresses', 'KYC', 'Tax residences', 'Social media', 'Credit', 'Attributes', 'Timeline']) {
      await expect(page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: tab })).toBeVisible();
    }
  });

  test('an unknown customer number says so', async ({ page }) => {
    await page.goto(customerSearchUrl(BANK, '?by=number&q=no-such-number'));
    await expect(page.getByText(`No customer has the number no-such-number at ${BANK}.`)).toBeVisible();
  });

  test('a customer of another bank is not found under this bank', async ({ page, request }) => {
    const token = await directLoginToken(request, 'admin');
    const response = await request.post(`/obp/v5.1.0/banks/GENODEM1GLS/search/customers/mobile-phone-number?limit=1`, {
      headers: { DirectLogin: `token=${token}` },
      data: { mobile_phone_number: '%' },
    });
    const other = ((await response.json()) as { customers: Array<{ customer_id: string }> }).customers[0]!;
    await page.goto(`/banks/${BANK}/customers/${other.customer_id}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });

  test('browsing lists the bank\u2019s customers a page at a time', async ({ page }) => {
    await page.goto(customerSearchUrl());
    await page.getByRole('radio', { name: 'All customers' }).check();
    await expect(page).toHaveURL(/by=browse/);
    await expect(page.locator('#search-results tbody tr')).toHaveCount(20);
    await expect(page.getByText('Showing 1–20')).toBeVisible();
  });
});

test('the teller sees the browse list disabled, naming the missing role', async ({ page, signInAs }) => {
  await signInAs('teller');
  await page.goto(customerSearchUrl());
  const browse = page.getByRole('radio', { name: 'All customers' });
  await expect(browse).toBeDisabled();
  await expect(page.getByText(`Requires CanGetCustomers at ${BANK}`)).toBeVisible();
  // A link to the list does not get round the check either: it names the role instead of calling OBP.
  await page.goto(customerSearchUrl(BANK, '?by=browse'));
  await expect(page.locator('.search-results').getByText(`Requires CanGetCustomers at ${BANK}`)).toBeVisible();
  // What the teller may do still works.
  await page.goto(customerSearchUrl(BANK, `?by=number&q=5987953`));
  await expect(page.getByRole('link', { name: 'Eveline Tripman' })).toBeVisible();
});
