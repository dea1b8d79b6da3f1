import { BANK, customerSearchUrl, EVELINE, expect, obpApi, recordUrl, test } from './fixtures';

const RECORD_TABS = [
  ['Identity', 'identity'],
  ['Addresses', 'addresses'],
  ['KYC', 'kyc'],
  ['Tax residences', 'tax'],
  ['Social media', 'social-media'],
  ['Credit', 'credit'],
  ['Attributes', 'attributes'],
  ['Timeline', 'timeline'],
] as const;

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test('sign-in, with an error showing', async ({ page, expectAccessible }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expectAccessible();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your username.')).toBeVisible();
    await expectAccessible();
  });

  test.describe('search', () => {
    test.beforeEach(async ({ signInAs }) => {
      await signInAs('manager');
    });

    test('empty', async ({ page, expectAccessible }) => {
      await page.goto(customerSearchUrl());
      await expect(page.getByRole('heading', { name: 'Find a customer' })).toBeVisible();
      await expectAccessible();
    });

    test('with phone-pattern results', async ({ page, expectAccessible }) => {
      await page.goto(customerSearchUrl(BANK, '?q=%25444%25'));
      await expect(page.locator('#search-results')).toBeVisible();
      await expectAccessible();
    });

    test('browsing all customers', async ({ page, expectAccessible }) => {
      await page.goto(customerSearchUrl(BANK, '?by=browse'));
      await expect(page.locator('#search-results')).toBeVisible();
      await expectAccessible();
    });
  });

  test('search as the teller, with disabled actions', async ({ page, signInAs, expectAccessible }) => {
    await signInAs('teller');
    await page.goto(customerSearchUrl());
    await expect(page.getByRole('radio', { name: 'All customers' })).toBeDisabled();
    await expectAccessible();
  });

  test.describe('each tab of the customer record', () => {
    let evelineId = '';
    test.beforeAll(async ({ request }) => {
      const api = await obpApi(request, 'admin');
      const found = await api.post(`/banks/${BANK}/customers/customer-number`, { customer_number: EVELINE.number });
      expect(found.status).toBe(200);
      evelineId = (found.body as { customer_id: string }).customer_id;
    });

    // One test per tab, each with its own scan: a scan of a full record takes seconds on two shared cores.
    for (const [tab, path] of RECORD_TABS) {
      test(tab, async ({ page, signInAs, expectAccessible }) => {
        await signInAs('admin');
        await page.goto(recordUrl(evelineId, path));
        const tabs = page.getByRole('navigation', { name: 'Customer record' });
        await expect(tabs.getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
        await expect(page.getByRole('heading', { level: 2, name: tab }).first()).toBeVisible();
        await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
        await expectAccessible();
      });
    }
  });

  test('the not-found page and the user menu', async ({ page, signInAs, expectAccessible }) => {
    await signInAs('manager');
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expectAccessible();
    await page.getByText(/^Signed in as\s*manager$/).click();
    await expect(page.getByRole('heading', { name: 'Your roles' })).toBeVisible();
    await expectAccessible();
  });
});
