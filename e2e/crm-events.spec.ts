import { BANK, expect, test } from './fixtures';

const crmUrl = (query = '') => `/banks/${encodeURIComponent(BANK)}/crm-events${query}`;
const countOf = async (text: string | null) => Number((text ?? '').replace(/[^\d ]/g, ' ').trim().split(/\s+/)[0]);

test.describe('CRM events', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('manager');
  });

  test('lists the seeded events, 25 to a page, newest first', async ({ page, expectAccessible }) => {
    await page.goto(crmUrl());
    await expect(page.getByRole('heading', { level: 1, name: 'CRM events' })).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: /events?$/ });
    await expect(status).toBeVisible();
    const total = await countOf(await status.textContent());
    expect(total).toBeGreaterThan(0);
    const rows = page.locator('.crm-table tbody tr');
    await expect(rows).toHaveCount(Math.min(25, total));
    await expectAccessible();
    if (total > 25) {
      const first = await rows.first().textContent();
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(rows.first()).not.toHaveText(first!);
      await expect(page.getByText(`Page 2 of ${Math.ceil(total / 25)}`, { exact: true })).toBeVisible();
    }
  });

  test('category, channel and dates narrow the list, and the filters live in the URL', async ({ page }) => {
    await page.goto(crmUrl());
    const status = page.getByRole('status').filter({ hasText: /events?/ });
    await expect(status).toHaveText(/^\d+ events?$/);
    const total = await countOf(await status.textContent());

    const categories = (await page.getByLabel('Category').locator('option').allTextContents()).slice(1);
    expect(categories.length).toBeGreaterThan(1);
    const category = categories[0]!;
    await page.getByLabel('Category').selectOption(category);
    await expect(page).toHaveURL(new RegExp(`category=${encodeURIComponent(category).replace(/%20/g, '(\\+|%20)')}`));
    // The count settles once the filtered list has rendered: wait for fewer than all.
    await expect(status).toHaveText(new RegExp(`^(?!${total} )\\d+ of ${total} events? match`));
    const byCategory = await countOf(await status.textContent());
    expect(byCategory).toBeLessThan(total);
    for (const cell of await page.locator('.crm-table tbody tr td:nth-child(4)').allTextContents()) expect(cell).toBe(category);

    // A channel that the category's events use: the list narrows to it (or stays, if they all use it).
    const channelCells = page.locator('.crm-table tbody tr td:nth-child(5)');
    const channel = (await channelCells.first().textContent()) ?? '';
    await page.getByLabel('Channel').selectOption({ label: channel });
    await expect(page).toHaveURL(/channel=/);
    await expect.poll(async () => [...new Set(await channelCells.allTextContents())]).toEqual([channel]);
    await expect(status).toHaveText(new RegExp(`^(?!0 )\\d+ of ${total} events? match`));
    const narrowed = await countOf(await status.textContent());
    expect(narrowed).toBeLessThanOrEqual(byCategory);

    // The URL alone gives the same list.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await expect(page.getByLabel('Category')).toHaveValue(category);
    await expect(status).toHaveText(new RegExp(`^${narrowed} of ${total}`));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(status).toHaveText(new RegExp(`^${total} events?$`));

    // A date range: one day far in the past has nothing; an inverted range is refused beside the fields.
    await page.getByLabel('From', { exact: true }).fill('1990-01-01');
    await page.getByLabel('To', { exact: true }).fill('1990-01-02');
    await expect(page).toHaveURL(/from=1990-01-01&to=1990-01-02/);
    await expect(page.getByText('No event matches these filters.')).toBeVisible();
    await page.getByLabel('From', { exact: true }).fill('1990-01-03');
    await expect(page.getByText('The start date is after the end date; the dates are not applied.')).toBeVisible();
  });

  test('a customer number opens the customer through the number lookup', async ({ page }) => {
    await page.goto(crmUrl());
    const link = page.locator('.crm-table tbody tr').first().getByRole('link');
    await expect(link).toBeVisible();
    const number = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`by=number&q=${encodeURIComponent(number)}`));
    await expect(page.getByRole('status')).toHaveText(/1 match|No customer/);
  });
});
