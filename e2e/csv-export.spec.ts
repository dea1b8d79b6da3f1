import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { BANK, customerSearchUrl, EVELINE, expect, obpApi, recordUrl, test } from './fixtures';

/** The rows of a downloaded CSV (the console writes no line breaks inside these cells). */
async function csvLines(download: Download): Promise<string[]> {
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split('\r\n').filter((line) => line !== '');
}

const downloadFrom = async (page: Page, button: string) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return download;
};

test.describe('CSV export', () => {
  test('the search results: every page, the columns the table shows, headed as the table is', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(customerSearchUrl(BANK, '?q=%2544%25'));
    const count = page.getByRole('status').filter({ hasText: /matches/ });
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(20); // more than the one page on screen
    const headers = await page.locator('#search-results thead th').allTextContents();
    // Name, number, phone and email as the first row shows them (the KYC column is checked by its header).
    const firstRow = (await page.locator('#search-results tbody tr').first().locator('th, td').allTextContents()).slice(0, 4);

    const download = await downloadFrom(page, 'Download CSV');
    expect(download.suggestedFilename()).toMatch(/^customers-gh\.29\.uk-phone-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = await csvLines(download);
    expect(lines[0]).toBe(headers.join(','));
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]!.startsWith(`${firstRow.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')},`)).toBe(true);
    await expect(page.getByText(`Downloaded ${total} customers as CSV.`)).toBeVisible();
  });

  test('a customer’s timeline, with every entry the filters show', async ({ page, request, signInAs }) => {
    const admin = await obpApi(request, 'admin');
    const found = await admin.post(`/banks/${BANK}/customers/customer-number`, { customer_number: EVELINE.number });
    const customerId = (found.body as { customer_id: string }).customer_id;
    await signInAs('admin');
    await page.goto(recordUrl(customerId, 'timeline'));
    const count = page.getByText(/entr(y|ies), newest first\./);
    await expect(count).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    const entries = Number((await count.textContent())!.replace(/\D/g, ''));

    const download = await downloadFrom(page, 'Download CSV');
    expect(download.suggestedFilename()).toMatch(/^timeline-Eveline-Tripman-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = await csvLines(download);
    expect(lines[0]).toBe('"Date (UTC, ISO 8601)",When,Kind,What,Details');
    expect(lines).toHaveLength(entries + 1);
    expect(lines.slice(1).every((line) => /^(\d{4}-\d{2}-\d{2}T|,)/.test(line))).toBe(true);
  });
});
