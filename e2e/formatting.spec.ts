import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

/** The console's language for the tab, as the language picker keeps it. */
const setLanguage = (language: string) => window.sessionStorage.setItem('customer-desk.language', language);

test.describe('formats in the user’s language', () => {
  test('a Spanish user types and reads amounts with a decimal comma, within the currency’s minor units', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request, { credit_limit: { currency: 'EUR', amount: '3000.00' } });
    await signInAs('admin');
    await page.addInitScript(setLanguage, 'es');
    await page.goto(recordUrl(customer.customer_id, 'credit'));
    const limit = page.getByRole('region', { name: 'Límite de crédito' });
    // es: no grouping below 10,000, a decimal comma and the symbol after the amount.
    await expect(limit.getByText(/^3000,00\s€$/)).toBeVisible();

    await limit.getByRole('button', { name: 'Editar límite de crédito' }).click();
    await expect(limit.getByLabel('Importe')).toHaveValue('3000,00');
    await limit.getByLabel('Importe').fill('12.500,505');
    await limit.getByRole('button', { name: 'Guardar límite' }).click();
    await expect(limit.getByText('Esta moneda no admite tantos decimales.')).toBeVisible();

    await limit.getByLabel('Importe').fill('12.500,50');
    const saved = page.waitForResponse((response) => response.url().endsWith('/credit-limit') && response.request().method() === 'PUT');
    await limit.getByRole('button', { name: 'Guardar límite' }).click();
    const response = await saved;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toEqual({ credit_limit: { currency: 'EUR', amount: '12500.50' } });
    await expect(limit.getByText(/^12\.500,50\s€$/)).toBeVisible();
    await expectAccessible();
  });

  test('CRM categories, channels and results read in Chinese', async ({ page, signInAs, expectAccessible }) => {
    await signInAs('manager');
    await page.addInitScript(setLanguage, 'zh-CN');
    await page.goto(`/banks/${BANK}/crm-events`);
    const table = page.getByRole('table');
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const channel = page.getByRole('combobox', { name: '渠道' });
    await expect(channel.getByRole('option', { name: '电话' })).toHaveCount(1);
    const categories = await page.getByRole('combobox', { name: '类别' }).getByRole('option').allTextContents();
    expect(categories.filter((text) => /[A-Za-z]/.test(text.replace('KYC', '')))).toEqual([]);
    const cells = await table.locator('tbody td').allTextContents();
    for (const english of ['Phone', 'Branch', 'Complaint', 'Resolved', 'Follow-up']) expect(cells).not.toContain(english);
    await expectAccessible();
  });

  test('meetings read like the rest of the console in British English, not US style', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(`/banks/${BANK}/meetings?view=agenda`);
    const main = page.getByRole('main');
    await expect(main.getByRole('link').filter({ hasText: /\d{2}:\d{2}/ }).first()).toBeVisible();
    const text = await main.innerText();
    expect(text).not.toMatch(/\b\d{1,2}:\d{2}\s?(AM|PM)\b/i);
    expect(text).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/);
  });

  test('attributes on the identity tab read as their type, not raw', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request);
    const api = await obpApi(request, 'admin');
    const created = await api.post(`/banks/${BANK}/customers/${customer.customer_id}/attribute`, { name: 'REVIEW_DAY', type: 'DATE_WITH_DAY', value: '2019-06-03' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await signInAs('manager');
    await page.goto(recordUrl(customer.customer_id, 'identity'));
    const row = page.getByRole('term').filter({ hasText: 'REVIEW_DAY' }).locator('xpath=..');
    await expect(row.getByRole('definition')).toHaveText('3 Jun 2019 · Date');
  });
});
